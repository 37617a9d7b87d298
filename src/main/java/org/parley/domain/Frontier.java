package org.parley.domain;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * An appetite: the highest risk score (1–25) a party accepts at value levels 1..5, non-decreasing and
 * linear between levels, with an optional hard cap above which risk is rejected whatever the value.
 *
 * <p>A class rather than a record so that the divergence engine's hot path reads an int array instead
 * of unboxing a list; equality is still by value.
 */
public final class Frontier {

    public static final int LEVELS = 5;
    public static final int MIN_RISK = 1;
    public static final int MAX_RISK = 25;

    /*
     * Values are weighted means of whole scores (e.g. 17/10), so a point that lies exactly on the line in
     * exact arithmetic can land a rounding error below it (3 + 0.7 × 10 = 9.999999999999998). Risk
     * scores are whole numbers, so a tolerance far below 1 can never accept a point that is truly above.
     */
    private static final double ON_THE_LINE = 1e-9;

    private static final String EXAMPLE = "4,6,9,12,16";

    private final int[] levels;
    private final int cap;

    private Frontier(int[] levels, int cap) {
        this.levels = levels;
        this.cap = cap;
    }

    /** @param levels the highest accepted risk score at value 1, 2, 3, 4 and 5 */
    public static Frontier of(int... levels) {
        int[] copy = levels == null ? new int[0] : levels.clone();
        check(copy);
        return new Frontier(copy, 0);
    }

    public static Frontier of(List<Integer> levels, OptionalInt cap) {
        int[] array = levels.stream().mapToInt(Integer::intValue).toArray();
        check(array);
        Frontier frontier = new Frontier(array, 0);
        return cap.isPresent() ? frontier.withCap(cap.getAsInt()) : frontier;
    }

    /**
     * Reads the command line's form, "R1,R2,R3,R4,R5": five whole risk scores separated by commas, spaces
     * around them allowed.
     */
    public static Frontier parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("frontier",
                    "Frontier is empty; give five risk scores separated by commas, such as " + EXAMPLE + ".");
        }
        String[] parts = text.split(",", -1);
        if (parts.length != LEVELS) {
            throw new RuleViolation("frontier", "Frontier needs exactly five levels, one for each value 1 to 5, "
                    + "such as " + EXAMPLE + "; \"" + text.strip() + "\" has " + parts.length + ".");
        }
        int[] levels = new int[LEVELS];
        for (int i = 0; i < LEVELS; i++) {
            String part = parts[i].strip();
            if (!part.matches("\\d{1,9}")) {
                throw new RuleViolation("frontier", "Frontier at value " + (i + 1)
                        + " must be a whole number from 1 to 25, not \"" + part + "\".");
            }
            levels[i] = Integer.parseInt(part);
        }
        check(levels);
        return new Frontier(levels, 0);
    }

    /** The same frontier with a hard cap: risk above it is rejected whatever the value. */
    public Frontier withCap(int newCap) {
        if (newCap < MIN_RISK || newCap > MAX_RISK) {
            throw new RuleViolation("cap", "Hard cap must be from 1 to 25, not " + newCap + ".");
        }
        return new Frontier(levels, newCap);
    }

    public Frontier withoutCap() {
        return new Frontier(levels, 0);
    }

    /**
     * Where the agreed appetite starts: level by level the midpoint of the two, rounded down to a whole
     * score, and the lower of the two caps (or the only one).
     *
     * <p>Rounding down and the lower cap make the starting point conservative: it never accepts more than
     * halfway between the parties, and it never silently crosses a red line one of them drew. Anything
     * more tolerant has to be argued for and raised explicitly in the negotiation.
     */
    public static Frontier midpoint(Frontier a, Frontier b) {
        int[] mid = new int[LEVELS];
        for (int i = 0; i < LEVELS; i++) {
            mid[i] = (a.levels[i] + b.levels[i]) / 2;
        }
        int cap;
        if (a.cap > 0 && b.cap > 0) {
            cap = Math.min(a.cap, b.cap);
        } else {
            cap = Math.max(a.cap, b.cap);
        }
        return new Frontier(mid, cap);
    }

    /** The highest accepted risk score at this value (1.0–5.0): interpolated, then held under the cap. */
    public double limitAt(double value) {
        if (!ValueScore.contains(value)) {
            throw new IllegalArgumentException("A value is from 1.0 to 5.0, not " + value);
        }
        int lower = (int) value;
        double limit;
        if (lower >= LEVELS) {
            limit = levels[LEVELS - 1];
        } else {
            int from = levels[lower - 1];
            limit = from + (value - lower) * (levels[lower] - from);
        }
        return cap > 0 && cap < limit ? cap : limit;
    }

    /** True when the risk score lies on or under the frontier at this value. */
    public boolean accepts(double value, int risk) {
        if (risk < MIN_RISK || risk > MAX_RISK) {
            throw new IllegalArgumentException("A risk score is from 1 to 25, not " + risk);
        }
        return accepts(risk, limitAt(value));
    }

    public Verdict verdict(double value, int risk) {
        return Verdict.of(accepts(value, risk));
    }

    static boolean accepts(int risk, double limit) {
        return risk <= limit + ON_THE_LINE;
    }

    /** The highest accepted risk score at value level 1..5, before the cap. */
    public int level(int valueLevel) {
        if (valueLevel < 1 || valueLevel > LEVELS) {
            throw new IllegalArgumentException("Value levels are 1 to 5, not " + valueLevel);
        }
        return levels[valueLevel - 1];
    }

    public List<Integer> levels() {
        return Arrays.stream(levels).boxed().toList();
    }

    public OptionalInt cap() {
        return cap > 0 ? OptionalInt.of(cap) : OptionalInt.empty();
    }

    /** The command line's form, which {@link #parse} reads back; the cap is not part of it. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LEVELS; i++) {
            text.append(i == 0 ? "" : ",").append(levels[i]);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frontier that && Arrays.equals(levels, that.levels) && cap == that.cap;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(levels) + cap;
    }

    @Override
    public String toString() {
        return cap > 0 ? text() + " (cap " + cap + ")" : text();
    }

    private static void check(int[] levels) {
        if (levels.length != LEVELS) {
            throw new RuleViolation("frontier", "Frontier needs exactly five levels, one for each value 1 to 5; "
                    + "it has " + levels.length + ".");
        }
        for (int i = 0; i < LEVELS; i++) {
            if (levels[i] < MIN_RISK || levels[i] > MAX_RISK) {
                throw new RuleViolation("frontier", "Frontier at value " + (i + 1)
                        + " must be from 1 to 25, not " + levels[i] + ".");
            }
        }
        for (int i = 1; i < LEVELS; i++) {
            if (levels[i] < levels[i - 1]) {
                throw new RuleViolation("frontier", "Frontier must not decrease: value " + i + " accepts "
                        + levels[i - 1] + " but value " + (i + 1) + " only " + levels[i] + ".");
            }
        }
    }
}
