package org.parley.ui.divergence;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.parley.domain.quant.PortfolioLoss;
import org.parley.domain.quant.ToleranceCurve;

/**
 * What the Losses chart draws, worked out once per change of its data and not per paint: the axes' ranges in whole
 * decades and each curve sampled at {@value #SAMPLES} losses spaced evenly on the log axis. Pure arithmetic, so it is
 * tested without a toolkit.
 *
 * <p>Both axes are logarithmic. Losses span decades, and so do the chances that matter: a tolerance of 10% at 1 M and
 * 1% at 10 M would lie in the bottom tenth of a 0–100% axis, where 1% and 2%, the difference a verdict turns on, are
 * four pixels apart. On a log axis each decade of chance gets the same room, and the tail stays readable.
 */
final class LossPlot {

    static final int SAMPLES = 200;
    /** The lowest chance shown, unless a tolerance goes lower: 0.1%, a year in a thousand. */
    static final double DEFAULT_PROBABILITY_MIN = 1e-3;
    /** The losses shown when there is nothing to show yet: 1 k to 10 M. */
    private static final double DEFAULT_LOSS_MIN = 1e3;
    private static final double DEFAULT_LOSS_MAX = 1e7;

    /** One line: its samples, and the curve itself, for reading it exactly under the pointer. */
    record Curve(double[] losses, double[] probabilities, DoubleUnaryOperator at, List<ToleranceCurve.Point> points) {
    }

    private final double lossMin;
    private final double lossMax;
    private final double probabilityMin;
    /** The loss exceedance curves of party 1 and 2, then the tolerances of party 1, party 2 and agreed; null where none. */
    private final List<Curve> curves;

    private LossPlot(double lossMin, double lossMax, double probabilityMin, List<Curve> curves) {
        this.lossMin = lossMin;
        this.lossMax = lossMax;
        this.probabilityMin = probabilityMin;
        this.curves = curves;
    }

