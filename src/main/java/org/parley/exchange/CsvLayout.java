package org.parley.exchange;

import java.util.List;

/**
 * What a CSV file says about all of its rows: its delimiter and its header (null for an empty file). A streaming
 * read knows it before the first row, so each row can be checked against it as it passes.
 */
record CsvLayout(char delimiter, CsvTable.Row header) {

    boolean isEmpty() {
        return header == null;
    }

    /** True when the header is {@code columns} exactly, in that order, as Parley's export writes it. */
    boolean hasHeader(List<String> columns) {
        return header != null && header.cells().stream().map(String::strip).toList().equals(columns);
    }

    /**
     * Why the row does not fit the header, or null when it has one cell per column. When a cell of the row runs
     * over several lines, that is most likely why: a quote opened in it and closed lines later.
     */
    String cellCountProblem(CsvTable.Row row) {
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
}
