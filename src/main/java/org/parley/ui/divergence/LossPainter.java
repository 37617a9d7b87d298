package org.parley.ui.divergence;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.parley.domain.quant.ToleranceCurve;
import org.parley.ui.common.LossAmounts;
import org.parley.ui.divergence.ChartPainter.LegendEntry;

/** Draws the Losses chart, the same for the screen and for a PNG export. */
final class LossPainter {

    static final String HINT = "Run the simulation to see the losses";

    private static final double[] AGREED_DASHES = {9, 5};
    /** Below this many pixels between decades, every other decade is labelled, so that labels never touch. */
    private static final double LABEL_ROOM = 46;

    /** How the parties are drawn and named. */
    record Style(Color colour1, Color colour2, String label1, String label2, String currency) {

        Color colour(int party) {
            return party == 1 ? colour1 : colour2;
        }

        String label(int party) {
            return party == 1 ? label1 : label2;
        }

        /** The lighter shade of a party's colour its tolerance is drawn in. */
        Color toleranceColour(int party) {
            return colour(party).interpolate(Color.WHITE, 0.3);
        }
    }

    private LossPainter() {
    }

    static void paint(GraphicsContext g, LossPlot plot, LossPlot.Axes axes, Style style) {
        g.clearRect(0, 0, axes.width(), axes.height());
        paintBackdrop(g, plot, axes, style.currency());
        g.save();
        clip(g, axes);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (int party = 1; party <= 2; party++) {
            paintTolerance(g, axes, plot.tolerance(party), style.toleranceColour(party), 1.5, null);
        }
        paintTolerance(g, axes, plot.tolerance(3), DivergenceStyles.NEUTRAL_INK, 1.75, AGREED_DASHES);
        for (int party = 1; party <= 2; party++) {
            if (plot.losses(party) != null) {
                g.setStroke(style.colour(party));
                g.setLineWidth(2.5);
                polyline(g, axes, plot.losses(party));
            }
        }
        g.restore();
        List<List<LegendEntry>> legend = legendLines(plot, style, axes.width());
        for (int line = 0; line < legend.size(); line++) {
            // paintLegend centres its line halfway down to the plot's top it is given.
            double y = legend.size() == 1 ? axes.plotTop() / 2 : 14 + 22 * line;
            ChartPainter.paintLegend(g, axes.plotLeft(), 2 * y, axes.width(), legend.get(line));
        }
        if (plot.noLosses()) {
            g.setFont(ChartPainter.font(14, false));
            g.setFill(ChartPainter.TICK_TEXT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(HINT, (axes.plotLeft() + axes.plotRight()) / 2, (axes.plotTop() + axes.plotBottom()) / 2);
        }
    }

    /** The axes at this size, under a legend of one line, or of two when one does not fit. */
    static LossPlot.Axes axes(LossPlot plot, Style style, double width, double height) {
        return plot.axes(width, height, legendLines(plot, style, width).size());
    }

    /** The labels of the loss axis as drawn, left to right: "1 k", "10 k", … */
    static List<String> lossLabels(LossPlot plot, LossPlot.Axes axes) {
        List<Double> decades = plot.lossDecades();
        int step = spacing(axes.plotRight() - axes.plotLeft(), decades.size());
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < decades.size(); i += step) {
            labels.add(LossAmounts.compact(decades.get(i)));
        }
        return labels;
    }

    /** "Annual loss (EUR)", or without the brackets when there is no currency. */
    static String lossTitle(String currency) {
        return currency == null || currency.isBlank() ? "Annual loss" : "Annual loss (" + currency.strip() + ")";
    }

