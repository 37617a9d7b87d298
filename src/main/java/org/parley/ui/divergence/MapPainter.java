package org.parley.ui.divergence;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.parley.ui.divergence.ChartPainter.LegendEntry;

/**
 * Draws the divergence map, the same for the screen and for a PNG export. On screen it is two layers, so
 * that selecting an item among thousands redraws the frontiers and the ring, not every item.
 */
final class MapPainter {

    private static final Color JOIN = Color.web("#57606a");
    private static final Color RING = DivergenceStyles.NEUTRAL_INK;

    private MapPainter() {
    }

    /** Up to this many items their joining lines are stroked; above it they are rasterised, see {@link #rasterLines}. */
    static final int STROKED_LINES = 300;

    /** The whole map on one canvas, as for an export: {@link #paintBase} then {@link #paintTop}. */
    static void paint(GraphicsContext g, MapLayout layout, MapState state) {
        paintBase(g, layout, state, rastered(layout, state) ? rasterLines(layout, state) : null);
        paintTop(g, layout, state, false);
    }

    /**
     * What changes only with the items, the filter, the colours, the parties' frontiers or the size: the
     * plot, the zone where the frontiers disagree, and every item. The costly layer with thousands of items.
     *
     * @param lines the items' joining lines from {@link #rasterLines} when {@link #rastered}; null draws
     *              none, as while they are still being rasterised
     */
    static void paintBase(GraphicsContext g, MapLayout layout, MapState state, int[] lines) {
        MapGeometry geo = layout.geometry();
        g.clearRect(0, 0, geo.width(), geo.height());
        ChartPainter.paintBackdrop(g, geo);
        if (state.frontier1() != null && state.frontier2() != null) {
            ChartPainter.fillDisagreement(g, geo, state.frontier1(), state.frontier2());
        }
        paintItems(g, layout, state, lines);
    }

    /** Whether the items are too many to stroke their lines, so that they are rasterised instead. */
    static boolean rastered(MapLayout layout, MapState state) {
        return state.items().size() > STROKED_LINES;
    }

    /** What a click or a new appetite changes: the frontiers, the selected item and the legend. */
    static void paintTop(GraphicsContext g, MapLayout layout, MapState state, boolean clear) {
        MapGeometry geo = layout.geometry();
        if (clear) {
            g.clearRect(0, 0, geo.width(), geo.height());
        }
        if (state.frontier1() != null) {
            ChartPainter.strokeFrontier(g, geo, state.frontier1(), state.colour1(), 2.25, false);
        }
        if (state.frontier2() != null) {
            ChartPainter.strokeFrontier(g, geo, state.frontier2(), state.colour2(), 2.25, false);
        }
        if (state.agreed() != null) {
            ChartPainter.strokeFrontier(g, geo, state.agreed(), DivergenceStyles.NEUTRAL_INK, 2, true);
        }
        int selected = state.selectedIndex();
        if (selected >= 0 && state.shows(state.items().get(selected))) {
            paintSelected(g, layout, state, selected);
        }
        ChartPainter.paintLegend(g, geo, legend(state));
    }

    private static void paintItems(GraphicsContext g, MapLayout layout, MapState state, int[] lines) {
        List<MapItem> items = state.items();
        if (!rastered(layout, state)) {
            g.setLineDashes();
            g.setLineWidth(1.2);
            g.setStroke(JOIN.deriveColor(0, 1, 1, layout.lineAlpha()));
            for (int i = 0; i < items.size(); i++) {
                if (state.shows(items.get(i))) {
                    g.strokeLine(layout.x(2 * i), layout.y(2 * i), layout.x(2 * i + 1), layout.y(2 * i + 1));
                }
            }
        } else if (lines != null) {
            paintRasterLines(g, layout, lines);
        }
        Color first = state.colour1().deriveColor(0, 1, 1, layout.pointAlpha());
        Color second = state.colour2().deriveColor(0, 1, 1, layout.pointAlpha());
        if (!rastered(layout, state)) {
            paintOutlinedPoints(g, layout, state, first, second);
            return;
        }
        // Thousands of points: one small picture of a dot per party, stamped at whole pixels; several times
        // cheaper than an antialiased oval each, and at this density a half-pixel shift is invisible.
        Image[] dots = {dot(first, layout.pointRadius()), dot(second, layout.pointRadius())};
        double half = dots[0].getWidth() / 2;
        for (int i = 0; i < items.size(); i++) {
            if (!state.shows(items.get(i))) {
                continue;
            }
            for (int party = 0; party < 2; party++) {
                int point = 2 * i + party;
                g.drawImage(dots[party], Math.round(layout.x(point) - half), Math.round(layout.y(point) - half));
            }
        }
    }

