package org.parley.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One of Parley's 1–5 scales and the words people choose its levels by. The range lives here and nowhere
 * else: the scoring form, the importer, the agreement rules and the stored scores all check a score with
 * {@link #contains}, {@link #problem} or {@link #level}.
 */
public enum Scale {
    LIKELIHOOD("Likelihood",
            "Rare", "Only in exceptional circumstances: less than once in ten years.",
            "Unlikely", "Could happen at some time: once in three to ten years.",
            "Possible", "Might well happen: once in one to three years.",
            "Likely", "Will probably happen: about once a year.",
            "Almost certain", "Expected to happen: several times a year."),
    IMPACT("Impact",
            "Negligible", "No data exposed, no customer or regulatory effect; fixed in the normal course.",
            "Minor", "Contained internal disruption or data exposure; no notification needed.",
            "Moderate", "Customers notice, or a notifiable breach of limited scope; weeks to recover.",
            "Major", "Significant breach or outage: regulator involved, material cost, press coverage.",
            "Severe", "Large-scale breach or sustained outage: licence, legal or survival at stake."),
    /** A value criterion's scale: its levels are plain numbers, read from very low to very high. */
    CRITERION("Criterion",
            "1", "very low",
            "2", "low",
            "3", "moderate",
            "4", "high",
            "5", "very high");

    public static final int MIN = 1;
    public static final int MAX = 5;

    private final String title;
    private final List<Level> levels;

    /** @param words a label and a description per level, lowest first */
    Scale(String title, String... words) {
        this.title = title;
        List<Level> all = new ArrayList<>(MAX);
        for (int score = MIN; score <= MAX; score++) {
            int at = 2 * (score - MIN);
            all.add(new Level(this, score, words[at], words[at + 1]));
        }
        this.levels = List.copyOf(all);
    }

    /** True for a whole number from 1 to 5; false for anything else, null included. */
    public static boolean contains(Integer score) {
        return score != null && score >= MIN && score <= MAX;
    }

    /**
     * What is wrong with a score as typed, or null when nothing is: "Impact needs a score from 1 to 5." when it
     * is missing, {@link #outOfRange} when it is outside the scale.
     *
     * @param name how the score is called in the sentence: "Impact", a criterion's name
     */
    public static String problem(String name, Integer score) {
        if (score == null) {
            return name + " needs a score from " + MIN + " to " + MAX + ".";
        }
        return contains(score) ? null : outOfRange(name, score);
    }

    /** "Impact must be a whole number from 1 to 5, not 7." */
    public static String outOfRange(String name, int score) {
        return name + " must be a whole number from " + MIN + " to " + MAX + ", not " + score + ".";
    }

    /** "Likelihood", "Impact", "Criterion". */
    public String title() {
        return title;
    }

    /** The levels, lowest first. */
    public List<Level> levels() {
        return levels;
    }

    /** The level of a score; a {@link RuleViolation} naming the scale for one outside 1–5. */
    public Level level(int score) {
        if (!contains(score)) {
            throw new RuleViolation(title.toLowerCase(Locale.ROOT), outOfRange(title, score));
        }
        return levels.get(score - MIN);
    }

    /**
     * The level a cell or a key names: its number ("4") or its label in any case ("likely"), spaces around it
     * ignored; empty for anything else, a number such as "4.0" included.
     */
    public Optional<Level> parse(String text) {
        String typed = text.strip();
        return levels.stream()
                .filter(level -> Integer.toString(level.score()).equals(typed) || level.label().equalsIgnoreCase(typed))
                .findFirst();
    }
}
