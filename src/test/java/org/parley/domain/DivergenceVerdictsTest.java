package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.domain.Verdict.ACCEPT;
import static org.parley.domain.Verdict.REJECT;

import org.junit.jupiter.api.Test;

/**
 * The four cross-verdicts read the right way round: which appetite, on whose scores. Each case here has verdicts
 * that differ between the parties, so that a verdict read from the other seat shows.
 */
class DivergenceVerdictsTest {

    // The CISO's point: risk 12 at value 3.0. The CTO's: risk 8 at value 4.0.
    private static final Scores CISO_SCORES = Scores.of(3.0, 3, 4);
    private static final Scores CTO_SCORES = Scores.of(4.0, 2, 4);

    /** @param verdicts A(s1), A(s2), B(s1), B(s2): party 1's appetite on each party's scores, then party 2's */
    private static Divergence of(Verdict... verdicts) {
        return new Divergence(1, CISO_SCORES, CTO_SCORES, verdicts[0], verdicts[1], verdicts[2], verdicts[3], 0);
    }

    @Test
    void eachVerdictIsReadFromItsAppetiteAndItsScores() {
        Divergence crossing = of(ACCEPT, REJECT, REJECT, ACCEPT);

        assertThat(crossing.verdict(Seat.FIRST, Seat.FIRST)).isEqualTo(ACCEPT);
        assertThat(crossing.verdict(Seat.FIRST, Seat.SECOND)).isEqualTo(REJECT);
        assertThat(crossing.verdict(Seat.SECOND, Seat.FIRST)).isEqualTo(REJECT);
        assertThat(crossing.verdict(Seat.SECOND, Seat.SECOND)).isEqualTo(ACCEPT);

        Divergence mirrored = of(REJECT, ACCEPT, ACCEPT, REJECT);

        assertThat(mirrored.verdict(Seat.FIRST, Seat.FIRST)).isEqualTo(REJECT);
        assertThat(mirrored.verdict(Seat.FIRST, Seat.SECOND)).isEqualTo(ACCEPT);
        assertThat(mirrored.verdict(Seat.SECOND, Seat.FIRST)).isEqualTo(ACCEPT);
        assertThat(mirrored.verdict(Seat.SECOND, Seat.SECOND)).isEqualTo(REJECT);
    }

    @Test
    void onlyTheTwoAlignedClassesNeedNoNegotiating() {
        assertThat(of(ACCEPT, ACCEPT, ACCEPT, ACCEPT).divergenceClass()).isEqualTo(DivergenceClass.ALIGNED_ACCEPT);
        assertThat(of(REJECT, REJECT, REJECT, REJECT).divergenceClass()).isEqualTo(DivergenceClass.ALIGNED_REJECT);
        assertThat(DivergenceClass.ALIGNED_ACCEPT.isContested()).isFalse();
        assertThat(DivergenceClass.ALIGNED_REJECT.isContested()).isFalse();
        assertThat(DivergenceClass.PERCEPTION_GAP.isContested()).isTrue();
        assertThat(DivergenceClass.APPETITE_GAP.isContested()).isTrue();
        assertThat(DivergenceClass.BOTH.isContested()).isTrue();
    }

    @Test
    void appetitesThatSplitOnTheSameScoresAreAnAppetiteGapWhicheverPartyAccepts() {
        Divergence ctoAccepts = of(REJECT, REJECT, ACCEPT, ACCEPT);
        Divergence cisoAccepts = of(ACCEPT, ACCEPT, REJECT, REJECT);

        assertThat(ctoAccepts.divergenceClass()).isEqualTo(DivergenceClass.APPETITE_GAP);
        assertThat(cisoAccepts.divergenceClass()).isEqualTo(DivergenceClass.APPETITE_GAP);
        assertThat(ctoAccepts.why("CISO", "CTO"))
                .isEqualTo("CTO's appetite accepts it on either score; CISO's rejects it on either score.");
        assertThat(cisoAccepts.why("CISO", "CTO"))
                .isEqualTo("CISO's appetite accepts it on either score; CTO's rejects it on either score.");
    }

