package org.parley.exchange;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How large a file Parley reads may be, cell by cell and line by line, and what the person is told when it is
 * larger. FastCSV's own limits (16 million characters a cell) let a 20 MB cell through to memory; ours are
 * far above any field Parley keeps (4,000 characters) yet small enough that a runaway quote is stopped early.
 * The parser's buffer is bounded by {@link #MAX_LINE} too, so a cell of many megabytes never reaches memory.
 */
final class CsvLimits {

    static final int MAX_CELL = 65_536;
    static final int MAX_CELLS = 1_000;
    static final int MAX_LINE = 1 << 20;

    // FastCSV states where it stopped only in its messages; InitiativeImporterTest pins them, so an upgrade that
    // rewords them fails a test instead of losing the line.
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Pattern INDEX = Pattern.compile("index (\\d+)");

    private CsvLimits() {
    }

    /** A new record handler with our limits; it keeps state, so one per read. */
    static CsvRecordHandler handler() {
        return CsvRecordHandler.builder().maxFieldSize(MAX_CELL).maxFields(MAX_CELLS).maxRecordSize(MAX_LINE).build();
    }

    /** FastCSV's refusal in our words: the line, the column when there is one, and what to do. */
    static UnreadableFileException translate(CsvParseException e, CsvTable.Row header) {
        String detail = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        long line = first(LINE, e.getMessage(), first(LINE, detail, 1));
        String lower = detail == null ? "" : detail.toLowerCase(Locale.ROOT);
        ImportProblem problem;
        // The parser's buffer fills before the handler sees a cell of more than MAX_LINE characters.
        if (lower.contains("field size") || lower.contains("buffer size")) {
            int index = (int) first(INDEX, detail, -1);
            problem = new ImportProblem(line, column(header, index), String.format(Locale.ENGLISH,
                    "The cell holds more than %,d characters, far more than any field Parley keeps. A quote that "
                            + "is opened and never closed does this: check the quotes from this line on.", MAX_CELL));
        } else if (lower.contains("fields")) {
            problem = new ImportProblem(line, null, String.format(Locale.ENGLISH, "The line has more than %,d "
                    + "cells; a file Parley reads has a few dozen columns. Check that this is the right file.",
                    MAX_CELLS));
        } else if (lower.contains("record size")) {
            problem = new ImportProblem(line, null, String.format(Locale.ENGLISH, "The line holds more than %,d "
                    + "characters. A quote that is opened and never closed does this: check the quotes from this "
                    + "line on.", MAX_LINE));
        } else {
            problem = new ImportProblem(line, null, "Parley cannot read this line as CSV. Put any cell that holds "
                    + "a comma, a semicolon, a quote or a line break in double quotes, and write a quote inside such "
                    + "a cell twice (\"\").");
        }
        return new UnreadableFileException(problem, e);
    }

    /** The header's name for the column, or "column 3" while the header itself is being read. */
    private static String column(CsvTable.Row header, int index) {
        if (index < 0) {
            return null;
        }
        if (header != null && index < header.cells().size() && !header.cells().get(index).isBlank()) {
            return header.cells().get(index).strip();
        }
        return "column " + (index + 1);
    }

    private static long first(Pattern pattern, String text, long otherwise) {
        Matcher matcher = pattern.matcher(text == null ? "" : text);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : otherwise;
    }
}
