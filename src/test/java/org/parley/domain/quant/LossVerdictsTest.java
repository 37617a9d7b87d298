package org.parley.domain.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.domain.quant.ToleranceVerdict.OUTSIDE;
import static org.parley.domain.quant.ToleranceVerdict.WITHIN;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Seat;
import org.parley.domain.Verdict;

/**
 * Tolerances applied to loss exceedance curves, on portfolios of 100 simulated years written out by hand, so that every
 * share below can be counted: "30 of 100 years lose 2,000,000" exceeds 1,000,000 with probability 0.3.
 */
class LossVerdictsTest {

    // The CISO's estimates make a loss of 2,000,000 in 30 years of 100; the CTO's in 5.
    private static final PortfolioLoss CISO_ESTIMATES = years(70, 0, 30, 2_000_000);
    private static final PortfolioLoss CTO_ESTIMATES = years(95, 0, 5, 2_000_000);

    private static final ToleranceCurve STRICT = ToleranceCurve.parse("1000000:0.01");
    private static final ToleranceCurve MIDDLE = ToleranceCurve.parse("1000000:0.1");
    private static final ToleranceCurve LENIENT = ToleranceCurve.parse("1000000:0.5");

    @Test
    void aCurveExactlyOnATolerancePointIsWithinAndOneYearMoreIsOutside() {
        assertThat(MIDDLE.verdict(years(90, 0, 10, 2_000_000))).isEqualTo(WITHIN);
        assertThat(MIDDLE.verdict(years(89, 0, 11, 2_000_000))).isEqualTo(OUTSIDE);
        // A year of exactly 1,000,000 does not exceed it: 10 years exceed it, not 20.
        ToleranceCurve twoPoints = ToleranceCurve.parse("1000:0.2,1000000:0.1");
        assertThat(twoPoints.verdict(years(80, 0, 10, 1_000_000, 10, 2_000_000))).isEqualTo(WITHIN);
        assertThat(twoPoints.verdict(years(80, 0, 10, 1_000_001, 10, 2_000_000))).isEqualTo(OUTSIDE);
    }

    @Test
    void eachPointOfTheToleranceIsChecked() {
        ToleranceCurve design = ToleranceCurve.parse("1000000:0.1,10000000:0.01");

        assertThat(design.verdict(years(95, 0, 4, 5_000_000, 1, 20_000_000))).isEqualTo(WITHIN);
        // 5 years above 1,000,000 is fine; 2 above 10,000,000 is not.
        assertThat(design.verdict(years(95, 0, 3, 5_000_000, 2, 20_000_000))).isEqualTo(OUTSIDE);
    }

    @Test
    void aCurveCrossingTheToleranceBetweenItsPointsIsCaughtAtAPercentile() {
        // At the points: 20 years of 100 exceed 1,000,000 (0.2, allowed 0.2) and none 20,000,000 (allowed 0.01). But
        // the 90th percentile is 10,000,000, which 10 years exceed, where the tolerance is 0.2 − 0.19 · ln 10 / ln 20,
        // about 0.054.
        ToleranceCurve tolerance = ToleranceCurve.parse("1000000:0.2,20000000:0.01");
        PortfolioLoss crossing = years(80, 0, 10, 10_000_000, 10, 20_000_000);

        assertThat(crossing.p90()).isEqualTo(10_000_000);
        assertThat(tolerance.probabilityAt(10_000_000)).isBetween(0.053, 0.055);
        assertThat(tolerance.verdict(crossing)).isEqualTo(OUTSIDE);
        assertThat(ToleranceCurve.parse("1000000:0.2,20000000:0.1").verdict(crossing)).isEqualTo(WITHIN);
    }

    /**
     * design.md holds the first P below the first point and checks the curve at every reported percentile. So the
     * median year, which about half the years exceed, is held to the first P when its loss lies below the first point,
     * though no year comes near that point's loss: a tolerance must say what it allows of small losses too.
     */
    @Test
    void belowTheFirstPointTheFirstProbabilityHoldsForTheMedianYear() {
        double[] smallLossesEveryYear = new double[100];
        for (int i = 0; i < 100; i++) {
            smallLossesEveryYear[i] = 1_000.0 * (i + 1);
        }
        PortfolioLoss small = new PortfolioLoss(1, smallLossesEveryYear, Map.of());

        assertThat(small.exceedance(1_000_000)).isZero();
        assertThat(small.p50()).isEqualTo(50_000);
        assertThat(small.exceedance(50_000)).isEqualTo(0.5);
        assertThat(MIDDLE.verdict(small)).isEqualTo(OUTSIDE);
        assertThat(LENIENT.verdict(small)).isEqualTo(WITHIN);
        // 0.99 − 0.49 · ln 50 / ln 100, about 0.574, at 50,000.
        assertThat(ToleranceCurve.parse("1000:0.99,100000:0.5,1000000:0.1").verdict(small)).isEqualTo(WITHIN);
    }

