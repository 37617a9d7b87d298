package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MapGeometryTest {

    private final MapGeometry geometry = new MapGeometry(1000, 600, 50, 40, 70, 60);

    @Test
    void theScaleEndsSitJustInsideThePlot() {
        assertThat(geometry.plotLeft()).isEqualTo(50);
        assertThat(geometry.plotRight()).isEqualTo(930);
        assertThat(geometry.plotTop()).isEqualTo(40);
        assertThat(geometry.plotBottom()).isEqualTo(540);
        assertThat(geometry.x(1.0)).isGreaterThan(geometry.plotLeft()).isLessThan(geometry.x(5.0));
        assertThat(geometry.x(5.0)).isLessThan(geometry.plotRight());
        assertThat(geometry.x(MapGeometry.VALUE_MIN)).isEqualTo(50);
        assertThat(geometry.x(MapGeometry.VALUE_MAX)).isCloseTo(930, within(1e-9));
    }

    @Test
    void higherRiskIsHigherUpTheScreen() {
        assertThat(geometry.y(25)).isLessThan(geometry.y(1));
        assertThat(geometry.y(MapGeometry.RISK_MAX)).isEqualTo(40);
        assertThat(geometry.y(MapGeometry.RISK_MIN)).isCloseTo(540, within(1e-9));
        assertThat(geometry.y(13)).isCloseTo(290, within(1e-9));
        assertThat(geometry.riskStep()).isCloseTo(20, within(1e-9));
    }

    @Test
    void pixelsReadBackAsTheScoresTheyCameFrom() {
        for (double value = 1.0; value <= 5.0; value += 0.25) {
            assertThat(geometry.value(geometry.x(value))).isCloseTo(value, within(1e-9));
        }
        for (int risk = 1; risk <= 25; risk++) {
            assertThat(geometry.risk(geometry.y(risk))).isCloseTo(risk, within(1e-9));
        }
        assertThat(geometry.value(490)).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void aTinyChartStillHasAPlotToDivideBy() {
        MapGeometry tiny = MapGeometry.of(10, 10);
        assertThat(tiny.plotWidth()).isPositive();
        assertThat(tiny.plotHeight()).isPositive();
        assertThat(Double.isFinite(tiny.value(5))).isTrue();
    }
}
