package org.parley.ui.divergence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.parley.domain.Seat;
import org.parley.domain.quant.PortfolioLoss;
import org.parley.domain.quant.ToleranceCurve;
import org.parley.ui.common.LossAmounts;

/**
 * The Losses chart: each party's loss exceedance curve, its tolerance in a lighter shade with its points marked, and
 * the agreed tolerance dashed, on a log loss axis and a log chance axis (see {@link LossPlot} for why). Hovering a line
 * says what it reads there: "CISO: 12% chance a year's losses exceed 2.0 M EUR".
 *
 * <p>The curves are sampled once per change of the data; a change only marks the chart dirty and it redraws once,
 * after the current event. Until a party's losses are simulated it says how to get them.
 */
public final class LossChart extends PartyChart {

    /** How near a line, in pixels, the pointer must be to read it. */
    private static final double HOVER_REACH = 8;

    private final ObjectProperty<PortfolioLoss> losses1 = new SimpleObjectProperty<>(this, "losses1");
    private final ObjectProperty<PortfolioLoss> losses2 = new SimpleObjectProperty<>(this, "losses2");
    private final ObjectProperty<ToleranceCurve> tolerance1 = new SimpleObjectProperty<>(this, "tolerance1");
    private final ObjectProperty<ToleranceCurve> tolerance2 = new SimpleObjectProperty<>(this, "tolerance2");
    private final ObjectProperty<ToleranceCurve> agreedTolerance = new SimpleObjectProperty<>(this, "agreedTolerance");
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "");

    private final Canvas canvas;
    private final Label hover = new Label();
    private final Circle marker = new Circle(5);
    private LossPlot plot;
    /** The axes at the current size, data and legend; measured once, not on every move of the pointer. */
    private LossPlot.Axes measured;
    private int paints;
    private int samplings;

    public LossChart() {
        this(new Canvas());
    }

    private LossChart(Canvas canvas) {
        super("the losses chart", 900, 500, canvas);
        this.canvas = canvas;
        getStyleClass().add("loss-chart");
        canvas.setId("loss-canvas");
        hover.setId("loss-hover");
        hover.getStyleClass().add("map-hover");
        marker.setStroke(Color.WHITE);
        marker.setStrokeWidth(2);
        for (Node node : List.of(marker, hover)) {
            node.setManaged(false);
            node.setMouseTransparent(true);
            node.setVisible(false);
        }
        getChildren().addAll(marker, hover);

        for (Observable data : List.of(losses1, losses2, tolerance1, tolerance2, agreedTolerance)) {
            data.addListener(o -> {
                plot = null;
                measured = null;
                hideHover();
                invalidate();
            });
        }
        for (Observable look : List.of(colour1Property(), colour2Property(), label1Property(), label2Property(),
                currency)) {
            look.addListener(o -> {
                measured = null;
                invalidate();
            });
        }
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> onMove(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideHover());
    }

    // properties

    /** Party 1's simulated portfolio loss; null until simulated. */
    public ObjectProperty<PortfolioLoss> losses1Property() {
        return losses1;
    }

    public ObjectProperty<PortfolioLoss> losses2Property() {
        return losses2;
    }

    /** Party 1's tolerance, in a lighter shade of party 1's colour; null draws none. */
    public ObjectProperty<ToleranceCurve> tolerance1Property() {
        return tolerance1;
    }

    public ObjectProperty<ToleranceCurve> tolerance2Property() {
        return tolerance2;
    }

    /** The agreed tolerance, dashed in neutral ink; null draws none. */
    public ObjectProperty<ToleranceCurve> agreedToleranceProperty() {
        return agreedTolerance;
    }

    /** The workshop's currency, e.g. "EUR", on the loss axis and in the hover text; blank for none. */
    public StringProperty currencyProperty() {
        return currency;
    }

    // commands

    @Override
    public WritableImage render(double width, double height, double scale) {
        LossPlot current = currentPlot();
        LossPainter.Style style = style();
        return picture("the losses chart", width, height, scale, (g, w, h) -> LossPainter.paint(g, current,
                LossPainter.axes(current, style, w, h), style));
    }

    /**
     * What the pointer at (x, y), in this chart's coordinates, reads off the nearest line within reach: "CISO: 12%
     * chance a year's losses exceed 2.0 M EUR", "CTO's tolerance: at most 10% chance …"; empty off the lines.
     */
    public Optional<String> textAt(double x, double y) {
        return reading(x - canvas.getLayoutX(), y - canvas.getLayoutY()).map(Reading::text);
    }

    /** Where a party's loss exceedance curve (1 or 2) passes a loss, in this chart's coordinates. */
    Optional<Point2D> pointOf(int party, double loss) {
        LossPlot.Curve curve = currentPlot().losses(party);
        if (curve == null) {
            return Optional.empty();
        }
        LossPlot.Axes axes = axes();
        return Optional.of(new Point2D(axes.x(loss) + canvas.getLayoutX(),
                axes.y(curve.at().applyAsDouble(loss)) + canvas.getLayoutY()));
    }

    /** The loss axis's labels as drawn at the current size. */
    List<String> lossLabels() {
        return LossPainter.lossLabels(currentPlot(), axes());
    }

    /** How often the chart was drawn, so a test can see that many changes make one redraw. */
    int paints() {
        return paints;
    }

    /** How often the curves were sampled, so a test can see that a redraw alone does not sample them. */
    int samplings() {
        return samplings;
    }

    @Override
    void paint() {
        paints++;
        LossPainter.paint(canvas.getGraphicsContext2D(), currentPlot(), axes(), style());
    }

    @Override
    void resized() {
        measured = null;
        hideHover();
    }

    private LossPlot currentPlot() {
        if (plot == null) {
            samplings++;
            plot = LossPlot.of(losses1.get(), losses2.get(), tolerance1.get(), tolerance2.get(),
                    agreedTolerance.get());
        }
        return plot;
    }

    private LossPlot.Axes axes() {
        if (measured == null) {
            measured = LossPainter.axes(currentPlot(), style(), canvas.getWidth(), canvas.getHeight());
        }
        return measured;
    }

    private LossPainter.Style style() {
        return new LossPainter.Style(colourOf(Seat.FIRST), colourOf(Seat.SECOND), labelOf(Seat.FIRST),
                labelOf(Seat.SECOND), currency.get());
    }

    /** A line read under the pointer: where, in what colour, and in words. */
    private record Reading(double x, double y, Color colour, String text) {
    }

    /** A line as the pointer reads it: whose it is, and whether it is a tolerance ("at most"). */
    private record Line(LossPlot.Curve curve, Color colour, String who, boolean tolerance) {
    }

    /** The lines drawn, losses first, so that they win a tie: they are drawn on top. */
    private static List<Line> lines(LossPlot plot, LossPainter.Style style) {
        List<Line> lines = new ArrayList<>(5);
        for (int party = 1; party <= 2; party++) {
            lines.add(new Line(plot.losses(party), style.colour(party), style.label(party), false));
        }
        for (int party = 1; party <= 2; party++) {
            lines.add(new Line(plot.tolerance(party), style.toleranceColour(party),
                    style.label(party) + "'s tolerance", true));
        }
        lines.add(new Line(plot.tolerance(3), DivergenceStyles.NEUTRAL_INK, "Agreed tolerance", true));
        lines.removeIf(line -> line.curve() == null);
        return lines;
    }

    /** The nearest line within reach of (x, y) on the canvas. */
    private Optional<Reading> reading(double x, double y) {
        LossPlot.Axes axes = axes();
        if (!axes.inPlot(x, y)) {
            return Optional.empty();
        }
        double loss = axes.loss(x);
        LossPainter.Style style = style();
        Reading best = null;
        double bestDistance = HOVER_REACH;
        for (Line line : lines(currentPlot(), style)) {
            double chance = line.curve().at().applyAsDouble(loss);
            double distance = Math.abs(axes.y(chance) - y);
            if (distance <= bestDistance && (best == null || distance < bestDistance)) {
                bestDistance = distance;
                best = new Reading(x, axes.y(chance), line.colour(),
                        hoverText(line.who(), line.tolerance(), chance, loss, style.currency()));
            }
        }
        return Optional.ofNullable(best);
    }

    /** "CISO: 12% chance a year's losses exceed 2.0 M EUR"; a tolerance's says "at most". */
    static String hoverText(String who, boolean tolerance, double chance, double loss, String currency) {
        return who + ": " + (tolerance ? "at most " : "") + LossAmounts.percent(chance)
                + " chance a year's losses exceed " + LossAmounts.withCurrency(LossAmounts.approximate(loss), currency);
    }

    private void onMove(double x, double y) {
        Optional<Reading> found = reading(x, y);
        if (found.isEmpty()) {
            hideHover();
            return;
        }
        Reading reading = found.get();
        hover.setText(reading.text());
        hover.setVisible(true);
        hover.applyCss();
        hover.autosize();
        double px = canvas.getLayoutX() + reading.x();
        double py = canvas.getLayoutY() + reading.y();
        double left = px + 14 + hover.getWidth() <= getWidth() ? px + 14 : px - 14 - hover.getWidth();
        double top = py - 14 - hover.getHeight() >= 0 ? py - 14 - hover.getHeight() : py + 14;
        hover.relocate(Math.round(Math.max(0, left)), Math.round(top));
        marker.setFill(reading.colour());
        marker.setCenterX(px);
        marker.setCenterY(py);
        marker.setVisible(true);
    }

    private void hideHover() {
        hover.setVisible(false);
        marker.setVisible(false);
    }
}
