package org.parley.domain;

import java.util.Locale;

/** Counts in English the way people write them: "1 initiative", "1,024 events". */
public final class Plurals {

    private Plurals() {
    }

    /** {@code n} and the noun, with an "s" unless {@code n} is one: "1 event", "2 events". */
    public static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    /** {@code n} and the singular or the plural form: "1 agreement is", "3 agreements are". */
    public static String count(long n, String one, String many) {
        return String.format(Locale.ENGLISH, "%,d %s", n, word(n, one, many));
    }

    /** The singular form for one, else the plural: for verbs and nouns that follow another word. */
    public static String word(long n, String one, String many) {
        return n == 1 ? one : many;
    }
}