    @Test
    void fourVerdictsEachToleranceOnEachPartysCurve() {
        LossVerdicts verdicts = LossVerdicts.of(MIDDLE, LENIENT, CISO_ESTIMATES, CTO_ESTIMATES);

        // The CISO's tolerance (0.1) is exceeded by the CISO's own curve (0.3), not by the CTO's (0.05).
        assertThat(verdicts).isEqualTo(new LossVerdicts(OUTSIDE, WITHIN, WITHIN, WITHIN));
        assertThat(verdicts.verdict(Seat.FIRST, Seat.FIRST)).isEqualTo(OUTSIDE);
    }

    @Test
    void eachVerdictIsReadFromItsToleranceAndItsEstimates() {
        List<Seat[]> order = List.of(new Seat[] {Seat.FIRST, Seat.FIRST}, new Seat[] {Seat.FIRST, Seat.SECOND},
                new Seat[] {Seat.SECOND, Seat.FIRST}, new Seat[] {Seat.SECOND, Seat.SECOND});
        for (int outside = 0; outside < 4; outside++) {
            ToleranceVerdict[] four = {WITHIN, WITHIN, WITHIN, WITHIN};
            four[outside] = OUTSIDE;
            LossVerdicts verdicts = new LossVerdicts(four[0], four[1], four[2], four[3]);

            for (int i = 0; i < 4; i++) {
                assertThat(verdicts.verdict(order.get(i)[0], order.get(i)[1])).as("%s, outside at %s", i, outside)
                        .isEqualTo(four[i]);
            }
        }
    }

    /** The tolerances of the CISO (party 1) and the CTO on the curves of the CISO's and the CTO's estimates. */
    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "1000000:0.5, 1000000:0.5, ALIGNED_ACCEPT, aligned_within,  Aligned: within",
        "1000000:0.01, 1000000:0.01, ALIGNED_REJECT, aligned_outside, Aligned: outside",
        "1000000:0.01, 1000000:0.5, APPETITE_GAP,   appetite_gap,    Appetite gap",
        "1000000:0.1, 1000000:0.1, PERCEPTION_GAP, perception_gap,  Perception gap",
        "1000000:0.1, 1000000:0.5, BOTH,           both,            Perception and appetite gap"})
    void eachClassFromAHandCheckedPortfolio(String ciso, String cto, DivergenceClass divergenceClass, String jsonName,
            String label) {
        LossVerdicts verdicts = LossVerdicts.of(ToleranceCurve.parse(ciso), ToleranceCurve.parse(cto),
                CISO_ESTIMATES, CTO_ESTIMATES);

        assertThat(verdicts.divergenceClass()).isEqualTo(divergenceClass);
        assertThat(verdicts.jsonName()).isEqualTo(jsonName);
        assertThat(verdicts.label()).isEqualTo(label);
    }

    @Test
    void withEstimatesOnEitherSideOfATolerancePointEachToleranceSplitsTheSameWay() {
        assertThat(LossVerdicts.of(STRICT, LENIENT, CISO_ESTIMATES, CTO_ESTIMATES))
                .isEqualTo(new LossVerdicts(OUTSIDE, OUTSIDE, WITHIN, WITHIN));
        assertThat(LossVerdicts.of(MIDDLE, MIDDLE, CISO_ESTIMATES, CTO_ESTIMATES))
                .isEqualTo(new LossVerdicts(OUTSIDE, WITHIN, OUTSIDE, WITHIN));
    }

    @Test
    void theClassIsTheAppetitesRuleWithWithinForAccept() {
        for (int bits = 0; bits < 16; bits++) {
            ToleranceVerdict[] four = new ToleranceVerdict[4];
            Verdict[] asAppetites = new Verdict[4];
            for (int i = 0; i < 4; i++) {
                four[i] = (bits >> i & 1) == 0 ? WITHIN : OUTSIDE;
                asAppetites[i] = (bits >> i & 1) == 0 ? Verdict.ACCEPT : Verdict.REJECT;
            }
            LossVerdicts verdicts = new LossVerdicts(four[0], four[1], four[2], four[3]);

            assertThat(verdicts.divergenceClass()).as(Arrays.toString(four))
                    .isEqualTo(DivergenceClass.of(asAppetites[0], asAppetites[1], asAppetites[2], asAppetites[3]));
        }
        assertThat(WITHIN.jsonName()).isEqualTo("within");
        assertThat(OUTSIDE.jsonName()).isEqualTo("outside");
        assertThat(WITHIN.label()).isEqualTo("Within");
        assertThat(OUTSIDE.label()).isEqualTo("Outside");
    }

    /** 100 simulated years: {@code count} years of {@code loss}, for each pair given. */
    private static PortfolioLoss years(Number... countsAndLosses) {
        double[] years = new double[100];
        int year = 0;
        for (int i = 0; i < countsAndLosses.length; i += 2) {
            for (int n = 0; n < countsAndLosses[i].intValue(); n++) {
                years[year++] = countsAndLosses[i + 1].doubleValue();
            }
        }
        assertThat(year).isEqualTo(100);
        return new PortfolioLoss(1, years, Map.of());
    }
}
