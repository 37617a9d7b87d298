package org.parley.domain;

/**
 * Where an initiative stands in the Delphi rounds: the current round and whether it has been revealed.
 * Round 1 is blind; after a reveal either party may open the next round, which is blind again.
 */
public record RoundState(long initiativeId, int round, boolean revealed) {

    public static RoundState first(long initiativeId) {
        return new RoundState(initiativeId, 1, false);
    }

    /** Scores of the current round may be entered and changed until the round is revealed. */
    public boolean acceptsScores() {
        return !revealed;
    }

    /** The latest round whose scores both parties may see, or 0 when none has been revealed. */
    public int latestRevealedRound() {
        return revealed ? round : round - 1;
    }

    public RoundState next() {
        if (!revealed) {
            throw new RuleViolation("Round " + round + " has not been revealed yet; reveal it before opening round "
                    + (round + 1) + ".");
        }
        return new RoundState(initiativeId, round + 1, false);
    }
}
