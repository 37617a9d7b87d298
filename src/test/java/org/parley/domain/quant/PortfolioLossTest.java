package org.parley.domain.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

/** What is read from the simulated years: the mean, percentiles by nearest rank and the exceedance curve. */
class PortfolioLossTest {

    // Ten years, given out of order: five without loss, then 10 to 50.
    private final PortfolioLoss tenYears = of(40, 0, 10, 0, 50, 0, 20, 0, 30, 0);

    @Test
    void theExpectedLossIsTheMeanOfTheYears() {
        assertThat(tenYears.expectedAnnualLoss()).isEqualTo(15.0);
        assertThat(tenYears.trials()).isEqualTo(10);
        assertThat(tenYears.seed()).isEqualTo(7);
        assertThat(tenYears.sortedTrialLosses()).containsExactly(0, 0, 0, 0, 0, 10, 20, 30, 40, 50);
    }

    @Test
    void exceedanceIsTheShareOfYearsStrictlyAboveTheLoss() {
        assertThat(tenYears.exceedance(-1)).isEqualTo(1.0);
        assertThat(tenYears.exceedance(0)).isEqualTo(0.5);
        assertThat(tenYears.exceedance(9.99)).isEqualTo(0.5);
        assertThat(tenYears.exceedance(10)).isEqualTo(0.4);
        assertThat(tenYears.exceedance(45)).isEqualTo(0.1);
        assertThat(tenYears.exceedance(50)).isEqualTo(0.0);
        assertThat(tenYears.exceedance(Double.POSITIVE_INFINITY)).isEqualTo(0.0);
        assertThatThrownBy(() -> tenYears.exceedance(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPercentileIsTheYearAtItsNearestRank() {
        assertThat(tenYears.percentile(1)).isEqualTo(0);
        assertThat(tenYears.p50()).isEqualTo(0);
        assertThat(tenYears.percentile(51)).isEqualTo(10);
        assertThat(tenYears.p90()).isEqualTo(40);
        assertThat(tenYears.percentile(91)).isEqualTo(50);
        assertThat(tenYears.p99()).isEqualTo(50);
        assertThat(tenYears.percentile(100)).isEqualTo(50);
        assertThat(tenYears.reportedPercentiles()).containsExactly(0, 40, 50);
        assertThatThrownBy(() -> tenYears.percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tenYears.percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofAHundredThousandYearsTheNinetiethPercentileIsThe90000th() {
        double[] years = new double[100_000];
        for (int i = 0; i < years.length; i++) {
            years[i] = years.length - i;
        }
        PortfolioLoss loss = new PortfolioLoss(1, years, Map.of());

        assertThat(loss.p50()).isEqualTo(50_000);
        assertThat(loss.p90()).isEqualTo(90_000);
        assertThat(loss.p99()).isEqualTo(99_000);
        assertThat(loss.exceedance(loss.p90())).isEqualTo(0.1);
    }

    @Test
    void aSimulationHasAtLeastOneYear() {
        assertThatThrownBy(() -> of()).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A percentile is the smallest year's loss that at least that share of the years do not exceed, found here by
     * counting; it is commons-math3's R-1 estimate (the inverse of the empirical distribution) too, except where
     * percent · years / 100 is a whole rank: R-1 works out 7% of 100 as 7.000000000000001 in doubles and takes the 8th.
     */
    @Property
    void percentilesAreTheNearestRankAndAtMostTheRestOfTheYearsExceedThem(
            @ForAll @Size(min = 1, max = 300) List<@DoubleRange(min = 0, max = 1e9) Double> losses,
            @ForAll @IntRange(min = 1, max = 100) int percent) {
        double[] years = losses.stream().mapToDouble(Double::doubleValue).toArray();
        PortfolioLoss loss = of(years.clone());

        double counted = Double.POSITIVE_INFINITY;
        for (double candidate : years) {
            long notExceeding = Arrays.stream(years).filter(year -> year <= candidate).count();
            if (notExceeding * 100 >= (long) percent * years.length && candidate < counted) {
                counted = candidate;
            }
        }
        assertThat(loss.percentile(percent)).isEqualTo(counted);
        if ((long) percent * years.length % 100 != 0) {
            assertThat(loss.percentile(percent))
                    .isEqualTo(new Percentile().withEstimationType(EstimationType.R_1).evaluate(years, percent));
        }
        assertThat(loss.exceedance(loss.percentile(percent))).isLessThanOrEqualTo((100 - percent) / 100.0);
    }

    @Property
    void exceedanceNeverRisesWithTheLoss(
            @ForAll @Size(min = 1, max = 300) List<@DoubleRange(min = 0, max = 1e6) Double> losses,
            @ForAll @DoubleRange(min = -10, max = 1e6) double loss) {
        PortfolioLoss portfolio = of(losses.stream().mapToDouble(Double::doubleValue).toArray());

        assertThat(portfolio.exceedance(loss)).isBetween(0.0, 1.0)
                .isGreaterThanOrEqualTo(portfolio.exceedance(loss + 1));
    }

    private static PortfolioLoss of(double... years) {
        return new PortfolioLoss(7, years, Map.of());
    }
}
