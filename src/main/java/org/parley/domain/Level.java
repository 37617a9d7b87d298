package org.parley.domain;

/**
 * A level of one of the 1–5 scales: a likelihood, an impact or a value criterion's score, with its words.
 * There is one instance per scale and score, made by {@link Scale}; ask {@link Scale#level} for one.
 */
public final class Level {

    private final Scale scale;
    private final int score;
    private final String label;
    private final String description;

    Level(Scale scale, int score, String label, String description) {
        this.scale = scale;
        this.score = score;
        this.label = label;
        this.description = description;
    }

    public Scale scale() {
        return scale;
    }

    /** 1 to 5. */
    public int score() {
        return score;
    }

    /** "Likely", "Major"; a criterion's level is labelled by its number, "4". */
    public String label() {
        return label;
    }

    /** One line that says when to choose this level; for a criterion's, "high". */
    public String description() {
        return description;
    }

    /** True when the level has a name of its own (Likely), false when its number is its label (a criterion's 4). */
    public boolean named() {
        return !label.equals(Integer.toString(score));
    }

    @Override
    public String toString() {
        return scale.title() + " " + score + " (" + label + ")";
    }
}
