package org.parley.domain;

import java.util.Locale;

/** A level of a 1–5 scale with the words people choose it by. */
public interface ScaleLevel {

    int score();

    String label();

    /** One line that says when to choose this level. */
    String description();

    static <T extends ScaleLevel> T of(T[] levels, int score, String scale) {
        for (T level : levels) {
            if (level.score() == score) {
                return level;
            }
        }
        throw new RuleViolation(scale.toLowerCase(Locale.ROOT),
                scale + " must be a whole number from 1 to 5, not " + score + ".");
    }
}
