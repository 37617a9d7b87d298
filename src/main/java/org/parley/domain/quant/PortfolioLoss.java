package org.parley.domain.quant;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One party's portfolio loss as a {@link LossSimulation} found it: every simulated year's loss, sorted, and what is read
 * from them (the expected annual loss, percentiles, the loss exceedance curve), with each initiative's expected annual
 * loss in closed form beside them. 100,000 years are 800 kB; keeping them all makes the curve exact at any loss.
 */
public final class PortfolioLoss {

    /** The percentiles a simulation reports, and at whose losses a tolerance is checked besides its own points. */
    public static final List<Integer> REPORTED_PERCENTILES = List.of(50, 90, 99);

    private final long seed;
    private final double[] sorted;
    private final double expectedAnnualLoss;
    private final Map<Long, Double> expectedByInitiative;

    /**
     * @param trialLosses          each simulated year's loss, in trial order; taken over, not copied
     * @param expectedByInitiative each initiative's expected annual loss, by id, in the order to report them
     */
    PortfolioLoss(long seed, double[] trialLosses, Map<Long, Double> expectedByInitiative) {
        if (trialLosses.length == 0) {
            throw new IllegalArgumentException("A simulation has at least one trial");
        }
        this.seed = seed;
        double sum = 0;
        for (double loss : trialLosses) {
            sum += loss;
        }
        this.expectedAnnualLoss = sum / trialLosses.length;
        Arrays.sort(trialLosses);
        this.sorted = trialLosses;
        this.expectedByInitiative = Collections.unmodifiableMap(new LinkedHashMap<>(expectedByInitiative));
    }

    public int trials() {
        return sorted.length;
    }

    public long seed() {
        return seed;
    }

    /** The mean of the simulated years' losses. */
    public double expectedAnnualLoss() {
        return expectedAnnualLoss;
    }

    /**
     * The loss at this percentile of the simulated years, by nearest rank: the smallest simulated loss that at least
     * {@code percent}% of the years do not exceed. So at most (100 − percent)% of the years exceed it.
     *
     * @param percent from 1 to 100
     */
    public double percentile(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("A percentile is from 1 to 100, not " + percent);
        }
        long rank = ((long) percent * sorted.length + 99) / 100;
        return sorted[(int) rank - 1];
    }

    public double p50() {
        return percentile(50);
    }

    public double p90() {
        return percentile(90);
    }

    public double p99() {
        return percentile(99);
    }

    /** The losses at {@link #REPORTED_PERCENTILES}, in that order. */
    public double[] reportedPercentiles() {
        return REPORTED_PERCENTILES.stream().mapToDouble(this::percentile).toArray();
    }

    /** The loss exceedance curve: the share of simulated years whose loss is above {@code loss}. */
    public double exceedance(double loss) {
        if (Double.isNaN(loss)) {
            throw new IllegalArgumentException("A loss is a number, not NaN");
        }
        int low = 0;
        int high = sorted.length;
        // The first year whose loss is above: every year from there on exceeds.
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] > loss) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return (double) (sorted.length - low) / sorted.length;
    }

    /** Each initiative's expected annual loss, p · exp(μ + σ²/2), in closed form: by initiative id, in input order. */
    public Map<Long, Double> expectedAnnualLossByInitiative() {
        return expectedByInitiative;
    }

    /** Every simulated year's loss, smallest first; a copy. */
    public double[] sortedTrialLosses() {
        return sorted.clone();
    }

    @Override
    public String toString() {
        return "PortfolioLoss[trials=" + trials() + ", seed=" + seed + ", expected=" + expectedAnnualLoss + ", p50="
                + p50() + ", p90=" + p90() + ", p99=" + p99() + "]";
    }
}
