package org.parley.domain;

/** How likely the security risk of an initiative is to materialise, on the 1–5 scale of design.md. */
public enum Likelihood implements ScaleLevel {
    RARE(1, "Rare", "Only in exceptional circumstances: less than once in ten years."),
    UNLIKELY(2, "Unlikely", "Could happen at some time: once in three to ten years."),
    POSSIBLE(3, "Possible", "Might well happen: once in one to three years."),
    LIKELY(4, "Likely", "Will probably happen: about once a year."),
    ALMOST_CERTAIN(5, "Almost certain", "Expected to happen: several times a year.");

    private final int score;
    private final String label;
    private final String description;

    Likelihood(int score, String label, String description) {
        this.score = score;
        this.label = label;
        this.description = description;
    }

    @Override
    public int score() {
        return score;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    public static Likelihood of(int score) {
        return ScaleLevel.of(values(), score, "Likelihood");
    }
}
