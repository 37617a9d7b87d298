package org.parley.exchange;

import java.util.List;
import java.util.Objects;
import org.parley.domain.AssessmentInput;

/**
 * What a scores file asks for, checked but not applied: one party's assessments, which the caller records
 * in one transaction, all or none. A rejected plan has problems and nothing to apply.
 *
 * @param rowsRead the file's rows, header and blank lines not counted
 */
public record ScoresImportPlan(List<Row> rows, List<ImportProblem> problems, int rowsRead) {

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
        problems = List.copyOf(problems);
        if (!problems.isEmpty() && !rows.isEmpty()) {
            throw new IllegalArgumentException("A file with problems has nothing to apply");
        }
    }

    static ScoresImportPlan accept(List<Row> rows, int rowsRead) {
        return new ScoresImportPlan(rows, List.of(), rowsRead);
    }

    static ScoresImportPlan reject(List<ImportProblem> problems, int rowsRead) {
        return new ScoresImportPlan(List.of(), problems, rowsRead);
    }

    /** True when one or more rows are wrong: then none of them is to be imported. */
    public boolean rejected() {
        return !problems.isEmpty();
    }

    /** True when there is nothing to apply, as for a file with a header only. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** One sentence for a status line or the command line; the problems themselves follow it there. */
    public String summary() {
        if (rejected()) {
            String count = problems.size() == 1 ? "a problem" : problems.size() + " problems";
            return "Nothing will be imported: the file has " + count + ". Correct the file and import it again.";
        }
        if (isEmpty()) {
            return "The file has no scores in it; there is nothing to import.";
        }
        return "Scores for " + rows.size() + (rows.size() == 1 ? " initiative" : " initiatives") + " to record.";
    }
}
