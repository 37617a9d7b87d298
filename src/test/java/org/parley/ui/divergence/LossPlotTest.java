package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.parley.domain.quant.PortfolioLoss;
import org.parley.domain.quant.ToleranceCurve;

/** The Losses chart's axes and samples, without a toolkit. */
class LossPlotTest {

    @Test
    void withNothingToShowTheAxesRunFromOneThousandToTenMillionAndFromATenthOfAPercent() {
        LossPlot plot = LossPlot.of(null, null, null, null, null);
        assertThat(plot.noLosses()).isTrue();
        assertThat(plot.lossDecades()).containsExactly(1e3, 1e4, 1e5, 1e6, 1e7);
        assertThat(plot.probabilityDecades()).containsExactly(1e-3, 1e-2, 1e-1, 1.0);
    }

    @Test
    void theAxesReachPastEveryTolerancePointToWholeDecades() {
        ToleranceCurve tolerance = ToleranceCurve.parse("1000000:0.1,10000000:0.005");
        LossPlot plot = LossPlot.of(null, null, null, tolerance, null);
        assertThat(plot.lossMin()).isEqualTo(1e5, within(1e-6));
        assertThat(plot.lossMax()).isEqualTo(1e8, within(1e-3));
        assertThat(plot.probabilityMin()).isEqualTo(1e-3, within(1e-12));
        assertThat(LossPlot.decadeBelow(0.001)).isEqualTo(1e-4, within(1e-15));
        assertThat(LossPlot.decadeBelow(5e6)).isEqualTo(1e6, within(1e-6));
        assertThat(LossPlot.decadeAbove(1e7)).isEqualTo(1e8, within(1e-3));
        assertThat(LossPlot.decadeAbove(5e6)).isEqualTo(1e7, within(1e-3));
    }

    @Test
    void eachCurveIsSampledAcrossTheAxisAndAToleranceAtItsOwnPointsToo() {
        PortfolioLoss losses = LossSamples.twoMillion(0.4);
        ToleranceCurve tolerance = ToleranceCurve.parse("1500000:0.3,2500000:0.2");
        LossPlot plot = LossPlot.of(losses, null, tolerance, null, null);
        LossPlot.Curve curve = plot.losses(1);
        assertThat(curve.losses()).hasSize(LossPlot.SAMPLES);
        assertThat(curve.losses()[0]).isEqualTo(plot.lossMin(), within(1e-6));
        assertThat(curve.losses()[LossPlot.SAMPLES - 1]).isEqualTo(plot.lossMax(), within(1e-3));
        assertThat(curve.probabilities()[0]).isEqualTo(losses.exceedance(plot.lossMin()));
        assertThat(plot.tolerance(1).losses()).contains(1_500_000.0, 2_500_000.0).hasSize(LossPlot.SAMPLES + 2);
        assertThat(plot.losses(2)).isNull();
        assertThat(plot.noLosses()).isFalse();
    }

    @Test
    void theAxesMapLossesAndChancesToPixelsAndBack() {
        LossPlot plot = LossPlot.of(null, null, null, null, null);
        LossPlot.Axes axes = plot.axes(900, 500);
        assertThat(axes.x(1e3)).isEqualTo(axes.plotLeft(), within(1e-9));
        assertThat(axes.x(1e7)).isEqualTo(axes.plotRight(), within(1e-9));
        assertThat(axes.x(1e5)).isEqualTo((axes.plotLeft() + axes.plotRight()) / 2, within(1e-9));
        assertThat(axes.loss(axes.x(2e6))).isEqualTo(2e6, within(1e-3));
        assertThat(axes.y(1)).isEqualTo(axes.plotTop(), within(1e-9));
        assertThat(axes.y(1e-3)).isEqualTo(axes.plotBottom(), within(1e-9));
        assertThat(axes.y(0)).as("none lies below the plot").isGreaterThan(axes.plotBottom());
    }
}
