package org.parley.exchange;

import java.util.List;

/**
 * A CSV file as people make them, read: its delimiter, its header (null for an empty file) and its rows,
 * blank lines left out. Cells are as written, formula guards kept until {@link #guardsRemoved}.
 */
record CsvTable(char delimiter, Row header, List<Row> rows) {

    CsvTable {
        rows = List.copyOf(rows);
    }

    boolean isEmpty() {
        return header == null;
    }

    /** True when the header is {@code columns} exactly, in that order, as Parley's export writes it. */
    boolean hasHeader(List<String> columns) {
        return header != null && header.cells().stream().map(String::strip).toList().equals(columns);
    }

    /** The table with each formula guard the export wrote taken off again; see {@link FormulaGuard#restore}. */
    CsvTable guardsRemoved() {
        return new CsvTable(delimiter, header, rows.stream()
                .map(row -> new Row(row.line(), row.cells().stream().map(FormulaGuard::restore).toList()))
                .toList());
    }

    /**
     * Why the row does not fit the header, or null when it has one cell per column. When a cell of the row runs
     * over several lines, that is most likely why: a quote opened in it and closed lines later.
     */
    String cellCountProblem(Row row) {
        int expected = header.cells().size();
        if (row.cells().size() == expected) {
            return null;
        }
        String name = delimiter == ';' ? "semicolon" : "comma";
        String counts = "This line has " + row.cells().size() + " cells, but the header has " + expected + " columns.";
        long line = row.line();
        for (int c = 0; c < row.cells().size(); c++) {
            int breaks = OpenQuoteCheck.lineBreaks(row.cells().get(c));
            int spanned = OpenQuoteCheck.spanned(row.cells().get(c));
            if (spanned > 0) {
                return counts + " The quote that opens " + (c < expected ? columnName(c) : "column " + (c + 1))
                        + " on line " + line + " is not closed where that line ends, so "
                        + (spanned == 1 ? "line " + (line + 1) + " was" : "lines " + (line + 1) + " to "
                        + (line + spanned) + " were") + " read into it. Close the quote where the cell should end.";
            }
            line += breaks;
        }
        return counts + " Put any cell that contains a " + name + " in double quotes, and check that every opening "
                + "quote is closed.";
    }

    /** The header's name for column {@code index} (from 0), or "column 3" when it has none. */
    String columnName(int index) {
        String name = index < header.cells().size() ? header.cells().get(index).strip() : "";
        return name.isEmpty() ? "column " + (index + 1) : name;
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
