package org.parley.exchange;

import java.util.List;
import java.util.Objects;
import org.parley.domain.AssessmentInput;

/**
 * What a scores file asks for, checked but not applied: one party's assessments, which the caller records
 * in one transaction, all or none. A rejected plan has problems and nothing to apply.
 *
 * @param findings the file's problems, which reject it, and its warnings, which do not
 * @param rowsRead the file's rows, header and blank lines not counted
 */
public record ScoresImportPlan(List<Row> rows, ImportFindings findings, int rowsRead) {

    /**
     * One initiative's scores.
     *
     * @param line  the line the row starts on, for messages about it later (a closed round, say)
     * @param title the initiative's title as the workshop has it, whatever case the file wrote it in
     */
    public record Row(long line, long initiativeId, String title, AssessmentInput input) {

        public Row {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(input, "input");
        }
    }

    public ScoresImportPlan {
        rows = List.copyOf(rows);
        Objects.requireNonNull(findings, "findings");
        if (findings.rejected() && !rows.isEmpty()) {
            throw new IllegalArgumentException("A file with problems has nothing to apply");
        }
    }

    static ScoresImportPlan accept(List<Row> rows, ImportFindings findings, int rowsRead) {
        return new ScoresImportPlan(rows, findings, rowsRead);
    }

    static ScoresImportPlan reject(ImportFindings findings, int rowsRead) {
        return new ScoresImportPlan(List.of(), findings, rowsRead);
    }

    /** The first problems; {@link ImportFindings#problemCount} says how many there are in all. */
    public List<ImportProblem> problems() {
        return findings.problems();
    }

    /** True when one or more rows are wrong: then none of them is to be imported. */
    public boolean rejected() {
        return findings.rejected();
    }

    /** True when there is nothing to apply, as for a file with a header only. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** One sentence for a status line or the command line; the problems themselves follow it there. */
    public String summary() {
        if (rejected()) {
            return findings.rejection();
        }
        if (isEmpty()) {
            return "The file has no scores in it; there is nothing to import.";
        }
        return "Scores for " + rows.size() + (rows.size() == 1 ? " initiative" : " initiatives") + " to record."
                + findings.warningSummary();
    }
}
