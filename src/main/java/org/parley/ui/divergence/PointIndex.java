package org.parley.ui.divergence;

import java.util.function.IntPredicate;

/**
 * A uniform grid over points in pixels, so that finding the point under the pointer looks at a few cells
 * instead of every point: built once per change of items or size (linear), asked on every mouse move.
 *
 * <p>The buckets are one flat array sorted by cell (counting sort), with an offset per cell, so 20,000
 * points cost two int arrays and no boxing. Points outside the area fall into the nearest edge cell.
 */
final class PointIndex {

    private final float[] xs;
    private final float[] ys;
    private final double cell;
    private final int columns;
    private final int rows;
    private final int[] starts;
    private final int[] points;

    /**
     * @param xs   x of each point; a point's number is its place in the arrays
     * @param cell the side of a grid cell in pixels, about twice the usual search radius
     */
    PointIndex(float[] xs, float[] ys, double width, double height, double cell) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("xs and ys differ in length");
        }
        this.xs = xs;
        this.ys = ys;
        this.cell = cell;
        this.columns = Math.max(1, (int) Math.ceil(width / cell));
        this.rows = Math.max(1, (int) Math.ceil(height / cell));
        this.starts = new int[columns * rows + 1];
        this.points = new int[xs.length];
        int[] cellOf = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            cellOf[i] = column(xs[i]) + row(ys[i]) * columns;
            starts[cellOf[i] + 1]++;
        }
        for (int c = 0; c < columns * rows; c++) {
            starts[c + 1] += starts[c];
        }
        int[] next = starts.clone();
        for (int i = 0; i < xs.length; i++) {
            points[next[cellOf[i]]++] = i;
        }
    }

    int size() {
        return xs.length;
    }

    /**
     * The point nearest to (x, y) within {@code radius} among those {@code include} accepts, or -1. Of two
     * equally near, the higher number wins: it was drawn later, so it is the one on top.
     */
    int nearest(double x, double y, double radius, IntPredicate include) {
        int fromColumn = column(x - radius);
        int toColumn = column(x + radius);
        int fromRow = row(y - radius);
        int toRow = row(y + radius);
        double best = radius * radius;
        int found = -1;
        for (int r = fromRow; r <= toRow; r++) {
            for (int c = fromColumn; c <= toColumn; c++) {
                int bucket = c + r * columns;
                for (int k = starts[bucket]; k < starts[bucket + 1]; k++) {
                    int point = points[k];
                    double dx = xs[point] - x;
                    double dy = ys[point] - y;
                    double distance = dx * dx + dy * dy;
                    if ((distance < best || distance == best && point > found) && include.test(point)) {
                        best = distance;
                        found = point;
                    }
                }
            }
        }
        return found;
    }

    private int column(double x) {
        return clamp((int) Math.floor(x / cell), columns);
    }

    private int row(double y) {
        return clamp((int) Math.floor(y / cell), rows);
    }

    private static int clamp(int index, int count) {
        return index < 0 ? 0 : Math.min(index, count - 1);
    }
}
