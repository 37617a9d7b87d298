package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioAgreementTest {

    private static PairedScores pair(long id, double value1, int likelihood1, int impact1,
            double value2, int likelihood2, int impact2) {
        return new PairedScores(id, Scores.of(value1, likelihood1, impact1), Scores.of(value2, likelihood2, impact2));
    }

    @Test
    void valuesAreRoundedHalfUpBeforeTheyAreCompared() {
        PortfolioAgreement agreement = PortfolioAgreement.of(List.of(
                pair(1, 3.5, 2, 3, 4.0, 2, 4),    // value 4 and 4; likelihood 2 and 2; impact 3 and 4
                pair(2, 2.49, 4, 4, 2.5, 3, 4),   // value 2 and 3; likelihood 4 and 3; impact 4 and 4
                pair(3, 1.0, 1, 1, 1.0, 1, 2)));  // value 1 and 1; likelihood 1 and 1; impact 1 and 2
        assertThat(agreement.n()).isEqualTo(3);
        assertThat(agreement.value().exact()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(agreement.likelihood().exact()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(agreement.impact().exact()).isCloseTo(1.0 / 3, within(1e-12));
        // Value ratings 4, 2, 1 against 4, 3, 1. Rows 1, 2, 4; columns 1, 3, 4, one each.
        // Quadratic: observed (2−3)² = 1, D_o = 1/3; expected: row 1: 0 + 4 + 9, row 2: 1 + 1 + 4,
        // row 4: 9 + 1 + 0; total 29, D_e = 29/9; kappa = 1 − (1/3)/(29/9) = 26/29.
        // Linear: observed 1, D_o = 1/3; expected 5 + 4 + 4 = 13, D_e = 13/9; kappa = 1 − 3/13 = 10/13.
        assertThat(agreement.value().kappaQuadratic()).isCloseTo(26.0 / 29, within(1e-12));
        assertThat(agreement.value().kappaLinear()).isCloseTo(10.0 / 13, within(1e-12));
    }

    @Test
    void noRevealedInitiativesGiveZeros() {
        PortfolioAgreement agreement = PortfolioAgreement.of(List.of());
        assertThat(agreement.n()).isZero();
        assertThat(List.of(agreement.likelihood(), agreement.impact(), agreement.value()))
                .containsOnly(ScaleAgreement.NONE);
    }

    @Test
    void assessmentsArePairedSeatOneWithSeatTwoOnOneInitiative() {
        Assessment ciso = assessment(Seat.FIRST, 7, 4, 4, 3.5);
        Assessment cto = assessment(Seat.SECOND, 7, 3, 3, 4.5);
        PairedScores pair = PairedScores.of(ciso, cto);
        assertThat(pair.initiativeId()).isEqualTo(7);
        assertThat(pair.first()).isEqualTo(Scores.of(3.5, 4, 4));
        assertThat(pair.second()).isEqualTo(Scores.of(4.5, 3, 3));
        assertThatThrownBy(() -> PairedScores.of(cto, ciso)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairedScores.of(ciso, assessment(Seat.SECOND, 8, 3, 3, 4.5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Assessment assessment(Seat seat, long initiativeId, int likelihood, int impact, double value) {
        return new Assessment(1, initiativeId, seat, 1, RiskScore.of(likelihood, impact), Map.of(), value, "",
                Instant.EPOCH);
    }
}
