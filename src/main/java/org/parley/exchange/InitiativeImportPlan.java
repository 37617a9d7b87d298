package org.parley.exchange;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.InitiativeField;

/**
 * What an initiatives file asks for, checked but not applied: the caller applies every row in one
 * transaction, or none. A rejected plan has problems and nothing to apply.
 *
 * @param findings the file's problems, which reject it, and its warnings, which do not
 * @param rowsRead the file's rows, header and blank lines not counted
 */
public record InitiativeImportPlan(
        List<InitiativeDraft> additions,
        List<Update> updates,
        ImportFindings findings,
        int rowsRead) {

    /**
     * A row with an id: new values for the fields the file has columns for. The draft holds blanks for the
     * other fields, so apply it with {@link #applyTo}, which keeps their current values.
     */
    public record Update(long id, InitiativeDraft draft, Set<InitiativeField> fields) {

        public Update {
            Objects.requireNonNull(draft, "draft");
            fields = Set.copyOf(fields);
        }

        /** The initiative's fields after the update: a file of titles alone must not wipe the descriptions. */
        public InitiativeDraft applyTo(InitiativeDraft current) {
            return new InitiativeDraft(
                    pick(InitiativeField.TITLE, draft.title(), current.title()),
                    pick(InitiativeField.DESCRIPTION, draft.description(), current.description()),
                    pick(InitiativeField.CATEGORY, draft.category(), current.category()),
                    pick(InitiativeField.SPONSOR, draft.sponsor(), current.sponsor()),
                    pick(InitiativeField.ESTIMATED_COST, draft.estimatedCost(), current.estimatedCost()),
                    pick(InitiativeField.TAGS, draft.tags(), current.tags()));
        }

        private <T> T pick(InitiativeField field, T fromFile, T current) {
            return fields.contains(field) ? fromFile : current;
        }
    }

    public InitiativeImportPlan {
        additions = List.copyOf(additions);
        updates = List.copyOf(updates);
        Objects.requireNonNull(findings, "findings");
        if (findings.rejected() && (!additions.isEmpty() || !updates.isEmpty())) {
            throw new IllegalArgumentException("A file with problems has nothing to apply");
        }
    }

    /** A plan without warnings, every problem listed. */
    public InitiativeImportPlan(List<InitiativeDraft> additions, List<Update> updates, List<ImportProblem> problems,
            int rowsRead) {
        this(additions, updates, ImportFindings.of(problems), rowsRead);
    }

    static InitiativeImportPlan accept(List<InitiativeDraft> additions, List<Update> updates, ImportFindings findings,
            int rowsRead) {
        return new InitiativeImportPlan(additions, updates, findings, rowsRead);
    }

    static InitiativeImportPlan reject(ImportFindings findings, int rowsRead) {
        return new InitiativeImportPlan(List.of(), List.of(), findings, rowsRead);
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
            return findings.rejection();
        }
        if (isEmpty()) {
            return "The file has no initiatives in it; there is nothing to import.";
        }
        return addCount() + (addCount() == 1 ? " initiative" : " initiatives") + " to add and "
                + updateCount() + " to update." + findings.warningSummary();
    }
}
