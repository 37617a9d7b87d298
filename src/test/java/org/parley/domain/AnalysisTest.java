package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an analysis holds of a scoring board: the revealed initiatives, a count of the others, and the frontiers. */
class AnalysisTest {

    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");
    private static final Appetites REVEALED = new Appetites(Frontier.of(4, 6, 8, 10, 12), Frontier.of(6, 9, 12, 15, 18),
            null, true, true);

    private static Initiative initiative(long id) {
        return new Initiative(id, 1, "Initiative " + id, "", "", "", null, List.of(), AT);
    }

    private static Assessment assessment(long initiative, Seat seat, int likelihood) {
        return new Assessment(initiative * 10 + seat.number(), initiative, seat, 1, RiskScore.of(likelihood, 3),
                Map.of(), 3.0, "", AT);
    }

    /** Initiative 1 revealed, 2 and 3 scored by both but not revealed. */
    private static Analysis analysis(Appetites appetites) {
        List<Assessment> scored = List.of(assessment(1, Seat.FIRST, 4), assessment(1, Seat.SECOND, 2),
                assessment(2, Seat.FIRST, 1), assessment(2, Seat.SECOND, 1), assessment(3, Seat.FIRST, 1),
                assessment(3, Seat.SECOND, 1));
        ScoringBoard board = ScoringBoard.build(Seat.FIRST, List.of(initiative(1), initiative(2), initiative(3)),
                Map.of(1L, new RoundState(1, 1, true)), scored);
        return Analysis.of(board, appetites);
    }

    @Test
    void unrevealedInitiativesAreCountedAndLeftOut() {
        Analysis analysis = analysis(REVEALED);

        assertThat(analysis.unrevealed()).isEqualTo(2);
        assertThat(analysis.revealed()).extracting(r -> r.initiative().id()).containsExactly(1L);
        assertThat(analysis.appetites()).isEqualTo(REVEALED);
        assertThat(analysis.agreement()).isEqualTo(PortfolioAgreement.of(List.of(analysis.revealed().get(0).pair())));
        assertThat(analysis.divergenceOf(1)).isPresent();
        assertThat(analysis.divergenceOf(2)).isEmpty();
    }

    @Test
    void beforeTheAppetitesAreRevealedThereIsNoDivergence() {
        Analysis analysis = analysis(Appetites.visibleTo(Seat.FIRST, Frontier.of(4, 6, 8, 10, 12), null, null, false));

        assertThat(analysis.report()).isNull();
        assertThat(analysis.divergenceOf(1)).isEmpty();
    }

    @Test
    void twoAnalysesOfTheSameBoardAreEqualAndOfAnotherAreNot() {
        Analysis one = analysis(REVEALED);
        Analysis hidden = analysis(Appetites.visibleTo(null, null, null, null, false));

        assertThat(one).isEqualTo(analysis(REVEALED)).hasSameHashCodeAs(analysis(REVEALED)).isNotEqualTo(hidden)
                .isNotEqualTo("an analysis");
        assertThat(new Analysis(one.revealed(), 3, one.appetites(), one.report(), one.agreement())).isNotEqualTo(one);
        assertThat(new Analysis(List.of(), 2, one.appetites(), one.report(), one.agreement())).isNotEqualTo(one);
        assertThat(new Analysis(one.revealed(), 2, one.appetites(), null, one.agreement())).isNotEqualTo(one);
        assertThat(new Analysis(one.revealed(), 2, one.appetites(), one.report(), null)).isNotEqualTo(one);
        assertThat(one.toString()).startsWith("Analysis[revealed=[Revealed[").contains(", unrevealed=2, appetites=");
    }
}
