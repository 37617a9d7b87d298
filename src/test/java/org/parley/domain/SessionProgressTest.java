package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Initiative initiative(long id) {
        return new Initiative(id, 1, "Initiative " + id, "", "", "", null, List.of(), Instant.EPOCH);
    }

    private static Assessment assessment(long initiative, Seat seat) {
        return new Assessment(initiative * 10 + seat.number(), initiative, seat, 1, RiskScore.of(2, 3), Map.of(), 3.0,
                "", Instant.EPOCH);
    }

    @Test
    void countsWhatEachPartyScoredWithoutSayingWhich() {
        List<Initiative> initiatives = List.of(initiative(1), initiative(2), initiative(3));
        List<Assessment> scored = List.of(assessment(1, Seat.FIRST), assessment(2, Seat.FIRST),
                assessment(1, Seat.SECOND));
        Appetites none = Appetites.visibleTo(null, null, null, null, false);

        SessionProgress asFirst = SessionProgress.of(ScoringBoard.build(Seat.FIRST, initiatives, Map.of(), scored),
                none, List.of(), TODAY);
        SessionProgress asSecond = SessionProgress.of(ScoringBoard.build(Seat.SECOND, initiatives, Map.of(), scored),
                none, List.of(), TODAY);

        assertThat(asFirst).isEqualTo(asSecond).isEqualTo(new SessionProgress(3, 2, 1, 0, false, false, 0, 0, 0));
        assertThat(asFirst.next()).isEqualTo(SessionProgress.Step.SCORE);
    }

    @Test
    void theNextStepFollowsTheSessionsOrder() {
        assertThat(new SessionProgress(0, 0, 0, 0, false, false, 0, 0, 0).next())
                .isEqualTo(SessionProgress.Step.ADD_INITIATIVES);
        assertThat(new SessionProgress(4, 4, 4, 2, false, false, 0, 0, 0).next()).isEqualTo(SessionProgress.Step.REVEAL);
        assertThat(new SessionProgress(4, 4, 4, 4, false, false, 0, 0, 0).next())
                .isEqualTo(SessionProgress.Step.SET_APPETITES);
        assertThat(new SessionProgress(4, 4, 4, 4, true, false, 0, 0, 0).next())
                .isEqualTo(SessionProgress.Step.REVEAL_APPETITES);
        assertThat(new SessionProgress(4, 4, 4, 4, true, true, 3, 1, 0).next()).isEqualTo(SessionProgress.Step.AGREE);
        assertThat(new SessionProgress(4, 4, 4, 4, true, true, 4, 1, 0).next()).isEqualTo(SessionProgress.Step.DONE);
    }

    @Test
    void countsTheRoundsRevealedTheAgreementsTheExceptionsAndTheReviewsOverdue() {
        List<Initiative> initiatives = List.of(initiative(1), initiative(2), initiative(3));
        List<Assessment> scored = List.of(assessment(1, Seat.FIRST), assessment(1, Seat.SECOND),
                assessment(2, Seat.FIRST), assessment(2, Seat.SECOND), assessment(3, Seat.FIRST),
                assessment(3, Seat.SECOND));
        // Initiative 1 revealed in round 1, 2 blind in its round 2 after a reveal, 3 not revealed.
        Map<Long, RoundState> rounds = Map.of(1L, new RoundState(1, 1, true), 2L, new RoundState(2, 2, false));
        Appetites revealed = Appetites.visibleTo(null, Frontier.of(4, 6, 8, 10, 12), Frontier.of(6, 9, 12, 15, 18),
                null, true);
        // Residual 12 at value 3.5, where the agreed limit is 11: an exception, whose review is the day before today.
        Agreement exception = AgreementTest.frozenOf(AgreementRulesTest.valid().withResidual(3, 4).withAgreedValue(3.5)
                .withReviewDate(TODAY.minusDays(1)));
        Agreement onTime = AgreementTest.frozenOf(AgreementRulesTest.valid().withReviewDate(TODAY));
        List<RegisterRow> register = List.of(new RegisterRow(initiative(1), null, null, exception),
                new RegisterRow(initiative(2), null, null, onTime), new RegisterRow(initiative(3), null, null, onTime),
                new RegisterRow(initiative(4), null, null, null));

        SessionProgress progress = SessionProgress.of(ScoringBoard.build(Seat.SECOND, initiatives, rounds, scored),
                revealed, register, TODAY);

        // Round 2 of initiative 2 is not scored yet: each party has scored the current round of two initiatives.
        assertThat(progress).isEqualTo(new SessionProgress(3, 2, 2, 2, true, true, 3, 1, 1));
        assertThat(progress.next()).isEqualTo(SessionProgress.Step.SCORE);
    }
}
