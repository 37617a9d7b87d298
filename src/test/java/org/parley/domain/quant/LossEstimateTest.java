package org.parley.domain.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.parley.domain.RuleViolation;

/** The fitted lognormal and the closed forms of one estimate, against commons-math3 and riskquant's worked examples. */
class LossEstimateTest {

    @Test
    void theNinetyPercentQuantileIsTheNormalsAndTheLiteralOfDesignMd() {
        assertThat(LossEstimate.Z_90).isEqualTo(new NormalDistribution().inverseCumulativeProbability(0.95));
        assertThat(LossEstimate.Z_90).isCloseTo(1.6448536, within(5e-8));
    }

    @Test
    void lowAndHighAreTheFifthAndNinetyFifthPercentilesOfTheFittedLognormal() {
        LossEstimate estimate = new LossEstimate(0.2, 50_000, 2_000_000);
        LogNormalDistribution fitted = new LogNormalDistribution(estimate.mu(), estimate.sigma());

        assertThat(estimate.mu()).isCloseTo((Math.log(50_000) + Math.log(2_000_000)) / 2, within(1e-12));
        assertThat(estimate.sigma()).isCloseTo(Math.log(40) / (2 * 1.6448536), within(1e-7));
        assertThat(fitted.cumulativeProbability(50_000)).isCloseTo(0.05, within(1e-12));
        assertThat(fitted.cumulativeProbability(2_000_000)).isCloseTo(0.95, within(1e-12));
        assertThat(estimate.meanLoss()).isCloseTo(fitted.getNumericalMean(), within(1e-9 * fitted.getNumericalMean()));
    }

    /**
     * riskquant's README (github.com/Netflix-Skunkworks/riskquant), its CSV example and the prioritised list it prints,
     * to its 3 significant digits. Its Poisson frequency has the same mean as our at-most-once event, so the expected
     * annual losses agree.
     */
    @Test
    void expectedAnnualLossesOfRiskquantsReadmeExample() {
        assertThat(threeDigits(new LossEstimate(0.01, 1_000_000, 10_000_000).expectedAnnualLoss())).isEqualTo(40_400);
        assertThat(threeDigits(new LossEstimate(0.10, 10_000_000, 1_000_000_000).expectedAnnualLoss()))
                .isEqualTo(26_600_000);
        assertThat(threeDigits(new LossEstimate(0.05, 5_000_000, 50_000_000).expectedAnnualLoss()))
                .isEqualTo(1_010_000);
    }

    /**
     * To all their digits: riskquant's tests/test_simpleloss.py (p 0.1, 1–10 gives 0.4040012826945718; p 0.07,
     * 635,000–19,000,000 gives 414589.4783457917) and its README's library call, 40400.128269457266 (the README passes
     * 0.10 there, a slip: its CSV example gives the same interval 0.01 and $40,400, which this value is).
     */
    @Test
    void expectedAnnualLossesOfRiskquantsTestsToTwelveDigits() {
        assertThat(new LossEstimate(0.1, 1, 10).expectedAnnualLoss()).isCloseTo(0.4040012826945718, within(1e-12));
        assertThat(new LossEstimate(0.07, 635_000, 19_000_000).expectedAnnualLoss())
                .isCloseTo(414589.4783457917, within(1e-6));
        assertThat(new LossEstimate(0.01, 1e6, 10e6).expectedAnnualLoss()).isCloseTo(40400.128269457266, within(1e-7));
    }

    @Test
    void exceedanceIsTheProbabilityTimesTheLognormalsUpperTail() {
        LossEstimate estimate = new LossEstimate(0.3, 1_000_000, 10_000_000);
        LogNormalDistribution fitted = new LogNormalDistribution(estimate.mu(), estimate.sigma());

        for (double loss : new double[] {1, 500_000, 1_000_000, 3_000_000, 10_000_000, 40_000_000}) {
            assertThat(estimate.exceedance(loss)).as("at %s", loss)
                    .isCloseTo(0.3 * (1 - fitted.cumulativeProbability(loss)), within(1e-12));
        }
        assertThat(estimate.exceedance(1_000_000)).isCloseTo(0.3 * 0.95, within(1e-12));
        assertThat(estimate.exceedance(10_000_000)).isCloseTo(0.3 * 0.05, within(1e-12));
        assertThat(estimate.exceedance(Math.sqrt(1e13))).isCloseTo(0.15, within(1e-12));
    }

