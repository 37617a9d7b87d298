package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.parley.domain.DivergenceClass;

/** The grid index finds what a scan of every point would, among 10,000 items; no toolkit needed. */
class PointIndexTest {

    @Test
    void findsTheSamePointAsAFullScanAmongTwentyThousand() {
        Random random = new Random(42);
        int count = 20_000;
        float[] xs = new float[count];
        float[] ys = new float[count];
        for (int i = 0; i < count; i++) {
            xs[i] = random.nextFloat() * 1200;
            ys[i] = random.nextFloat() * 800;
        }
        PointIndex index = new PointIndex(xs, ys, 1200, 800, 24);
        IntPredicate odd = point -> point % 2 == 1;
        for (int query = 0; query < 2_000; query++) {
            double x = random.nextDouble() * 1260 - 30;
            double y = random.nextDouble() * 860 - 30;
            assertThat(index.nearest(x, y, 8, p -> true)).isEqualTo(scan(xs, ys, x, y, 8, p -> true));
            assertThat(index.nearest(x, y, 8, odd)).isEqualTo(scan(xs, ys, x, y, 8, odd));
        }
    }

    @Test
    void ofTwoPointsInTheSamePlaceTheOneDrawnLaterWins() {
        PointIndex index = new PointIndex(new float[] {10, 10, 50}, new float[] {10, 10, 50}, 100, 100, 24);
        assertThat(index.nearest(11, 11, 5, p -> true)).isEqualTo(1);
        assertThat(index.nearest(11, 11, 5, p -> p != 1)).isEqualTo(0);
        assertThat(index.nearest(30, 30, 5, p -> true)).isEqualTo(-1);
    }

    @Test
    void pointsOutsideTheAreaAreStillFoundAtItsEdge() {
        PointIndex index = new PointIndex(new float[] {-3}, new float[] {103}, 100, 100, 24);
        assertThat(index.nearest(0, 100, 5, p -> true)).isZero();
    }

    @Test
    void theMapFindsTheItemUnderThePointerAmongTenThousandAndSkipsFilteredClasses() {
        List<MapItem> items = new java.util.ArrayList<>(Samples.many(10_000, 3));
        MapItem lonely = new MapItem(77, "Lonely", 2.1, 24, 4.9, 2, DivergenceClass.APPETITE_GAP);
        items.add(5_000, lonely);
        MapLayout layout = new MapLayout(items, MapGeometry.of(1400, 900));
        MapState all = state(items, EnumSet.allOf(DivergenceClass.class));
        int point = 2 * 5_000;
        assertThat(layout.pointAt(layout.x(point) + 1, layout.y(point) - 1, all)).isEqualTo(point);
        assertThat(layout.pointAt(layout.x(point + 1), layout.y(point + 1), all)).isEqualTo(point + 1);

        MapState withoutAppetiteGaps = state(items, EnumSet.complementOf(EnumSet.of(DivergenceClass.APPETITE_GAP)));
        int hit = layout.pointAt(layout.x(point), layout.y(point), withoutAppetiteGaps);
        assertThat(hit).isNotEqualTo(point);
        if (hit >= 0) {
            assertThat(items.get(hit / 2).divergenceClass()).isNotEqualTo(DivergenceClass.APPETITE_GAP);
        }
    }

    @Test
    void itemsWithoutAClassShowOnlyWhileNothingIsFilteredOut() {
        assertThat(MapState.shows(null, EnumSet.allOf(DivergenceClass.class))).isTrue();
        assertThat(MapState.shows(null, EnumSet.of(DivergenceClass.BOTH))).isFalse();
        assertThat(MapState.shows(DivergenceClass.BOTH, EnumSet.of(DivergenceClass.BOTH))).isTrue();
        assertThat(MapState.shows(DivergenceClass.BOTH, EnumSet.noneOf(DivergenceClass.class))).isFalse();
    }

    @Test
    void jitterIsSmallAndTheSameEveryTime() {
        double[] first = new double[2];
        double[] again = new double[2];
        for (long id = 0; id < 1_000; id++) {
            Jitter.offset(id, 1, 6, first);
            Jitter.offset(id, 1, 6, again);
            assertThat(first).containsExactly(again);
            assertThat(Math.hypot(first[0], first[1])).isLessThanOrEqualTo(6);
        }
        Jitter.offset(5, 0, 6, first);
        Jitter.offset(5, 1, 6, again);
        assertThat(first).isNotEqualTo(again);
    }

    private static MapState state(List<MapItem> items, EnumSet<DivergenceClass> shown) {
        return new MapState(items, null, null, null, Color.BLUE, Color.ORANGE, "CISO", "CTO", shown, -1);
    }

    private static int scan(float[] xs, float[] ys, double x, double y, double radius, IntPredicate include) {
        int found = -1;
        double best = radius * radius;
        for (int i = 0; i < xs.length; i++) {
            double distance = (xs[i] - x) * (xs[i] - x) + (ys[i] - y) * (ys[i] - y);
            if (distance <= best && include.test(i)) {
                best = distance;
                found = i;
            }
        }
        return found;
    }
}
