package org.parley.domain;

/** Rules for the short names people give workshops, parties and initiatives. */
public final class NameRules {

    public static final int WORKSHOP_NAME_MAX = 200;
    public static final int DISPLAY_NAME_MAX = 100;
    public static final int ROLE_LABEL_MAX = 40;

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

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

    /**
     * Why a one-line name cannot hold {@code text}, or null when it can: a name is printed in lists, on the
     * command line and in CSV, where a line break forges a row, an escape code recolours the terminal and an
     * invisible character makes two names that look the same differ. Control characters (line breaks, tabs,
     * ESC, NUL), format characters (zero-width spaces, direction overrides, soft hyphens) and line or paragraph
     * separators are refused. Zero-width joiners stay allowed between two visible characters, where emoji
     * sequences and Persian or Indic writing need them; at the edges or beside a space they only hide.
     * Leading and trailing white space is not checked: the name is stripped before it is stored.
     *
     * @param field the field's name as the person sees it, "Title" or "Workshop name"
     */
    public static String invisibleCharacterProblem(String field, String text) {
        String name = text == null ? "" : text.strip();
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int next = i + Character.charCount(c);
            if (invisible(c) && !joinsVisibleCharacters(c, name, i, next)) {
                return field + " holds " + describe(c) + " at character " + (name.codePointCount(0, i) + 1)
                        + ", which a name cannot hold. Remove it.";
            }
            i = next;
        }
        return null;
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean joinsVisibleCharacters(int c, String name, int at, int next) {
        if (c != ZERO_WIDTH_JOINER && c != ZERO_WIDTH_NON_JOINER || at == 0 || next >= name.length()) {
            return false;
        }
        return visible(name.codePointBefore(at)) && visible(name.codePointAt(next));
    }

    private static boolean visible(int c) {
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !invisible(c);
    }

    /** "a line break (U+000A)", "U+001B (ESCAPE)": what the person can search for in an editor. */
    private static String describe(int c) {
        String code = String.format("U+%04X", c);
        if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
            return "a line break (" + code + ")";
        }
        if (c == '\t') {
            return "a tab (" + code + ")";
        }
        String name = Character.getName(c);
        return "an invisible character, " + code + (name == null ? "" : " " + name);
    }

    private static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return field + " is required.";
        }
        if (text.length() > max) {
            return field + " is " + text.length() + " characters long; the limit is " + max + ".";
        }
        return invisibleCharacterProblem(field, text);
    }
}
