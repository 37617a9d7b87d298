package org.parley.domain;

import java.util.Objects;

/** Likelihood × impact: 1–25, with its band. */
public record RiskScore(Level likelihood, Level impact) {

    public RiskScore {
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(impact, "impact");
        if (likelihood.scale() != Scale.LIKELIHOOD || impact.scale() != Scale.IMPACT) {
            throw new IllegalArgumentException("A risk score is a likelihood times an impact, not " + likelihood
                    + " times " + impact);
        }
    }

    public static RiskScore of(int likelihood, int impact) {
        return new RiskScore(Scale.LIKELIHOOD.level(likelihood), Scale.IMPACT.level(impact));
    }

    public int value() {
        return likelihood.score() * impact.score();
    }

    public Band band() {
        return Band.of(value());
    }

    @Override
    public String toString() {
        return value() + " (" + band().label() + ")";
    }
}
