package org.parley.domain;

import java.util.List;
import java.util.Objects;

/** One dimension of innovation value, scored 1–5 by each party; its weight is relative to the others. */
public record ValueCriterion(long id, int position, String name, double weight) {

    /** The criteria every new workshop starts with, equally weighted. */
    public static final List<String> DEFAULT_NAMES = List.of("Strategic fit", "Growth", "Efficiency", "Customer impact");

    public ValueCriterion {
        Objects.requireNonNull(name, "name");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("A criterion weight must be a positive number, not " + weight);
        }
    }
}
