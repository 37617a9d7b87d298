package org.parley.domain;

import java.util.Objects;

/** Both parties' latest revealed scores of one initiative: the input of divergence and agreement. */
public record PairedScores(long initiativeId, Scores first, Scores second) {

    public PairedScores {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    /** Pairs seat one's and seat two's assessments of the same initiative. */
    public static PairedScores of(Assessment first, Assessment second) {
        if (first.seat() != Seat.FIRST || second.seat() != Seat.SECOND) {
            throw new IllegalArgumentException("Pair seat one's assessment with seat two's, not "
                    + first.seat() + " with " + second.seat());
        }
        if (first.initiativeId() != second.initiativeId()) {
            throw new IllegalArgumentException("Both assessments must be of one initiative, not of "
                    + first.initiativeId() + " and " + second.initiativeId());
        }
        return new PairedScores(first.initiativeId(), Scores.of(first), Scores.of(second));
    }
}
