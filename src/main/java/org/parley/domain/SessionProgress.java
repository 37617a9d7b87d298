package org.parley.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a workshop stands, in counts both parties may see at any time: how many initiatives each party has
 * scored in their current round (never which), how many are revealed, whether the appetites are set and
 * revealed, and how many initiatives are agreed, with exceptions and overdue reviews among them.
 */
public record SessionProgress(int initiatives, int firstScored, int secondScored, int revealed,
                              boolean appetitesSet, boolean appetitesRevealed, int agreed, int exceptions,
                              int overdueReviews) {

    /**
     * @param board      the scoring board as either party sees it (its counts are the same for both)
     * @param appetites  the appetites as nobody in particular sees them
     * @param register   the workshop's register rows
     * @param today      the day reviews are judged on
     */
    public static SessionProgress of(ScoringBoard board, Appetites appetites, List<RegisterRow> register,
                                     LocalDate today) {
        int first = board.viewer() == Seat.FIRST ? board.ownScored() : board.otherScored();
        int second = board.viewer() == Seat.FIRST ? board.otherScored() : board.ownScored();
        int revealed = (int) board.entries().stream().filter(e -> e.round().latestRevealedRound() >= 1).count();
        int agreed = 0;
        int exceptions = 0;
        int overdue = 0;
        for (RegisterRow row : register) {
            if (row.agreed()) {
                agreed++;
                exceptions += row.agreement().isException() ? 1 : 0;
                LocalDate review = row.agreement().terms().reviewDate();
                overdue += review != null && review.isBefore(today) ? 1 : 0;
            }
        }
        return new SessionProgress(board.entries().size(), first, second, revealed, appetites.bothSet(),
                appetites.revealed(), agreed, exceptions, overdue);
    }

    /** The step the pair is at: score, reveal, set appetites, reveal them, agree, or done. */
    public Step next() {
        if (initiatives == 0) {
            return Step.ADD_INITIATIVES;
        }
        if (firstScored < initiatives || secondScored < initiatives) {
            return Step.SCORE;
        }
        if (revealed < initiatives) {
            return Step.REVEAL;
        }
        if (!appetitesSet) {
            return Step.SET_APPETITES;
        }
        if (!appetitesRevealed) {
            return Step.REVEAL_APPETITES;
        }
        return agreed < initiatives ? Step.AGREE : Step.DONE;
    }

    /** The steps of a session, in their order. */
    public enum Step { ADD_INITIATIVES, SCORE, REVEAL, SET_APPETITES, REVEAL_APPETITES, AGREE, DONE }
}
