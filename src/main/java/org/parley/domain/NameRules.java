package org.parley.domain;

/** Rules for the short names people give workshops and parties. */
public final class NameRules {

    public static final int WORKSHOP_NAME_MAX = 200;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int ROLE_LABEL_MAX = 40;

    private NameRules() {
    }

    /** Why the name cannot be a workshop's, or null when it can; uniqueness is the store's to check. */
    public static String workshopNameProblem(String name) {
        return required("Workshop name", name, WORKSHOP_NAME_MAX);
    }

    public static String displayNameProblem(String name) {
        return required("Display name", name, DISPLAY_NAME_MAX);
    }

    /** Role labels name CSV columns ({@code CISO_value}), so they stay short and free of separators. */
    public static String roleLabelProblem(String label) {
        String problem = required("Role label", label, ROLE_LABEL_MAX);
        if (problem == null && !label.strip().matches("[\\p{L}\\p{N} _.&/-]+")) {
            return "Role label may use letters, digits, spaces and - _ . & / only.";
        }
        return problem;
    }

    private static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return field + " is required.";
        }
        if (text.length() > max) {
            return field + " is " + text.length() + " characters long; the limit is " + max + ".";
        }
        return null;
    }
}
