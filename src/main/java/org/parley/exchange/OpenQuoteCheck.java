package org.parley.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds cells that run over several lines the way a cell does when its opening quote is never closed: the
 * parser then reads the lines after it into that cell, and a file of two rows quietly becomes one. A line
 * break in a quoted cell is legal, and Parley's own exports write them in descriptions, so only two signs
 * count, each of which a real multi-line text almost never shows:
 * <ol>
 * <li>the cell holds at least as many delimiters as a row has between its cells: it holds a whole row;</li>
 * <li>the cell is in the file's last row and its text ends in a line break: its quote ran to the end of the
 *     file (Parley strips the text it exports, so its own cells never end in one).</li>
 * </ol>
 * A file with one column has no delimiters to count; there a swallowed line shows as a title with a line
 * break, which the title rules refuse. Rows whose cell count is wrong are the cell count's problem instead.
 * <p>
 * Rows are checked as a streaming read passes them; which row was the last is known only at the end, so the
 * warnings a row would have as the last are held until the next row comes. The first {@link ProblemList#LISTED}
 * warnings are kept, all are counted.
 */
final class OpenQuoteCheck {

    private final CsvLayout layout;
    private final int columns;
    private final int wholeRow;
    private final List<ImportProblem> kept = new ArrayList<>();
    private long count;
    /** The latest row's warnings: as a row before the last, and as the last. */
    private List<ImportProblem> pending = List.of();
    private List<ImportProblem> pendingIfLast = List.of();

    OpenQuoteCheck(CsvLayout layout) {
        this.layout = layout;
        this.columns = layout.header().cells().size();
        this.wholeRow = Math.max(1, columns - 1);
    }

    /** Checks the next row of the file. */
    void row(CsvTable.Row row) {
        pending.forEach(this::keep);
        pending = new ArrayList<>();
        pendingIfLast = new ArrayList<>();
        if (row.cells().size() != columns) {
            return;
        }
        long line = row.line();
        for (int c = 0; c < columns; c++) {
            String cell = row.cells().get(c);
            int breaks = lineBreaks(cell);
            if (breaks > 0) {
                String within = why(cell, line, false);
                String last = why(cell, line, true);
                if (within != null) {
                    pending.add(new ImportProblem(line, layout.columnName(c), within));
                }
                if (last != null) {
                    pendingIfLast.add(new ImportProblem(line, layout.columnName(c), last));
                }
            }
            line += breaks;
        }
    }

    /** The warnings kept, in line order, once the file's last row has been checked. */
    List<ImportProblem> warnings() {
        finish();
        return List.copyOf(kept);
    }

    /** Every warning, kept or not. */
    long count() {
        finish();
        return count;
    }

    private void finish() {
        pendingIfLast.forEach(this::keep);
        pending = List.of();
        pendingIfLast = List.of();
    }

    private void keep(ImportProblem warning) {
        count++;
        if (kept.size() < ProblemList.LISTED) {
            kept.add(warning);
        }
    }

    private String why(String cell, long line, boolean last) {
        char delimiter = layout.delimiter();
        long delimiters = cell.chars().filter(ch -> ch == delimiter).count();
        String runs = "This cell runs from line " + line + " to line " + (line + spanned(cell));
        String fix = " Close the quote where the cell should end.";
        if (delimiters >= wholeRow) {
            return runs + " and holds " + delimiters + (delimiter == ';' ? " semicolons" : " commas") + ", as many as "
                    + "a whole row: a quote that is opened and never closed reads the lines after it into its cell."
                    + fix;
        }
        if (last && (cell.endsWith("\n") || cell.endsWith("\r"))) {
            return runs + " and the end of the file: its opening quote is probably never closed." + fix;
        }
        return null;
    }

    /** The lines after its first that a cell takes up: a break at its very end starts no line of it. */
    static int spanned(String cell) {
        int breaks = lineBreaks(cell);
        return cell.endsWith("\n") || cell.endsWith("\r") ? breaks - 1 : breaks;
    }

    /** Line breaks as the file's lines count them: CRLF, LF or a lone CR. */
    static int lineBreaks(String text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                breaks++;
            }
        }
        return breaks;
    }
}
