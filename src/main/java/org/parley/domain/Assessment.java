package org.parley.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.domain.quant.LossEstimate;

/**
 * One party's scores of one initiative in one round: likelihood and impact (the risk), a 1–5 score per
 * value criterion (keyed by criterion id) and their weighted mean, and the party's rationale; and, in the
 * quantitative mode, its loss estimate ({@code loss}, null when none was given), as blind as the scores.
 */
public record Assessment(
        long id,
        long initiativeId,
        Seat seat,
        int round,
        RiskScore risk,
        Map<Long, Integer> criterionScores,
        double value,
        String rationale,
        Instant submittedAt,
        LossEstimate loss) {

    /** An assessment without a loss estimate, as every one was before the quantitative mode. */
    public Assessment(long id, long initiativeId, Seat seat, int round, RiskScore risk,
            Map<Long, Integer> criterionScores, double value, String rationale, Instant submittedAt) {
        this(id, initiativeId, seat, round, risk, criterionScores, value, rationale, submittedAt, null);
    }

    public Assessment {
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(risk, "risk");
        criterionScores = Map.copyOf(criterionScores);
        rationale = Objects.requireNonNullElse(rationale, "");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (round < 1) {
            throw new IllegalArgumentException("Rounds start at 1, not " + round);
        }
        if (!ValueScore.contains(value)) {
            throw new IllegalArgumentException("A value is from 1.0 to 5.0, not " + value);
        }
    }

    /** The loss estimate, when the party gave one. */
    public Optional<LossEstimate> lossEstimate() {
        return Optional.ofNullable(loss);
    }

    public int riskScore() {
        return risk.value();
    }
}
