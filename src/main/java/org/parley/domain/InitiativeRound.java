package org.parley.domain;

import java.util.Comparator;

/** One scoring round of one initiative: what a reveal reveals and a reveal seal seals. */
public record InitiativeRound(long initiativeId, int round) implements Comparable<InitiativeRound> {

    private static final Comparator<InitiativeRound> ORDER = Comparator.comparingLong(InitiativeRound::initiativeId)
            .thenComparingInt(InitiativeRound::round);

    /** The round an assessment was made in. */
    public static InitiativeRound of(Assessment assessment) {
        return new InitiativeRound(assessment.initiativeId(), assessment.round());
    }

    /** By initiative, then round. */
    @Override
    public int compareTo(InitiativeRound other) {
        return ORDER.compare(this, other);
    }

    /** "round 2 of initiative 17". */
    @Override
    public String toString() {
        return "round " + round + " of initiative " + initiativeId;
    }
}
