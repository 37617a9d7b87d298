package org.parley.domain.quant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.apache.commons.math3.util.FastMath;
import org.parley.domain.RuleViolation;

/**
 * A party's loss tolerance (design.md, Quantitative mode): points "the chance that a year's losses exceed L must stay
 * below P", losses strictly increasing, probabilities above 0, below 1 and never rising. Between points the
 * probability is interpolated linearly in ln L; below the first point the first P holds, above the last the last P.
 *
 * @param points at least one, in order of loss
 */
public record ToleranceCurve(List<Point> points) {

    private static final String FIELD = "tolerance";
    private static final String EXAMPLE = "1000000:0.1,10000000:0.01";
    private static final Pattern NUMBER = Pattern.compile("\\d*\\.?\\d+");

    /** "The chance that a year's losses exceed {@code loss} must stay below {@code probability}." */
    public record Point(double loss, double probability) {
    }

    public ToleranceCurve {
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        if (points.isEmpty()) {
            throw new RuleViolation(FIELD, "A tolerance needs at least one point loss:probability, such as "
                    + EXAMPLE + ".");
        }
        for (int i = 0; i < points.size(); i++) {
            check(points, i);
        }
    }

    public static ToleranceCurve of(Point... points) {
        return new ToleranceCurve(List.of(points));
    }

    /**
     * Reads the command line's form, "L1:P1,L2:P2,...": each point a loss and a probability in plain digits, such as
     * {@value #EXAMPLE}; spaces around them allowed.
     */
    public static ToleranceCurve parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(FIELD, "Tolerance is empty; give points loss:probability separated by commas, "
                    + "such as " + EXAMPLE + ".");
        }
        String[] parts = text.split(",", -1);
        List<Point> points = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            String[] pair = part.split(":", -1);
            if (pair.length != 2) {
                throw new RuleViolation(FIELD, "Tolerance point " + (i + 1) + ": write it as loss:probability, such "
                        + "as 10000000:0.01, not \"" + part + "\".");
            }
            points.add(new Point(number(pair[0], i, "loss", "10000000"), number(pair[1], i, "probability", "0.01")));
        }
        return new ToleranceCurve(points);
    }

    /** The command line's form, which {@link #parse} reads back to an equal curve. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Point point : points) {
            text.append(text.length() == 0 ? "" : ",").append(Amounts.plain(point.loss())).append(':')
                    .append(Amounts.plain(point.probability()));
        }
        return text.toString();
    }

    /** The highest tolerated chance that a year's losses exceed {@code loss}. */
    public double probabilityAt(double loss) {
        if (Double.isNaN(loss)) {
            throw new IllegalArgumentException("A loss is a number, not NaN");
        }
        Point first = points.get(0);
        if (loss <= first.loss()) {
            return first.probability();
        }
        for (int i = 1; i < points.size(); i++) {
            Point to = points.get(i);
            if (loss < to.loss()) {
                Point from = points.get(i - 1);
                double along = (FastMath.log(loss) - FastMath.log(from.loss()))
                        / (FastMath.log(to.loss()) - FastMath.log(from.loss()));
                return from.probability() + along * (to.probability() - from.probability());
            }
        }
        return points.get(points.size() - 1).probability();
    }

    /**
     * Within when the chance of exceeding each point's loss is at most its probability, and the chance of exceeding
     * each percentile the simulation reports is at most the tolerance there; else outside.
     */
    public ToleranceVerdict verdict(PortfolioLoss lec) {
        return exceededFrom(lec).isPresent() ? ToleranceVerdict.OUTSIDE : ToleranceVerdict.WITHIN;
    }

    /**
     * The smallest loss from which this tolerance is exceeded on a curve, empty when it is within: the first of its
     * points that the curve exceeds, or when it exceeds none (the reported percentiles are checked too, see decision
     * 0032) the smallest such percentile's loss, which may be 0 when most years lose nothing.
     */
    public OptionalDouble exceededFrom(PortfolioLoss lec) {
        for (Point point : points) {
            if (lec.exceedance(point.loss()) > point.probability()) {
                return OptionalDouble.of(point.loss());
            }
        }
        for (double loss : lec.reportedPercentiles()) {
            if (lec.exceedance(loss) > probabilityAt(loss)) {
                return OptionalDouble.of(loss);
            }
        }
        return OptionalDouble.empty();
    }

    @Override
    public String toString() {
        return text();
    }

    private static double number(String text, int index, String what, String example) {
        String digits = text.strip();
        if (!NUMBER.matcher(digits).matches()) {
            throw new RuleViolation(FIELD, "Tolerance point " + (index + 1) + ": the " + what + " must be a number "
                    + "in plain digits, such as " + example + ", not \"" + digits + "\".");
        }
        return Double.parseDouble(digits);
    }

    private static void check(List<Point> points, int index) {
        Point point = Objects.requireNonNull(points.get(index), "point");
        String where = "Tolerance point " + (index + 1) + ": ";
        if (!(point.loss() > 0 && point.loss() < Double.POSITIVE_INFINITY)) {
            throw new RuleViolation(FIELD, where + "the loss must be an amount above 0, not "
                    + Amounts.plain(point.loss()) + ".");
        }
        if (!(point.probability() > 0 && point.probability() < 1)) {
            throw new RuleViolation(FIELD, where + "the probability must be above 0 and below 1, not "
                    + Amounts.plain(point.probability()) + ".");
        }
        if (index == 0) {
            return;
        }
        Point before = points.get(index - 1);
        if (!(point.loss() > before.loss())) {
            throw new RuleViolation(FIELD, where + "the loss must be above point " + index + "'s "
                    + Amounts.plain(before.loss()) + ", not " + Amounts.plain(point.loss()) + ".");
        }
        if (point.probability() > before.probability()) {
            throw new RuleViolation(FIELD, where + "the probability must not be above point " + index + "'s "
                    + Amounts.plain(before.probability()) + ", not " + Amounts.plain(point.probability()) + ".");
        }
    }
}
