package org.parley.domain;

/**
 * The fields of an agreement, in the order the form shows them, with the key a {@link RuleViolation} and
 * an {@link AgreementProblem} use. The three condition fields repeat once per condition.
 */
public enum AgreementField {
    AGREED_VALUE("agreedValue", "Agreed value"),
    INHERENT_LIKELIHOOD("inherentLikelihood", "Inherent likelihood"),
    INHERENT_IMPACT("inherentImpact", "Inherent impact"),
    CONDITIONS("conditions", "Conditions"),
    CONDITION_DESCRIPTION("description", "Description"),
    CONDITION_OWNER("owner", "Owner"),
    CONDITION_DUE_DATE("dueDate", "Due date"),
    RESIDUAL_LIKELIHOOD("residualLikelihood", "Residual likelihood"),
    RESIDUAL_IMPACT("residualImpact", "Residual impact"),
    /** The residual score as a whole: the place for "cannot exceed inherent risk". */
    RESIDUAL_RISK("residualRisk", "Residual risk"),
    DECISION("decision", "Decision"),
    TREATMENT("treatment", "Treatment"),
    RISK_OWNER("riskOwner", "Risk owner"),
    REVIEW_DATE("reviewDate", "Review date"),
    RATIONALE("rationale", "Rationale");

    private final String key;
    private final String label;

    AgreementField(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean ofCondition() {
        return this == CONDITION_DESCRIPTION || this == CONDITION_OWNER || this == CONDITION_DUE_DATE;
    }
}
