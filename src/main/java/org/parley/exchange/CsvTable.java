package org.parley.exchange;

import java.util.List;

/**
 * A CSV file read whole: its layout (delimiter and header) and its rows, blank lines left out. Cells are as
 * written, formula guards kept until {@link #guardsRemoved}. Only for files that are small by nature, such as a
 * register; imports stream their rows instead (see {@link CsvTableReader#stream}).
 */
record CsvTable(CsvLayout layout, List<Row> rows) {

    CsvTable {
        rows = List.copyOf(rows);
    }

    Row header() {
        return layout.header();
    }

    boolean isEmpty() {
        return layout.isEmpty();
    }

    /** The table with each formula guard the export wrote taken off again; see {@link FormulaGuard#restore}. */
    CsvTable guardsRemoved() {
        return new CsvTable(layout, rows.stream().map(Row::guardsRemoved).toList());
    }

    /** See {@link CsvLayout#cellCountProblem}. */
    String cellCountProblem(Row row) {
        return layout.cellCountProblem(row);
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

        /** The row with each formula guard the export wrote taken off again; see {@link FormulaGuard#restore}. */
        Row guardsRemoved() {
            return new Row(line, cells.stream().map(FormulaGuard::restore).toList());
        }
    }
}
