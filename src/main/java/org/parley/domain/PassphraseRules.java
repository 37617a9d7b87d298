package org.parley.domain;

/** What a store's passphrase must be: long enough to resist guessing, short enough to be typed. */
public final class PassphraseRules {

    /** The shortest passphrase a store may be encrypted with. */
    public static final int MIN_LENGTH = 12;
    /** Longer than anyone types; a bound so that a pasted file is refused in words, not stretched. */
    public static final int MAX_LENGTH = 1024;

    private PassphraseRules() {
    }

    /** The problem with {@code passphrase} in words, or null when it may encrypt a store. */
    public static String problem(char[] passphrase) {
        int length = passphrase == null ? 0 : Character.codePointCount(passphrase, 0, passphrase.length);
        if (length < MIN_LENGTH) {
            return "A passphrase needs at least " + MIN_LENGTH + " characters" + (length == 0 ? "." : " (this one has "
                    + length + "). A few words with spaces between them are easy to type and hard to guess.");
        }
        if (length > MAX_LENGTH) {
            return "A passphrase may have at most " + MAX_LENGTH + " characters (this one has " + length + ").";
        }
        return null;
    }

    public static void requireValid(char[] passphrase) {
        String problem = problem(passphrase);
        if (problem != null) {
            throw new RuleViolation("passphrase", problem);
        }
    }
}
