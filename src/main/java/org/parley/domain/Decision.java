package org.parley.domain;

/** What the parties decided about an initiative. */
public enum Decision {
    PROCEED("Proceed"),
    PROCEED_WITH_CONDITIONS("Proceed with conditions"),
    PILOT("Pilot"),
    DEFER("Defer"),
    REJECT("Reject");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when the initiative goes ahead, even as a pilot, so its residual risk is accepted and reviewed. */
    public boolean goesAhead() {
        return this == PROCEED || this == PROCEED_WITH_CONDITIONS || this == PILOT;
    }

    /** Finds a decision by its label or constant name, ignoring case: "Proceed with conditions". */
    public static Decision parse(String text) {
        String key = text == null ? "" : text.strip().replace('_', ' ');
        for (Decision decision : values()) {
            if (decision.label.equalsIgnoreCase(key)) {
                return decision;
            }
        }
        throw new RuleViolation("decision", "Decision must be one of Proceed, Proceed with conditions, Pilot, Defer "
                + "or Reject, not \"" + (text == null ? "" : text.strip()) + "\".");
    }
}
