package org.parley.domain;

/** How the agreed risk is treated. */
public enum Treatment {
    ACCEPT("Accept"),
    MITIGATE("Mitigate"),
    TRANSFER("Transfer"),
    AVOID("Avoid");

    private final String label;

    Treatment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Finds a treatment by its label, ignoring case. */
    public static Treatment parse(String text) {
        String key = text == null ? "" : text.strip();
        for (Treatment treatment : values()) {
            if (treatment.label.equalsIgnoreCase(key)) {
                return treatment;
            }
        }
        throw new RuleViolation("treatment", "Treatment must be one of Accept, Mitigate, Transfer or Avoid, not \""
                + key + "\".");
    }
}