    @Test
    void everyLossIsAboveZeroAndAFarTailKeepsItsDigits() {
        LossEstimate estimate = new LossEstimate(0.3, 1_000_000, 10_000_000);

        assertThat(estimate.exceedance(0)).isEqualTo(0.3);
        assertThat(estimate.exceedance(-5)).isEqualTo(0.3);
        // Twelve σ above the median: 1 − Φ would be 0 in doubles; Φ(−z) is about 1.8e-33.
        double farTail = estimate.exceedance(Math.exp(estimate.mu() + 12 * estimate.sigma()));
        assertThat(farTail).isPositive().isCloseTo(0.3 * new NormalDistribution().cumulativeProbability(-12),
                within(1e-40));
        assertThatThrownBy(() -> estimate.exceedance(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProbabilityIsAboveZeroAndAtMostOne() {
        assertThat(new LossEstimate(1, 1, 2).probability()).isEqualTo(1);
        assertThat(new LossEstimate(Double.MIN_VALUE, 1, 2).probability()).isEqualTo(Double.MIN_VALUE);
        assertRefused(0, 1, 2, "probability", "Loss probability must be above 0 and at most 1, not 0.");
        assertRefused(Math.nextUp(1.0), 1, 2, "probability",
                "Loss probability must be above 0 and at most 1, not 1.0000000000000002.");
        assertRefused(-0.1, 1, 2, "probability", "Loss probability must be above 0 and at most 1, not -0.1.");
        assertRefused(Double.NaN, 1, 2, "probability", "Loss probability must be above 0 and at most 1, not NaN.");
    }

    @Test
    void lowIsAnAmountAboveZeroAndBelowHigh() {
        assertThat(new LossEstimate(0.5, Double.MIN_VALUE, 2 * Double.MIN_VALUE).low()).isEqualTo(Double.MIN_VALUE);
        assertThat(new LossEstimate(0.5, Math.nextDown(1_000_000.0), 1_000_000).high()).isEqualTo(1_000_000);
        assertRefused(0.5, 0, 10, "lossLow", "Loss low must be an amount above 0, not 0.");
        assertRefused(0.5, -1, 10, "lossLow", "Loss low must be an amount above 0, not -1.");
        assertRefused(0.5, Double.NaN, 10, "lossLow", "Loss low must be an amount above 0, not NaN.");
        assertRefused(0.5, Double.POSITIVE_INFINITY, 10, "lossLow",
                "Loss low must be an amount above 0, not Infinity.");
        assertRefused(0.5, 1_000_000, 1_000_000, "lossLow",
                "Loss low must be below loss high: 1000000 is not below 1000000.");
        assertRefused(0.5, 5_000_000, 1_000_000, "lossLow",
                "Loss low must be below loss high: 5000000 is not below 1000000.");
    }

    @Test
    void highIsAFiniteAmountAboveZero() {
        assertRefused(0.5, 1, 0, "lossHigh", "Loss high must be an amount above 0, not 0.");
        assertRefused(0.5, 1, Double.POSITIVE_INFINITY, "lossHigh",
                "Loss high must be an amount above 0, not Infinity.");
        assertRefused(0.5, 1, Double.NaN, "lossHigh", "Loss high must be an amount above 0, not NaN.");
        assertThat(new LossEstimate(0.5, Double.MAX_VALUE / 4, Double.MAX_VALUE / 2).expectedAnnualLoss()).isFinite();
    }

    @Test
    void anIntervalSoWideItsMeanIsNoNumberIsRefused() {
        // 1 to 1e40: σ = 28, μ + σ²/2 = 438. 1e-200 to 1e200: σ = 280, μ + σ²/2 = 39,000, and e⁷¹⁰ is past a double.
        assertThat(new LossEstimate(0.5, 1, 1e40).expectedAnnualLoss()).isFinite();
        assertRefused(0.5, 1e-200, 1e200, "lossHigh", "Loss high of 1" + "0".repeat(200)
                + " is too far above loss low of 0." + "0".repeat(199) + "1 for a loss distribution to fit them; "
                + "narrow the interval.");
    }

    @Property
    void theExpectedLossIsTheProbabilityTimesTheMeanAndExceedanceFallsWithTheLoss(
            @ForAll @DoubleRange(min = 1e-6, max = 1) @Scale(8) double probability,
            @ForAll @DoubleRange(min = 1, max = 1e9) double low,
            @ForAll @DoubleRange(min = 1.01, max = 1e4) double ratio,
            @ForAll @DoubleRange(min = 0, max = 1e13) double loss) {
        LossEstimate estimate = new LossEstimate(probability, low, low * ratio);

        assertThat(estimate.expectedAnnualLoss()).isEqualTo(probability * estimate.meanLoss());
        assertThat(estimate.meanLoss()).isGreaterThan(Math.exp(estimate.mu()));
        assertThat(estimate.exceedance(loss)).isBetween(0.0, probability)
                .isGreaterThanOrEqualTo(estimate.exceedance(loss * 1.5 + 1));
    }

    private static void assertRefused(double probability, double low, double high, String field, String message) {
        assertThatThrownBy(() -> new LossEstimate(probability, low, high))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessage(message);
    }

    private static double threeDigits(double amount) {
        return new BigDecimal(amount).round(new MathContext(3)).doubleValue();
    }
}
