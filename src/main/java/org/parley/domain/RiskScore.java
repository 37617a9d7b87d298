package org.parley.domain;

import java.util.Objects;

/** Likelihood × impact: 1–25, with its band. */
public record RiskScore(Likelihood likelihood, Impact impact) {

    public RiskScore {
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(impact, "impact");
    }

    public static RiskScore of(int likelihood, int impact) {
        return new RiskScore(Likelihood.of(likelihood), Impact.of(impact));
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
