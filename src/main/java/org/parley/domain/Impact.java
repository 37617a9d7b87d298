package org.parley.domain;

/** How bad it would be if the security risk of an initiative materialised, on the 1–5 scale of design.md. */
public enum Impact implements ScaleLevel {
    NEGLIGIBLE(1, "Negligible", "No data exposed, no customer or regulatory effect; fixed in the normal course."),
    MINOR(2, "Minor", "Contained internal disruption or data exposure; no notification needed."),
    MODERATE(3, "Moderate", "Customers notice, or a notifiable breach of limited scope; weeks to recover."),
    MAJOR(4, "Major", "Significant breach or outage: regulator involved, material cost, press coverage."),
    SEVERE(5, "Severe", "Large-scale breach or sustained outage: licence, legal or survival at stake.");

    private final int score;
    private final String label;
    private final String description;

    Impact(int score, String label, String description) {
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

    public static Impact of(int score) {
        return ScaleLevel.of(values(), score, "Impact");
    }
}
