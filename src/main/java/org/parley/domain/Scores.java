package org.parley.domain;

import java.util.Objects;

/** One party's revealed scores of one initiative: the point (value, risk) that each appetite judges. */
public record Scores(double value, RiskScore risk) {

    public Scores {
        Objects.requireNonNull(risk, "risk");
        if (!ValueScore.contains(value)) {
            throw new IllegalArgumentException("A value is from 1.0 to 5.0, not " + value);
        }
    }

    public static Scores of(double value, int likelihood, int impact) {
        return new Scores(value, RiskScore.of(likelihood, impact));
    }

    public static Scores of(Assessment assessment) {
        return new Scores(assessment.value(), assessment.risk());
    }

    public int riskScore() {
        return risk.value();
    }

    public int likelihood() {
        return risk.likelihood().score();
    }

    public int impact() {
        return risk.impact().score();
    }
}
