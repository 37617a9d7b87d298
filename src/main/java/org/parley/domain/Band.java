package org.parley.domain;

/** Where a risk score of 1–25 falls: Low 1–4, Medium 5–9, High 10–14, Critical 15–25. */
public enum Band {
    LOW("Low", 1, 4),
    MEDIUM("Medium", 5, 9),
    HIGH("High", 10, 14),
    CRITICAL("Critical", 15, 25);

    private final String label;
    private final int from;
    private final int to;

    Band(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public static Band of(int score) {
        for (Band band : values()) {
            if (score >= band.from && score <= band.to) {
                return band;
            }
        }
        throw new IllegalArgumentException("A risk score is from 1 to 25, not " + score);
    }
}
