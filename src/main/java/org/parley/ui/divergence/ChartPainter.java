package org.parley.ui.divergence;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.parley.domain.Band;
import org.parley.domain.Frontier;
import org.parley.ui.UiFonts;

/**
 * What the divergence map and the frontier editor draw alike on their canvases: the value × risk plot with
 * its bands, grid, ticks and titles, frontiers, the zone between two frontiers, and a one-line legend.
 */
final class ChartPainter {

    static final Color PLOT_BACKGROUND = Color.WHITE;
    static final Color GRID = Color.web("#d0d7de", 0.75);
    static final Color AXIS = Color.web("#8c959f");
    static final Color TICK_TEXT = Color.web("#57606a");
    static final Color TITLE_TEXT = Color.web("#24292f");
    /** The zone where two frontiers disagree: a neutral violet-grey that reads on every band tint. */
    static final Color DISAGREEMENT = Color.web("#6e40c9", 0.13);

    private static final int[] RISK_TICKS = {1, 5, 10, 15, 20, 25};
    private static final double[] AGREED_DASHES = {9, 5};
    private static final double[] CAP_DASHES = {5, 4};

    private ChartPainter() {
    }

    /** The UI font the stylesheet names, at a chart size, so that canvas text measures like the labels. */
    static Font font(double size, boolean bold) {
        return Font.font(UiFonts.FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** Pixel-crisp position for a one-pixel line. */
    static double crisp(double coordinate) {
        return Math.floor(coordinate) + 0.5;
    }

    /** Plot background, band tints, grid, axes, tick labels, axis titles and the band names on the right. */
    static void paintBackdrop(GraphicsContext g, MapGeometry geo) {
        double left = geo.plotLeft();
        double right = geo.plotRight();
        double top = geo.plotTop();
        double bottom = geo.plotBottom();
        g.setFill(PLOT_BACKGROUND);
        g.fillRect(left, top, geo.plotWidth(), geo.plotHeight());
        Font bandFont = font(12, true);
        for (Band band : Band.values()) {
            double bandTop = geo.y(Math.min(band.to() + 0.5, MapGeometry.RISK_MAX));
            double bandBottom = geo.y(Math.max(band.from() - 0.5, MapGeometry.RISK_MIN));
            g.setFill(DivergenceStyles.tintOf(band).deriveColor(0, 1, 1, 0.55));
            g.fillRect(left, bandTop, geo.plotWidth(), bandBottom - bandTop);
            g.setFill(DivergenceStyles.tintOf(band));
            g.fillRect(right + 1, bandTop, 4, bandBottom - bandTop);
            g.setFill(DivergenceStyles.inkOf(band));
            g.setFont(bandFont);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(band.label(), right + 10, (bandTop + bandBottom) / 2);
        }

        g.setLineWidth(1);
        g.setStroke(GRID);
        g.setLineDashes();
        Font tickFont = font(12, false);
        g.setFont(tickFont);
        g.setFill(TICK_TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int value = 1; value <= 5; value++) {
            double x = crisp(geo.x(value));
            g.strokeLine(x, top, x, bottom);
            g.fillText(value + ".0", x, bottom + 6);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int risk : RISK_TICKS) {
            double y = crisp(geo.y(risk));
            g.strokeLine(left, y, right, y);
            g.fillText(Integer.toString(risk), left - 8, y);
        }

        paintAxes(g, left, top, right, bottom, geo.height(), "Innovation value", "Risk score");
    }

    /**
     * The two axis lines of a plot from ({@code left}, {@code top}) to ({@code right}, {@code bottom}), the x title
     * centred under it at the foot of a chart {@code height} tall, the y title turned up along the left edge.
     */
    static void paintAxes(GraphicsContext g, double left, double top, double right, double bottom, double height,
            String xTitle, String yTitle) {
        g.setStroke(AXIS);
        g.strokeLine(crisp(left), top, crisp(left), crisp(bottom));
        g.strokeLine(crisp(left), crisp(bottom), right, crisp(bottom));

        Font titleFont = font(12.5, true);
        g.setFont(titleFont);
        g.setFill(TITLE_TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xTitle, (left + right) / 2, height - 6);
        g.save();
        g.translate(16, (top + bottom) / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yTitle, 0, 0);
        g.restore();
    }

    /** A frontier's line, solid where it follows its levels and short-dashed where the cap bites. */
    static void strokeFrontier(GraphicsContext g, MapGeometry geo, Frontier frontier, Color colour, double width,
            boolean dashed) {
        g.save();
        g.setStroke(colour);
        g.setLineWidth(width);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        clipToPlot(g, geo);
        List<FrontierPath.Segment> segments = FrontierPath.segments(frontier);
        boolean open = false;
        // Consecutive solid pieces are one path, so their joins are round instead of overlapping caps.
        for (FrontierPath.Segment segment : segments) {
            if (segment.capped() || dashed) {
                if (open) {
                    g.stroke();
                    open = false;
                }
                g.setLineDashes(dashed ? AGREED_DASHES : CAP_DASHES);
                g.strokeLine(geo.x(segment.value1()), geo.y(segment.risk1()), geo.x(segment.value2()),
                        geo.y(segment.risk2()));
                g.setLineDashes();
            } else {
                if (!open) {
                    g.beginPath();
                    g.moveTo(geo.x(segment.value1()), geo.y(segment.risk1()));
                    open = true;
                }
                g.lineTo(geo.x(segment.value2()), geo.y(segment.risk2()));
            }
        }
        if (open) {
            g.stroke();
        }
        g.restore();
    }

    /** Shades the zone between two frontiers, where one accepts what the other rejects. */
    static void fillDisagreement(GraphicsContext g, MapGeometry geo, Frontier a, Frontier b) {
        if (FrontierPath.same(a, b)) {
            return;
        }
        List<double[]> polygon = FrontierPath.disagreement(a, b);
        double[] xs = new double[polygon.size()];
        double[] ys = new double[polygon.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = geo.x(polygon.get(i)[0]);
            ys[i] = geo.y(polygon.get(i)[1]);
        }
        g.save();
        clipToPlot(g, geo);
        g.setFill(DISAGREEMENT);
        g.fillPolygon(xs, ys, xs.length);
        g.restore();
    }

    static void clipToPlot(GraphicsContext g, MapGeometry geo) {
        g.beginPath();
        g.rect(geo.plotLeft(), geo.plotTop(), geo.plotWidth(), geo.plotHeight());
        g.closePath();
        g.clip();
        g.beginPath();
    }

    /** One entry of a chart's legend. */
    record LegendEntry(Kind kind, Color colour, String text) {
        enum Kind { PARTY, LINE, DASHED, ZONE }
    }

    /**
     * The legend in one line above the plot, starting at its left edge; in a narrow chart (the appetite editor
     * beside the map) the samples and gaps shrink and it may start further left, so that no entry is cut off.
     */
    static void paintLegend(GraphicsContext g, MapGeometry geo, List<LegendEntry> entries) {
        paintLegend(g, geo.plotLeft(), geo.plotTop(), geo.width(), entries);
    }

    /** The legend of a chart {@code width} wide whose plot starts at ({@code plotLeft}, {@code plotTop}). */
    static void paintLegend(GraphicsContext g, double plotLeft, double plotTop, double width,
            List<LegendEntry> entries) {
        Font legendFont = font(12.5, false);
        g.save();
        g.setFont(legendFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double sample = 22;
        double gap = 18;
        double x = plotLeft;
        if (x + legendWidth(entries, legendFont, sample, gap) > width) {
            sample = 14;
            gap = 10;
            x = Math.max(4, Math.min(x, width - legendWidth(entries, legendFont, sample, gap)));
        }
        double y = plotTop / 2;
        for (LegendEntry entry : entries) {
            switch (entry.kind()) {
                case PARTY -> {
                    g.setStroke(entry.colour());
                    g.setLineWidth(2);
                    g.strokeLine(x, y, x + sample, y);
                    g.setFill(entry.colour());
                    g.fillOval(x + sample / 2 - 4.5, y - 4.5, 9, 9);
                }
                case LINE -> {
                    g.setStroke(entry.colour());
                    g.setLineWidth(2);
                    g.strokeLine(x, y, x + sample, y);
                }
                case DASHED -> {
                    g.setStroke(entry.colour());
                    g.setLineWidth(2);
                    g.setLineDashes(6, 3);
                    g.strokeLine(x, y, x + sample, y);
                    g.setLineDashes();
                }
                case ZONE -> {
                    g.setFill(DISAGREEMENT.deriveColor(0, 1, 1, 1.6));
                    g.fillRoundRect(x, y - 6, sample, 12, 3, 3);
                }
                default -> throw new IllegalStateException();
            }
            x += sample + 6;
            g.setFill(TITLE_TEXT);
            g.fillText(entry.text(), x, y);
            x += textWidth(entry.text(), legendFont) + gap;
        }
        g.restore();
    }

    /** How wide the legend is at its narrowest, with the small samples and gaps of a narrow chart. */
    static double narrowLegendWidth(List<LegendEntry> entries) {
        return legendWidth(entries, font(12.5, false), 14, 10);
    }

    private static double legendWidth(List<LegendEntry> entries, Font legendFont, double sample, double gap) {
        double width = 0;
        for (LegendEntry entry : entries) {
            width += sample + 6 + textWidth(entry.text(), legendFont) + gap;
        }
        return width - gap;
    }
}
