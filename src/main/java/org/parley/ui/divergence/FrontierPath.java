package org.parley.ui.divergence;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.parley.domain.Frontier;

/**
 * A frontier as something to draw, in score units: the line through its five levels held under its cap,
 * split where the cap starts and stops biting, and the zone between two frontiers. Pure arithmetic;
 * every piece is straight between the break points, so nothing is sampled.
 */
final class FrontierPath {

    /** A straight piece of a frontier from (value1, risk1) to (value2, risk2); on the cap when capped. */
    record Segment(double value1, double risk1, double value2, double risk2, boolean capped) {
    }

    private FrontierPath() {
    }

    /** The line through the five levels, before the cap. */
    static double line(Frontier frontier, double value) {
        int lower = Math.min((int) Math.floor(value), Frontier.LEVELS - 1);
        lower = Math.max(lower, 1);
        double from = frontier.level(lower);
        return from + (value - lower) * (frontier.level(lower + 1) - from);
    }

    /** What the frontier accepts at this value: the line, held under the cap. */
    static double limit(Frontier frontier, double value) {
        double line = line(frontier, value);
        return frontier.cap().isPresent() ? Math.min(line, frontier.cap().getAsInt()) : line;
    }

    /** The drawn frontier from value 1 to 5: the solid pieces, and the capped ones to dash. */
    static List<Segment> segments(Frontier frontier) {
        TreeSet<Double> breaks = breaks(frontier);
        List<Segment> segments = new ArrayList<>();
        Double previous = null;
        for (double value : breaks) {
            if (previous != null) {
                double middle = (previous + value) / 2;
                boolean capped = frontier.cap().isPresent() && line(frontier, middle) > frontier.cap().getAsInt();
                Segment next = new Segment(previous, limit(frontier, previous), value, limit(frontier, value), capped);
                merge(segments, next);
            }
            previous = value;
        }
        return segments;
    }

    /** Joins a capped piece to a capped piece before it, so the dashes of a long cap run on evenly. */
    private static void merge(List<Segment> segments, Segment next) {
        if (!segments.isEmpty() && next.capped() && segments.get(segments.size() - 1).capped()) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(last.value1(), last.risk1(), next.value2(), next.risk2(), true));
        } else {
            segments.add(next);
        }
    }

    /**
     * The zone where the two frontiers disagree, as one polygon of {value, risk} points: along the upper of
     * the two from value 1 to 5, then back along the lower. Where they agree the polygon pinches to nothing.
     */
    static List<double[]> disagreement(Frontier a, Frontier b) {
        TreeSet<Double> breaks = breaks(a);
        breaks.addAll(breaks(b));
        List<Double> values = new ArrayList<>(breaks);
        // Where the two lines cross, the upper and the lower change places: a corner of the polygon.
        for (int i = 0; i + 1 < values.size(); i++) {
            double from = values.get(i);
            double to = values.get(i + 1);
            double gapFrom = limit(a, from) - limit(b, from);
            double gapTo = limit(a, to) - limit(b, to);
            if (gapFrom * gapTo < 0) {
                breaks.add(from + (to - from) * gapFrom / (gapFrom - gapTo));
            }
        }
        List<double[]> upper = new ArrayList<>();
        List<double[]> lower = new ArrayList<>();
        for (double value : breaks) {
            double first = limit(a, value);
            double second = limit(b, value);
            upper.add(new double[] {value, Math.max(first, second)});
            lower.add(0, new double[] {value, Math.min(first, second)});
        }
        upper.addAll(lower);
        return upper;
    }

    /** True when the two frontiers accept exactly the same, so there is no zone to shade. */
    static boolean same(Frontier a, Frontier b) {
        TreeSet<Double> breaks = breaks(a);
        breaks.addAll(breaks(b));
        // Both are straight between the joint break points, so agreeing on those is agreeing everywhere.
        for (double value : breaks) {
            if (Math.abs(limit(a, value) - limit(b, value)) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** Values 1..5 and where the line crosses the cap: between two of them the drawn frontier is straight. */
    private static TreeSet<Double> breaks(Frontier frontier) {
        TreeSet<Double> breaks = new TreeSet<>();
        for (int level = 1; level <= Frontier.LEVELS; level++) {
            breaks.add((double) level);
        }
        if (frontier.cap().isPresent()) {
            int cap = frontier.cap().getAsInt();
            for (int level = 1; level < Frontier.LEVELS; level++) {
                int from = frontier.level(level);
                int to = frontier.level(level + 1);
                if (from < cap && cap < to) {
                    breaks.add(level + (double) (cap - from) / (to - from));
                }
            }
        }
        return breaks;
    }
}
