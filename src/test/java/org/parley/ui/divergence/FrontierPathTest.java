package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.domain.Frontier;

class FrontierPathTest {

    @Test
    void aFrontierWithoutACapIsFourStraightPieces() {
        List<FrontierPath.Segment> segments = FrontierPath.segments(Frontier.of(4, 6, 9, 12, 16));
        assertThat(segments).containsExactly(
                new FrontierPath.Segment(1, 4, 2, 6, false), new FrontierPath.Segment(2, 6, 3, 9, false),
                new FrontierPath.Segment(3, 9, 4, 12, false), new FrontierPath.Segment(4, 12, 5, 16, false));
    }

    @Test
    void whereTheCapBitesTheFrontierRunsFlatAlongIt() {
        List<FrontierPath.Segment> segments = FrontierPath.segments(Frontier.of(4, 6, 9, 12, 20).withCap(14));
        assertThat(segments).hasSize(5);
        FrontierPath.Segment lastSolid = segments.get(3);
        assertThat(lastSolid.capped()).isFalse();
        assertThat(lastSolid.value2()).isCloseTo(4.25, within(1e-9));
        assertThat(lastSolid.risk2()).isCloseTo(14, within(1e-9));
        assertThat(segments.get(4)).isEqualTo(new FrontierPath.Segment(4.25, 14, 5, 14, true));
    }

    @Test
    void aCapBelowTheWholeLineIsOneDashedPiece() {
        assertThat(FrontierPath.segments(Frontier.of(10, 12, 14, 16, 18).withCap(5)))
                .containsExactly(new FrontierPath.Segment(1, 5, 5, 5, true));
    }

    @Test
    void theZoneBetweenCrossingFrontiersFollowsTheUpperThenTheLower() {
        Frontier a = Frontier.of(4, 6, 8, 10, 12);
        Frontier b = Frontier.of(6, 6, 6, 12, 12);
        List<double[]> polygon = FrontierPath.disagreement(a, b);
        // Break points 1..5 plus where the lines cross: between 3 and 4, at 3.5 (a = b = 9).
        int half = polygon.size() / 2;
        assertThat(polygon).hasSize(12);
        for (int i = 0; i < half; i++) {
            double value = polygon.get(i)[0];
            double upper = polygon.get(i)[1];
            double lower = polygon.get(polygon.size() - 1 - i)[1];
            assertThat(polygon.get(polygon.size() - 1 - i)[0]).isEqualTo(value);
            assertThat(upper).isCloseTo(Math.max(a.limitAt(value), b.limitAt(value)), within(1e-9));
            assertThat(lower).isCloseTo(Math.min(a.limitAt(value), b.limitAt(value)), within(1e-9));
        }
        assertThat(polygon.stream().anyMatch(p -> Math.abs(p[0] - 3.5) < 1e-9 && Math.abs(p[1] - 9) < 1e-9)).isTrue();
    }

    @Test
    void theLimitIsTheDomainsLimit() {
        Frontier capped = Frontier.of(4, 6, 9, 12, 20).withCap(14);
        for (double value = 1; value <= 5; value += 0.125) {
            assertThat(FrontierPath.limit(capped, value)).isCloseTo(capped.limitAt(value), within(1e-9));
        }
    }

    @Test
    void sameFrontiersHaveNoZone() {
        assertThat(FrontierPath.same(Frontier.of(4, 6, 9, 12, 16), Frontier.of(4, 6, 9, 12, 16))).isTrue();
        assertThat(FrontierPath.same(Frontier.of(4, 6, 9, 12, 16), Frontier.of(4, 6, 9, 12, 16).withCap(15))).isFalse();
        assertThat(FrontierPath.same(Frontier.of(4, 6, 9, 12, 16), Frontier.of(4, 6, 9, 12, 16).withCap(16))).isTrue();
    }
}