    @Test
    void scoresOnOppositeSidesOfBothFrontiersAreAPerceptionGapWhicheverPartysScoresAreAccepted() {
        Divergence cisoScoresAccepted = of(ACCEPT, REJECT, ACCEPT, REJECT);
        Divergence ctoScoresAccepted = of(REJECT, ACCEPT, REJECT, ACCEPT);

        assertThat(cisoScoresAccepted.divergenceClass()).isEqualTo(DivergenceClass.PERCEPTION_GAP);
        assertThat(ctoScoresAccepted.divergenceClass()).isEqualTo(DivergenceClass.PERCEPTION_GAP);
        assertThat(cisoScoresAccepted.why("CISO", "CTO")).isEqualTo("They see it differently: on the CISO's scores "
                + "(risk 12, value 3.0) both accept it; on the CTO's (risk 8, value 4.0) both reject it.");
        assertThat(ctoScoresAccepted.why("CISO", "CTO")).isEqualTo("They see it differently: on the CISO's scores "
                + "(risk 12, value 3.0) both reject it; on the CTO's (risk 8, value 4.0) both accept it.");
    }

    @Test
    void crossingVerdictsAreBothAndEachAppetiteSaysOnWhoseScoresItAccepts() {
        assertThat(of(ACCEPT, REJECT, REJECT, ACCEPT).divergenceClass()).isEqualTo(DivergenceClass.BOTH);
        assertThat(of(ACCEPT, REJECT, REJECT, ACCEPT).why("CISO", "CTO")).isEqualTo("They see it differently and "
                + "tolerate risk differently: CISO's appetite accepts it on the CISO's scores (risk 12, value 3.0) but "
                + "rejects it on the CTO's (risk 8, value 4.0); CTO's accepts it on the CTO's scores (risk 8, value "
                + "4.0) but rejects it on the CISO's (risk 12, value 3.0).");
        assertThat(of(REJECT, ACCEPT, ACCEPT, REJECT).divergenceClass()).isEqualTo(DivergenceClass.BOTH);
        assertThat(of(REJECT, ACCEPT, ACCEPT, REJECT).why("CISO", "CTO")).isEqualTo("They see it differently and "
                + "tolerate risk differently: CISO's appetite accepts it on the CTO's scores (risk 8, value 4.0) but "
                + "rejects it on the CISO's (risk 12, value 3.0); CTO's accepts it on the CISO's scores (risk 12, "
                + "value 3.0) but rejects it on the CTO's (risk 8, value 4.0).");
    }

    @Test
    void oneVerdictAgainstTheOtherThreeIsBothAnAppetiteAndAPerceptionGap() {
        Verdict[][] oneOdd = {
                {REJECT, ACCEPT, ACCEPT, ACCEPT}, {ACCEPT, REJECT, ACCEPT, ACCEPT},
                {ACCEPT, ACCEPT, REJECT, ACCEPT}, {ACCEPT, ACCEPT, ACCEPT, REJECT},
                {ACCEPT, REJECT, REJECT, REJECT}, {REJECT, ACCEPT, REJECT, REJECT},
                {REJECT, REJECT, ACCEPT, REJECT}, {REJECT, REJECT, REJECT, ACCEPT}};
        for (Verdict[] verdicts : oneOdd) {
            assertThat(of(verdicts).divergenceClass()).as(java.util.Arrays.toString(verdicts))
                    .isEqualTo(DivergenceClass.BOTH);
        }
    }

    @Test
    void inBothTheAppetiteThatAgreesWithItselfSaysSoAndTheOtherSaysOnWhoseScoresItAccepts() {
        // The CTO's appetite rejects the CISO's scores only.
        assertThat(of(ACCEPT, ACCEPT, REJECT, ACCEPT).why("CISO", "CTO")).isEqualTo("They see it differently and "
                + "tolerate risk differently: CISO's appetite accepts it on either score; CTO's accepts it on the "
                + "CTO's scores (risk 8, value 4.0) but rejects it on the CISO's (risk 12, value 3.0).");
        // The CISO's appetite accepts the CISO's scores only.
        assertThat(of(ACCEPT, REJECT, REJECT, REJECT).why("CISO", "CTO")).isEqualTo("They see it differently and "
                + "tolerate risk differently: CISO's appetite accepts it on the CISO's scores (risk 12, value 3.0) "
                + "but rejects it on the CTO's (risk 8, value 4.0); CTO's rejects it on either score.");
    }

    @Test
    void valuesInTheSentenceAreRoundedHalfUpToOneDecimal() {
        Divergence divergence = new Divergence(1, Scores.of(3.25, 3, 4), Scores.of(4.75, 2, 4), ACCEPT, REJECT,
                ACCEPT, REJECT, 0);

        assertThat(divergence.why("CISO", "CTO")).isEqualTo("They see it differently: on the CISO's scores "
                + "(risk 12, value 3.3) both accept it; on the CTO's (risk 8, value 4.8) both reject it.");
    }
}
