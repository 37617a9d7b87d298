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

    /** Why the row does not fit the header, or null when it has one cell per column. */
    String cellCountProblem(Row row) {
        int expected = header.cells().size();
        if (row.cells().size() == expected) {
            return null;
        }
        String name = delimiter == ';' ? "semicolon" : "comma";
        return "This line has " + row.cells().size() + " cells, but the header has " + expected
                + " columns. Put any cell that contains a " + name + " in double quotes, and check that "
                + "every opening quote is closed.";
    }

    /** A cell quoted in a message, cut to forty characters so a pasted paragraph does not flood it. */
    static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** @param line the physical line the row starts on, the header's being 1 unless blank lines come first */
    record Row(long line, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }
    }
}
