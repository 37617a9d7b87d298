package org.parley.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Innovation value: the weighted mean of one party's 1–5 criterion scores, 1.0–5.0. Weights are
 * normalised, so only their ratios matter. The home of a value's range, of its rounding to one decimal and
 * of how it reads: the screens, the register file, the store and the report all round and write values here.
 */
public final class ValueScore {

    private ValueScore() {
    }

    /**
     * @param criteria the workshop's criteria
     * @param scores   a 1–5 score per criterion id; every criterion must have one
     */
    public static double of(List<ValueCriterion> criteria, Map<Long, Integer> scores) {
        if (criteria.isEmpty()) {
            throw new RuleViolation("criteria", "The workshop has no value criteria; add at least one.");
        }
        double weighted = 0;
        double total = 0;
        for (ValueCriterion criterion : criteria) {
            Integer score = scores.get(criterion.id());
            if (score == null) {
                throw new RuleViolation(criterion.name(), criterion.name() + " has no score yet.");
            }
            if (!Scale.contains(score)) {
                throw new RuleViolation(criterion.name(), Scale.outOfRange(criterion.name(), score));
            }
            weighted += criterion.weight() * score;
            total += criterion.weight();
        }
        return weighted / total;
    }

    /** True for a value from 1.0 to 5.0; false for anything else, NaN included. */
    public static boolean contains(double value) {
        return value >= Scale.MIN && value <= Scale.MAX;
    }

    /** The value on the 1–5 scale, half up: 3.5 → 4, 3.49 → 3 (design.md: for kappa). */
    public static int rounded(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /**
     * The value to one decimal, half up, as people read its digits: 3.25 is 3.3 and 1.15 is 1.2. This is the
     * one rounding of a value; {@link #oneDecimal} and {@link #format} give it as a double and as text.
     */
    public static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** One decimal, as shown on screen and written to CSV. */
    public static double oneDecimal(double value) {
        return decimal(value).doubleValue();
    }

    /** A value as every screen, report and register cell writes it: one decimal, always shown: "3.3", "4.0". */
    public static String format(double value) {
        return decimal(value).toPlainString();
    }
}
