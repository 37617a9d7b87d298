package org.parley.domain;

/**
 * Why the parties disagree about one initiative, read from the four cross-verdicts (design.md): on the
 * same scores they tolerate risk differently (appetite gap, a policy decision settles it), they see the
 * initiative differently (perception gap, facts settle it), both, or neither.
 */
public enum DivergenceClass {
    ALIGNED_ACCEPT("aligned_accept", "Aligned: accept"),
    ALIGNED_REJECT("aligned_reject", "Aligned: reject"),
    PERCEPTION_GAP("perception_gap", "Perception gap"),
    APPETITE_GAP("appetite_gap", "Appetite gap"),
    BOTH("both", "Perception and appetite gap");

    private final String jsonName;
    private final String label;

    DivergenceClass(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    /**
     * @param firstOnFirst   party 1's appetite on party 1's scores, A(s1)
     * @param firstOnSecond  party 1's appetite on party 2's scores, A(s2)
     * @param secondOnFirst  party 2's appetite on party 1's scores, B(s1)
     * @param secondOnSecond party 2's appetite on party 2's scores, B(s2)
     */
    public static DivergenceClass of(Verdict firstOnFirst, Verdict firstOnSecond, Verdict secondOnFirst,
            Verdict secondOnSecond) {
        boolean appetite = firstOnFirst != secondOnFirst || firstOnSecond != secondOnSecond;
        boolean perception = firstOnFirst != firstOnSecond || secondOnFirst != secondOnSecond;
        if (appetite && perception) {
            return BOTH;
        }
        if (appetite) {
            return APPETITE_GAP;
        }
        if (perception) {
            return PERCEPTION_GAP;
        }
        return firstOnFirst == Verdict.ACCEPT ? ALIGNED_ACCEPT : ALIGNED_REJECT;
    }

    /** The name in {@code report --json}. */
    public String jsonName() {
        return jsonName;
    }

    /** What the class means, in a sentence for a reader who has not seen the screen. */
    public String meaning() {
        return switch (this) {
            case ALIGNED_ACCEPT -> "Both appetites accept it on either party's scores.";
            case ALIGNED_REJECT -> "Both appetites reject it on either party's scores.";
            case PERCEPTION_GAP -> "They see it differently; facts settle it.";
            case APPETITE_GAP -> "On the same scores they tolerate risk differently; a policy decision settles it.";
            case BOTH -> "They see it differently and tolerate risk differently.";
        };
    }

    public String label() {
        return label;
    }

    /** True when the parties' verdicts differ somewhere, so the initiative needs negotiating. */
    public boolean isContested() {
        return this != ALIGNED_ACCEPT && this != ALIGNED_REJECT;
    }

    public static DivergenceClass fromJsonName(String name) {
        for (DivergenceClass divergenceClass : values()) {
            if (divergenceClass.jsonName.equals(name)) {
                return divergenceClass;
            }
        }
        throw new IllegalArgumentException("No divergence class is called " + name);
    }
}
