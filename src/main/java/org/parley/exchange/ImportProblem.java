package org.parley.exchange;

import java.util.Objects;

/**
 * One thing wrong with an imported file, placed so that the person can find it in a text editor or a
 * spreadsheet: the physical line (the header is line 1) and, when it is about one cell, the column.
 */
public record ImportProblem(long line, String column, String message) {

    public ImportProblem {
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("Lines are counted from 1, not " + line);
        }
    }

    /** "Line 4, estimated_cost: …", or "Line 5: …" for a problem with the whole line. */
    public String describe() {
        return "Line " + line + (column == null ? "" : ", " + column) + ": " + message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