    /**
     * The shown items' joining lines as ARGB pixels the size of the map. Plain Java, no toolkit: the map
     * works them out off the FX thread, which then only stamps them (decision 0020).
     */
    static int[] rasterLines(MapLayout layout, MapState state) {
        List<MapItem> items = state.items();
        MapGeometry geo = layout.geometry();
        LineRaster raster = new LineRaster(rasterWidth(geo), rasterHeight(geo));
        for (int i = 0; i < items.size(); i++) {
            if (state.shows(items.get(i))) {
                raster.line(layout.x(2 * i), layout.y(2 * i), layout.x(2 * i + 1), layout.y(2 * i + 1));
            }
        }
        int rgb = (int) Math.round(JOIN.getRed() * 255) << 16 | (int) Math.round(JOIN.getGreen() * 255) << 8
                | (int) Math.round(JOIN.getBlue() * 255);
        return raster.argb(rgb, layout.lineAlpha());
    }

    private static void paintRasterLines(GraphicsContext g, MapLayout layout, int[] argb) {
        MapGeometry geo = layout.geometry();
        int width = rasterWidth(geo);
        int height = rasterHeight(geo);
        WritableImage lines = new WritableImage(width, height);
        lines.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        g.drawImage(lines, 0, 0);
    }

    private static int rasterWidth(MapGeometry geo) {
        return Math.max(1, (int) Math.ceil(geo.width()));
    }

    private static int rasterHeight(MapGeometry geo) {
        return Math.max(1, (int) Math.ceil(geo.height()));
    }

    /** Few points: vector ovals with a white rim, so that overlapping ones stay apart. */
    private static void paintOutlinedPoints(GraphicsContext g, MapLayout layout, MapState state, Color first,
            Color second) {
        List<MapItem> items = state.items();
        double r = layout.pointRadius();
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        for (int i = 0; i < items.size(); i++) {
            if (!state.shows(items.get(i))) {
                continue;
            }
            for (int party = 0; party < 2; party++) {
                int point = 2 * i + party;
                g.setFill(party == 0 ? first : second);
                g.fillOval(layout.x(point) - r, layout.y(point) - r, 2 * r, 2 * r);
                g.strokeOval(layout.x(point) - r, layout.y(point) - r, 2 * r, 2 * r);
            }
        }
    }

    /** An antialiased dot of this colour (its opacity included) and radius, on a transparent square. */
    static Image dot(Color colour, double radius) {
        int size = (int) Math.ceil(2 * radius) + 2;
        WritableImage dot = new WritableImage(size, size);
        PixelWriter pixels = dot.getPixelWriter();
        double centre = size / 2.0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double distance = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
                double coverage = Math.min(1, Math.max(0, radius + 0.5 - distance));
                pixels.setColor(x, y, coverage == 0 ? Color.TRANSPARENT : colour.deriveColor(0, 1, 1, coverage));
            }
        }
        return dot;
    }

    private static void paintSelected(GraphicsContext g, MapLayout layout, MapState state, int item) {
        double r = Math.max(5.5, layout.pointRadius() + 1.5);
        g.setLineDashes();
        g.setStroke(RING);
        g.setLineWidth(2);
        g.strokeLine(layout.x(2 * item), layout.y(2 * item), layout.x(2 * item + 1), layout.y(2 * item + 1));
        for (int party = 0; party < 2; party++) {
            int point = 2 * item + party;
            double x = layout.x(point);
            double y = layout.y(point);
            g.setFill(Color.WHITE);
            g.fillOval(x - r - 4, y - r - 4, 2 * (r + 4), 2 * (r + 4));
            g.setStroke(RING);
            g.setLineWidth(2);
            g.strokeOval(x - r - 4, y - r - 4, 2 * (r + 4), 2 * (r + 4));
            g.setFill(party == 0 ? state.colour1() : state.colour2());
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private static List<LegendEntry> legend(MapState state) {
        List<LegendEntry> entries = new ArrayList<>();
        entries.add(new LegendEntry(LegendEntry.Kind.PARTY, state.colour1(), state.label1()));
        entries.add(new LegendEntry(LegendEntry.Kind.PARTY, state.colour2(), state.label2()));
        if (state.agreed() != null) {
            entries.add(new LegendEntry(LegendEntry.Kind.DASHED, DivergenceStyles.NEUTRAL_INK, "agreed appetite"));
        }
        if (state.frontier1() != null && state.frontier2() != null
                && !FrontierPath.same(state.frontier1(), state.frontier2())) {
            entries.add(new LegendEntry(LegendEntry.Kind.ZONE, ChartPainter.DISAGREEMENT, "frontiers disagree"));
        }
        return entries;
    }
}
