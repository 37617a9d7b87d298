package org.parley.ui.divergence;

/**
 * Where a value (x, 1.0–5.0) and a risk score (y, 1–25, upwards) land in a chart of a given size, and
 * back. Pure arithmetic, so it is tested without a toolkit; the map and the frontier editor share it so
 * their axes line up.
 *
 * <p>The axes run a little past the scale (value 0.8–5.2, risk 0.5–25.5) so that points on the edges,
 * jittered, stay inside the plot, and so that the risk bands fill whole score steps (Low is 0.5–4.5).
 */
final class MapGeometry {

    static final double VALUE_MIN = 0.8;
    static final double VALUE_MAX = 5.2;
    static final double RISK_MIN = 0.5;
    static final double RISK_MAX = 25.5;

    private final double width;
    private final double height;
    private final double left;
    private final double top;
    private final double plotWidth;
    private final double plotHeight;

    /** A chart of {@code width × height} whose plot leaves these margins for ticks, titles and legend. */
    MapGeometry(double width, double height, double left, double top, double right, double bottom) {
        this.width = width;
        this.height = height;
        this.left = left;
        this.top = top;
        this.plotWidth = Math.max(1, width - left - right);
        this.plotHeight = Math.max(1, height - top - bottom);
    }

    /**
     * The charts' margins: tick labels and the axis title to the left, the legend above, band names to the
     * right, ticks and the axis title below. The map and the frontier editor both use it, so an appetite
     * edited in one lies exactly where the other draws it.
     */
    static MapGeometry of(double width, double height) {
        return new MapGeometry(width, height, 58, 40, 74, 48);
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    double plotLeft() {
        return left;
    }

    double plotTop() {
        return top;
    }

    double plotRight() {
        return left + plotWidth;
    }

    double plotBottom() {
        return top + plotHeight;
    }

    double plotWidth() {
        return plotWidth;
    }

    double plotHeight() {
        return plotHeight;
    }

    double x(double value) {
        return left + (value - VALUE_MIN) / (VALUE_MAX - VALUE_MIN) * plotWidth;
    }

    double y(double risk) {
        return top + (RISK_MAX - risk) / (RISK_MAX - RISK_MIN) * plotHeight;
    }

    double value(double x) {
        return VALUE_MIN + (x - left) / plotWidth * (VALUE_MAX - VALUE_MIN);
    }

    double risk(double y) {
        return RISK_MAX - (y - top) / plotHeight * (RISK_MAX - RISK_MIN);
    }

    /** Pixels per whole risk score, for sizing jitter and handles. */
    double riskStep() {
        return plotHeight / (RISK_MAX - RISK_MIN);
    }

    boolean inPlot(double x, double y) {
        return x >= left && x <= plotRight() && y >= top && y <= plotBottom();
    }
}
