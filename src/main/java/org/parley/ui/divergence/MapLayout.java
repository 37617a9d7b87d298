package org.parley.ui.divergence;

import java.util.List;

/**
 * Where each party's point of each item lands for one size of the map, jitter included, with the grid
 * index that finds the point under the pointer. Point {@code 2i} is party 1's point of item {@code i},
 * {@code 2i + 1} party 2's: the order they are drawn in, so on a tie the point on top wins.
 *
 * <p>Built when the items or the size change, never per mouse move or per filter change.
 */
final class MapLayout {

    private final MapGeometry geometry;
    private final List<MapItem> items;
    private final float[] xs;
    private final float[] ys;
    private final double pointRadius;
    private final PointIndex index;

    MapLayout(List<MapItem> items, MapGeometry geometry) {
        this.geometry = geometry;
        this.items = items;
        int count = items.size();
        this.pointRadius = count <= 300 ? 5 : count <= 3000 ? 3.5 : 2.5;
        // Spread overlapping points over about a third of a risk step, a little more when they are many.
        double spread = Math.max(2, Math.min(count <= 300 ? 6 : 9, geometry.riskStep() * (count <= 300 ? 0.3 : 0.42)));
        xs = new float[count * 2];
        ys = new float[count * 2];
        double[] offset = new double[2];
        for (int i = 0; i < count; i++) {
            MapItem item = items.get(i);
            Jitter.offset(item.id(), 0, spread, offset);
            xs[2 * i] = (float) (geometry.x(item.value1()) + offset[0]);
            ys[2 * i] = (float) (geometry.y(item.risk1()) + offset[1]);
            Jitter.offset(item.id(), 1, spread, offset);
            xs[2 * i + 1] = (float) (geometry.x(item.value2()) + offset[0]);
            ys[2 * i + 1] = (float) (geometry.y(item.risk2()) + offset[1]);
        }
        index = new PointIndex(xs, ys, geometry.width(), geometry.height(), 24);
    }

    MapGeometry geometry() {
        return geometry;
    }

    List<MapItem> items() {
        return items;
    }

    double x(int point) {
        return xs[point];
    }

    double y(int point) {
        return ys[point];
    }

    double pointRadius() {
        return pointRadius;
    }

    /** How near the pointer must come to a point to hover or pick it. */
    double hitRadius() {
        return Math.max(7, pointRadius + 3);
    }

    /** How opaque points are: crowds of thousands stay readable as density rather than a solid block. */
    double pointAlpha() {
        int count = items.size();
        return count <= 300 ? 0.9 : count <= 3000 ? 0.6 : 0.35;
    }

    double lineAlpha() {
        int count = items.size();
        return count <= 300 ? 0.5 : count <= 3000 ? 0.14 : 0.04;
    }

    /** The point under (x, y) of an item the state shows, or -1. */
    int pointAt(double x, double y, MapState state) {
        return index.nearest(x, y, hitRadius(), point -> state.shows(items.get(point / 2)));
    }

    boolean fits(double width, double height, List<MapItem> forItems) {
        return items == forItems && geometry.width() == width && geometry.height() == height;
    }
}
