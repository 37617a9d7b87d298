package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringBoardTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final Initiative ONE = initiative(1, "Passkeys");
    private static final Initiative TWO = initiative(2, "Data lake");

    private static Initiative initiative(long id, String title) {
        return new Initiative(id, 1, title, "", "", "", BigDecimal.ONE, List.of(), AT);
    }

    private static Assessment assessment(long initiative, Seat seat, int round, int likelihood, String rationale) {
        return new Assessment(initiative * 100 + seat.number() * 10 + round, initiative, seat, round,
                RiskScore.of(likelihood, 3), Map.of(1L, 4), 4.0, rationale, AT);
    }

    @Test
    void hiddenScoresStayHiddenUntilBothPartiesSubmit() {
        List<Assessment> stored = List.of(assessment(1, Seat.FIRST, 1, 4, "CISO secret"));

        ScoringBoard cto = ScoringBoard.build(Seat.SECOND, List.of(ONE, TWO), Map.of(), stored);

        assertThat(cto.entries()).allSatisfy(entry -> {
            assertThat(entry.own()).isNull();
            assertThat(entry.revealed()).isEmpty();
        });
        assertThat(cto.otherScored()).isEqualTo(1);
        assertThat(cto.ownScored()).isZero();
        assertThat(cto.toString()).doesNotContain("CISO secret");
    }

    @Test
    void submittedButUnrevealedScoresStayHiddenToo() {
        List<Assessment> stored = List.of(assessment(1, Seat.FIRST, 1, 4, "CISO secret"),
                assessment(1, Seat.SECOND, 1, 2, "CTO view"));

        ScoringBoard cto = ScoringBoard.build(Seat.SECOND, List.of(ONE), Map.of(), stored);

        ScoringBoard.Entry entry = cto.entries().get(0);
        assertThat(entry.own().rationale()).isEqualTo("CTO view");
        assertThat(entry.revealed()).isEmpty();
        assertThat(cto.toString()).doesNotContain("CISO secret");
        // No count of rounds both have scored: beside the viewer's own, it would say which the other scored.
        assertThat(ScoringBoard.class.getRecordComponents()).extracting(RecordComponent::getName)
                .containsExactly("viewer", "entries", "ownScored", "otherScored");
    }

    @Test
    void aRevealedRoundShowsBothPartiesToBoth() {
        List<Assessment> stored = List.of(assessment(1, Seat.FIRST, 1, 4, "CISO secret"),
                assessment(1, Seat.SECOND, 1, 2, "CTO view"));
        Map<Long, RoundState> rounds = Map.of(1L, new RoundState(1, 1, true));

        for (Seat viewer : Seat.values()) {
            ScoringBoard.Entry entry = ScoringBoard.build(viewer, List.of(ONE), rounds, stored).entries().get(0);
            assertThat(entry.latestRevealed().first().rationale()).isEqualTo("CISO secret");
            assertThat(entry.latestRevealed().second().rationale()).isEqualTo("CTO view");
        }
    }

    @Test
    void aNewRoundIsBlindAgainWhileEarlierRoundsStayVisible() {
        List<Assessment> stored = List.of(assessment(1, Seat.FIRST, 1, 4, "round 1 CISO"),
                assessment(1, Seat.SECOND, 1, 2, "round 1 CTO"),
                assessment(1, Seat.FIRST, 2, 3, "round 2 CISO secret"));
        Map<Long, RoundState> rounds = Map.of(1L, new RoundState(1, 2, false));

        ScoringBoard cto = ScoringBoard.build(Seat.SECOND, List.of(ONE), rounds, stored);

        ScoringBoard.Entry entry = cto.entries().get(0);
        assertThat(entry.revealed()).extracting(ScoringBoard.RevealedRound::round).containsExactly(1);
        assertThat(entry.own()).isNull();
        assertThat(cto.otherScored()).isEqualTo(1);
        assertThat(cto.toString()).doesNotContain("round 2 CISO secret");

        ScoringBoard ciso = ScoringBoard.build(Seat.FIRST, List.of(ONE), rounds, stored);
        assertThat(ciso.entries().get(0).own().rationale()).isEqualTo("round 2 CISO secret");
    }
}
