package org.parley.domain.quant;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.util.FastMath;
import org.parley.domain.RuleViolation;

/**
 * One party's estimate of one initiative's loss event (design.md, Quantitative mode): the annual probability that it
 * happens, at most once a year, and a 90% confidence interval of its cost if it does, in the workshop's currency. The
 * cost is read as the lognormal whose 5th and 95th percentiles are {@code low} and {@code high}; what follows from one
 * estimate alone is worked out here in closed form.
 *
 * <p>Amounts are doubles, not {@code BigDecimal}s: they are guesses whose own interval spans a factor of ten or more,
 * every distribution of commons-math3 takes and gives doubles, and the simulation adds up to a billion draws; fifteen
 * significant digits are far beyond what any of these figures can mean. A {@code BigDecimal} of a form or a column is
 * turned into a double once, here (decision 0032). Logarithms and exponentials are commons-math3's {@link FastMath},
 * pure Java, so that the fit, and so a seed's figures, are the same to the bit on every machine; {@code Math.log} and
 * {@code Math.exp} may differ by an ulp from one processor to another.
 *
 * @param probability the chance that the event happens in a year, above 0 and at most 1
 * @param low         the cost it exceeds with 95% chance if it happens, above 0
 * @param high        the cost it stays under with 95% chance if it happens, above {@code low}
 */
public record LossEstimate(double probability, double low, double high) {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /**
     * How many standard deviations a 90% interval's ends lie from its centre: Φ⁻¹(0.95), 1.6448536… (design.md writes
     * 1.6448536), from commons-math3 rather than typed in.
     */
    public static final double Z_90 = STANDARD_NORMAL.inverseCumulativeProbability(0.95);

    public LossEstimate {
        if (!(probability > 0 && probability <= 1)) {
            throw new RuleViolation("probability", "Loss probability must be above 0 and at most 1, not "
                    + Amounts.plain(probability) + ".");
        }
        if (!(low > 0 && low < Double.POSITIVE_INFINITY)) {
            throw new RuleViolation("lossLow", "Loss low must be an amount above 0, not " + Amounts.plain(low) + ".");
        }
        if (!(high > 0 && high < Double.POSITIVE_INFINITY)) {
            throw new RuleViolation("lossHigh", "Loss high must be an amount above 0, not " + Amounts.plain(high)
                    + ".");
        }
        if (!(low < high)) {
            throw new RuleViolation("lossLow", "Loss low must be below loss high: " + Amounts.plain(low)
                    + " is not below " + Amounts.plain(high) + ".");
        }
        // Only an interval of absurd width (high above about 10^49 times low) has no mean a double can hold; refusing
        // it keeps every figure below a number.
        if (Double.isInfinite(FastMath.exp(mu(low, high) + sigma(low, high) * sigma(low, high) / 2))) {
            throw new RuleViolation("lossHigh", "Loss high of " + Amounts.plain(high) + " is too far above loss low of "
                    + Amounts.plain(low) + " for a loss distribution to fit them; narrow the interval.");
        }
    }

    /** The fitted lognormal's μ, the mean of the cost's logarithm: (ln low + ln high) / 2. */
    public double mu() {
        return mu(low, high);
    }

    /** The fitted lognormal's σ, the standard deviation of the cost's logarithm: (ln high − ln low) / (2 Φ⁻¹(0.95)). */
    public double sigma() {
        return sigma(low, high);
    }

    /** The mean cost of the event if it happens, exp(μ + σ²/2); {@code LogNormalDistribution.getNumericalMean}. */
    public double meanLoss() {
        double sigma = sigma();
        return FastMath.exp(mu() + sigma * sigma / 2);
    }

    /** The loss a year brings on average: p · exp(μ + σ²/2). */
    public double expectedAnnualLoss() {
        return probability * meanLoss();
    }

    /**
     * The chance that this event alone costs more than {@code loss} in a year: p · (1 − Φ((ln L − μ)/σ)), with Φ from
     * commons-math3, read as Φ((μ − ln L)/σ) so that a far tail keeps its digits. Every loss is above 0, so for
     * {@code loss} at or below 0 it is p.
     */
    public double exceedance(double loss) {
        if (Double.isNaN(loss)) {
            throw new IllegalArgumentException("A loss is a number, not NaN");
        }
        if (loss <= 0) {
            return probability;
        }
        return probability * STANDARD_NORMAL.cumulativeProbability((mu() - FastMath.log(loss)) / sigma());
    }

    private static double mu(double low, double high) {
        return (FastMath.log(low) + FastMath.log(high)) / 2;
    }

    private static double sigma(double low, double high) {
        return (FastMath.log(high) - FastMath.log(low)) / (2 * Z_90);
    }
}
