package org.parley.exchange;

import java.util.List;
import org.parley.domain.InitiativeDraft;

/**
 * What an initiatives file asks for, checked but not applied: the caller applies every row in one
 * transaction, or none. A rejected plan has problems and nothing to apply.
 *
 * @param rowsRead the file's rows, header and blank lines not counted
 */
public record InitiativeImportPlan(
        List<InitiativeDraft> additions,
        List<Update> updates,
        List<ImportProblem> problems,
        int rowsRead) {

    /** A row with an id: the new fields of that existing initiative. */
    public record Update(long id, InitiativeDraft draft) {
    }

    public InitiativeImportPlan {
        additions = List.copyOf(additions);
        updates = List.copyOf(updates);
        problems = List.copyOf(problems);
        if (!problems.isEmpty() && (!additions.isEmpty() || !updates.isEmpty())) {
            throw new IllegalArgumentException("A file with problems has nothing to apply");
        }
    }

    static InitiativeImportPlan accept(List<InitiativeDraft> additions, List<Update> updates, int rowsRead) {
        return new InitiativeImportPlan(additions, updates, List.of(), rowsRead);
    }

    static InitiativeImportPlan reject(List<ImportProblem> problems, int rowsRead) {
        return new InitiativeImportPlan(List.of(), List.of(), problems, rowsRead);
    }

    /** True when one or more rows are wrong: then none of them is to be imported. */
    public boolean rejected() {
        return !problems.isEmpty();
    }

    /** True when there is nothing to apply, as for a file with a header only. */
    public boolean isEmpty() {
        return additions.isEmpty() && updates.isEmpty();
    }

    public int addCount() {
        return additions.size();
    }

    public int updateCount() {
        return updates.size();
    }

    /** One sentence for a status line or the command line; the problems themselves follow it there. */
    public String summary() {
        if (rejected()) {
            String count = problems.size() == 1 ? "a problem" : problems.size() + " problems";
            return "Nothing will be imported: the file has " + count + ". Correct the file and import it again.";
        }
        if (isEmpty()) {
            return "The file has no initiatives in it; there is nothing to import.";
        }
        return addCount() + (addCount() == 1 ? " initiative" : " initiatives") + " to add and "
                + updateCount() + " to update.";
    }
}
