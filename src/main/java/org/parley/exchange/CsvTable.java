package org.parley.exchange;

import java.util.List;

/**
 * A CSV file as people make them, read: its delimiter, its header (null for an empty file) and its rows,
 * blank lines left out. Cells are as written, formula guards removed.
 */
record CsvTable(char delimiter, Row header, List<Row> rows) {

    CsvTable {
        rows = List.copyOf(rows);
    }

    boolean isEmpty() {
        return header == null;
    }

    /** @param line the physical line the row starts on, the header's being 1 unless blank lines come first */
    record Row(long line, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }
    }
}
