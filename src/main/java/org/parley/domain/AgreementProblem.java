package org.parley.domain;

import java.util.Objects;

/**
 * One problem with one field of an agreement, worded for the person at the form.
 *
 * @param condition for a condition field, which condition (0 for the first); -1 otherwise
 */
public record AgreementProblem(AgreementField field, int condition, String message) {

    public AgreementProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (field.ofCondition() != condition >= 0) {
            throw new IllegalArgumentException("Condition fields need a condition index, other fields none: " + field);
        }
    }

    public static AgreementProblem of(AgreementField field, String message) {
        return new AgreementProblem(field, -1, message);
    }

    /** "rationale", or "conditions[1].owner" for the second condition's owner. */
    public String key() {
        return field.ofCondition() ? "conditions[" + condition + "]." + field.key() : field.key();
    }
}