    /** Any of the five may be null. */
    static LossPlot of(PortfolioLoss losses1, PortfolioLoss losses2, ToleranceCurve tolerance1,
            ToleranceCurve tolerance2, ToleranceCurve agreed) {
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        double lowestChance = DEFAULT_PROBABILITY_MIN;
        for (PortfolioLoss losses : nonNull(losses1, losses2)) {
            double[] sorted = losses.sortedTrialLosses();
            int firstPositive = 0;
            while (firstPositive < sorted.length && sorted[firstPositive] <= 0) {
                firstPositive++;
            }
            if (firstPositive < sorted.length) {
                // From where the curve leaves its plateau (1% of the years with a loss lose less) to a year in 1,000.
                low = Math.min(low, sorted[firstPositive + (sorted.length - firstPositive) / 100]);
                high = Math.max(high, sorted[sorted.length - 1 - sorted.length / 1000]);
            }
        }
        for (ToleranceCurve tolerance : nonNull(tolerance1, tolerance2, agreed)) {
            List<ToleranceCurve.Point> points = tolerance.points();
            low = Math.min(low, points.get(0).loss());
            high = Math.max(high, points.get(points.size() - 1).loss());
            lowestChance = Math.min(lowestChance, decadeBelow(points.get(points.size() - 1).probability()));
        }
        double lossMin = high == 0 ? DEFAULT_LOSS_MIN : decadeBelow(low);
        double lossMax = high == 0 ? DEFAULT_LOSS_MAX : decadeAbove(high);
        if (lossMax / lossMin < 99) {
            lossMax = lossMin * 100;
        }
        double[] grid = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            grid[i] = lossMin * Math.pow(lossMax / lossMin, (double) i / (SAMPLES - 1));
        }
        List<Curve> curves = new ArrayList<>(5);
        curves.add(lec(losses1, grid));
        curves.add(lec(losses2, grid));
        curves.add(tolerance(tolerance1, grid));
        curves.add(tolerance(tolerance2, grid));
        curves.add(tolerance(agreed, grid));
        return new LossPlot(lossMin, lossMax, Math.max(1e-9, lowestChance), curves);
    }

    double lossMin() {
        return lossMin;
    }

    double lossMax() {
        return lossMax;
    }

    double probabilityMin() {
        return probabilityMin;
    }

    /** Party 1's (1) or party 2's (2) loss exceedance curve; null when not simulated. */
    Curve losses(int party) {
        return curves.get(party - 1);
    }

    /** Party 1's (1), party 2's (2) or the agreed (3) tolerance; null when not set. */
    Curve tolerance(int which) {
        return curves.get(1 + which);
    }

    /** True when neither party's losses are simulated: the chart says how to get them. */
    boolean noLosses() {
        return curves.get(0) == null && curves.get(1) == null;
    }

    /** The decades on the loss axis, smallest first. */
    List<Double> lossDecades() {
        return decades(lossMin, lossMax);
    }

    /** The decades on the chance axis, smallest first, up to 100%. */
    List<Double> probabilityDecades() {
        return decades(probabilityMin, 1);
    }

    /** The axes laid out in a chart of this size, under a legend of one line. */
    Axes axes(double width, double height) {
        return axes(width, height, 1);
    }

    /** The axes laid out in a chart of this size, under a legend of one or two lines. */
    Axes axes(double width, double height, int legendLines) {
        return new Axes(width, height, legendLines == 1 ? Axes.TOP : Axes.TOP + Axes.LEGEND_LINE);
    }

    /** Where a loss and a chance land in a chart of a given size, and back. */
    final class Axes {

        static final double LEFT = 66;
        static final double TOP = 40;
        /** What a second line of legend adds above the plot. */
        static final double LEGEND_LINE = 22;
        static final double RIGHT = 30;
        static final double BOTTOM = 48;

        private final double width;
        private final double height;
        private final double top;
        private final double plotWidth;
        private final double plotHeight;

        private Axes(double width, double height, double top) {
            this.width = width;
            this.height = height;
            this.top = top;
            this.plotWidth = Math.max(1, width - LEFT - RIGHT);
            this.plotHeight = Math.max(1, height - top - BOTTOM);
        }

        double width() {
            return width;
        }

        double height() {
            return height;
        }

        double plotLeft() {
            return LEFT;
        }

        double plotTop() {
            return top;
        }

        double plotRight() {
            return LEFT + plotWidth;
        }

        double plotBottom() {
            return top + plotHeight;
        }

        double x(double loss) {
            return LEFT + Math.log(loss / lossMin) / Math.log(lossMax / lossMin) * plotWidth;
        }

        /** A chance of 0 lies below the plot, where the clip hides it. */
        double y(double probability) {
            double shown = Math.max(probability, probabilityMin / 100);
            return top + Math.log(shown) / Math.log(probabilityMin) * plotHeight;
        }

        double loss(double x) {
            return lossMin * Math.pow(lossMax / lossMin, (x - LEFT) / plotWidth);
        }

        boolean inPlot(double x, double y) {
            return x >= LEFT && x <= plotRight() && y >= top && y <= plotBottom();
        }
    }

    private static Curve lec(PortfolioLoss losses, double[] grid) {
        if (losses == null) {
            return null;
        }
        double[] chances = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            chances[i] = losses.exceedance(grid[i]);
        }
        return new Curve(grid, chances, losses::exceedance, List.of());
    }

    /** The grid and the tolerance's own points, so that its corners are drawn where they are. */
    private static Curve tolerance(ToleranceCurve tolerance, double[] grid) {
        if (tolerance == null) {
            return null;
        }
        TreeSet<Double> at = new TreeSet<>();
        for (double loss : grid) {
            at.add(loss);
        }
        for (ToleranceCurve.Point point : tolerance.points()) {
            at.add(point.loss());
        }
        double[] losses = at.stream().mapToDouble(Double::doubleValue).toArray();
        double[] chances = new double[losses.length];
        for (int i = 0; i < losses.length; i++) {
            chances[i] = tolerance.probabilityAt(losses[i]);
        }
        return new Curve(losses, chances, tolerance::probabilityAt, tolerance.points());
    }

    @SafeVarargs
    private static <T> List<T> nonNull(T... values) {
        List<T> present = new ArrayList<>(values.length);
        for (T value : values) {
            if (value != null) {
                present.add(value);
            }
        }
        return present;
    }

    /** The power of ten strictly below: 1 M for 1 M and for 5 M gives 100 k and 1 M. */
    static double decadeBelow(double value) {
        return Math.pow(10, Math.ceil(Math.log10(value) - 1e-9) - 1);
    }

    /** The power of ten strictly above: 10 M for 1 M and for 5 M. */
    static double decadeAbove(double value) {
        return Math.pow(10, Math.floor(Math.log10(value) + 1e-9) + 1);
    }

    private static List<Double> decades(double from, double to) {
        List<Double> decades = new ArrayList<>();
        long first = Math.round(Math.log10(from));
        long last = Math.round(Math.log10(to));
        for (long exponent = first; exponent <= last; exponent++) {
            decades.add(Math.pow(10, exponent));
        }
        return decades;
    }
}