    private static void paintBackdrop(GraphicsContext g, LossPlot plot, LossPlot.Axes axes, String currency) {
        double left = axes.plotLeft();
        double right = axes.plotRight();
        double top = axes.plotTop();
        double bottom = axes.plotBottom();
        g.setFill(ChartPainter.PLOT_BACKGROUND);
        g.fillRect(left, top, right - left, bottom - top);
        g.setLineWidth(1);
        g.setLineDashes();

        List<Double> lossDecades = plot.lossDecades();
        g.setStroke(ChartPainter.GRID.deriveColor(0, 1, 1, 0.4));
        for (double decade : lossDecades) {
            for (int k = 2; k <= 9 && decade * k < plot.lossMax(); k++) {
                double x = ChartPainter.crisp(axes.x(decade * k));
                g.strokeLine(x, top, x, bottom);
            }
        }
        for (double decade : plot.probabilityDecades()) {
            for (int k = 2; k <= 9 && decade * k < 1; k++) {
                double y = ChartPainter.crisp(axes.y(decade * k));
                g.strokeLine(left, y, right, y);
            }
        }

        Font tickFont = ChartPainter.font(12, false);
        g.setFont(tickFont);
        g.setFill(ChartPainter.TICK_TEXT);
        g.setStroke(ChartPainter.GRID);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int step = spacing(right - left, lossDecades.size());
        for (int i = 0; i < lossDecades.size(); i++) {
            double x = ChartPainter.crisp(axes.x(lossDecades.get(i)));
            g.strokeLine(x, top, x, bottom);
            if (i % step == 0) {
                g.fillText(LossAmounts.compact(lossDecades.get(i)), x, bottom + 6);
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double decade : plot.probabilityDecades()) {
            double y = ChartPainter.crisp(axes.y(decade));
            g.strokeLine(left, y, right, y);
            g.fillText(LossAmounts.percent(decade), left - 8, y);
        }

        ChartPainter.paintAxes(g, left, top, right, bottom, axes.height(), lossTitle(currency),
                "Yearly chance of exceeding");
    }

    /** 1 to label every decade, 2 for every other, … */
    private static int spacing(double plotWidth, int decades) {
        double room = plotWidth / Math.max(1, decades - 1);
        return Math.max(1, (int) Math.ceil(LABEL_ROOM / room));
    }

    private static void paintTolerance(GraphicsContext g, LossPlot.Axes axes, LossPlot.Curve curve, Color colour,
            double width, double[] dashes) {
        if (curve == null) {
            return;
        }
        g.setStroke(colour);
        g.setLineWidth(width);
        if (dashes != null) {
            g.setLineDashes(dashes);
        }
        polyline(g, axes, curve);
        g.setLineDashes();
        g.setFill(colour);
        g.setStroke(ChartPainter.PLOT_BACKGROUND);
        g.setLineWidth(1);
        for (ToleranceCurve.Point point : curve.points()) {
            double x = axes.x(point.loss());
            double y = axes.y(point.probability());
            g.fillOval(x - 4, y - 4, 8, 8);
            g.strokeOval(x - 4, y - 4, 8, 8);
        }
    }

    private static void polyline(GraphicsContext g, LossPlot.Axes axes, LossPlot.Curve curve) {
        double[] losses = curve.losses();
        double[] chances = curve.probabilities();
        g.beginPath();
        g.moveTo(axes.x(losses[0]), axes.y(chances[0]));
        for (int i = 1; i < losses.length; i++) {
            g.lineTo(axes.x(losses[i]), axes.y(chances[i]));
        }
        g.stroke();
    }

    /** The legend in one line, or in a narrow chart two: party 1's lines, then party 2's and the agreed one. */
    private static List<List<LegendEntry>> legendLines(LossPlot plot, Style style, double width) {
        List<LegendEntry> first = new ArrayList<>();
        List<LegendEntry> second = new ArrayList<>();
        for (int party = 1; party <= 2; party++) {
            List<LegendEntry> entries = party == 1 ? first : second;
            if (plot.losses(party) != null) {
                entries.add(new LegendEntry(LegendEntry.Kind.LINE, style.colour(party), style.label(party) + " losses"));
            }
            if (plot.tolerance(party) != null) {
                entries.add(new LegendEntry(LegendEntry.Kind.PARTY, style.toleranceColour(party),
                        style.label(party) + " tolerance"));
            }
        }
        if (plot.tolerance(3) != null) {
            second.add(new LegendEntry(LegendEntry.Kind.DASHED, DivergenceStyles.NEUTRAL_INK, "Agreed tolerance"));
        }
        List<LegendEntry> all = new ArrayList<>(first);
        all.addAll(second);
        if (first.isEmpty() || second.isEmpty() || ChartPainter.narrowLegendWidth(all) <= width - 8) {
            return List.of(all);
        }
        return List.of(first, second);
    }

    private static void clip(GraphicsContext g, LossPlot.Axes axes) {
        g.beginPath();
        g.rect(axes.plotLeft(), axes.plotTop(), axes.plotRight() - axes.plotLeft(), axes.plotBottom() - axes.plotTop());
        g.closePath();
        g.clip();
        g.beginPath();
    }
}
