package org.parley.ui.divergence;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * What the map, the appetite editor and the losses chart share: a chart drawn on canvases stacked over each
 * other, sized to the region, redrawn once after the current event however many changes it brings, and at
 * once when the size changes, so a resized window never shows a stretched old picture.
 *
 * <p>A subclass paints in {@link #paint()} and calls {@link #invalidate()} when something it draws
 * changes; nodes it lays over the canvases (handles, hover cards) go in {@link #laidOut()}. The value ×
 * risk charts measure on {@link #geometry()}; a chart with other axes (the losses) measures its own.
 */
abstract class CanvasChart extends Region {

    private final List<Canvas> layers;
    private final double prefWidth;
    private final double prefHeight;
    private boolean redrawQueued;

    /** The layers bottom first; the first is the one the geometry is measured on. */
    CanvasChart(double prefWidth, double prefHeight, Canvas... layers) {
        this.prefWidth = prefWidth;
        this.prefHeight = prefHeight;
        this.layers = List.of(layers);
        getChildren().addAll(layers);
    }

    /** Draws the chart on its canvases, which are at least 1 × 1. */
    abstract void paint();

    /** Called when the canvases have just been resized, before they are drawn again. */
    void resized() {
    }

    /** Called at the end of every layout, to place nodes over the canvases. */
    void laidOut() {
    }

    /** The bottom canvas: where points and handles are measured from. */
    final Canvas base() {
        return layers.get(0);
    }

    /** The value × risk axes of the map and the editor at the canvases' current size. */
    final MapGeometry geometry() {
        return MapGeometry.of(base().getWidth(), base().getHeight());
    }

    /** Draws a chart in its own coordinates, {@code width} × {@code height}, whatever the picture's resolution. */
    @FunctionalInterface
    interface Painting {
        void paint(GraphicsContext g, double width, double height);
    }

    /**
     * A picture for an export: {@code paint} draws the chart at {@code width} × {@code height} on a new canvas
     * {@code scale} times as large, taken on white; on the FX thread. The canvas is drawn scaled rather than its
     * picture enlarged, so that lines and text stay sharp at print resolution. {@code what} names the chart in a
     * refusal, e.g. "the map".
     */
    static WritableImage picture(String what, double width, double height, double scale, Painting paint) {
        if (!(width >= 1 && height >= 1)) {
            throw new IllegalArgumentException("A picture of " + what + " needs a size, not " + width + " × " + height);
        }
        if (!(scale >= 1 && scale <= 8)) {
            throw new IllegalArgumentException("A picture of " + what + " is drawn 1 to 8 times as large, not " + scale);
        }
        Canvas offscreen = new Canvas(Math.round(width * scale), Math.round(height * scale));
        GraphicsContext g = offscreen.getGraphicsContext2D();
        g.scale(scale, scale);
        paint.paint(g, Math.round(width), Math.round(height));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return offscreen.snapshot(parameters, null);
    }

    /** Marks the chart to draw once after the current event. */
    final void invalidate() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(this::redraw);
        }
    }

    private void redraw() {
        redrawQueued = false;
        if (base().getWidth() >= 1 && base().getHeight() >= 1) {
            paint();
        }
    }

    @Override
    protected final void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = snapSizeX(getWidth() - x - snappedRightInset());
        double height = snapSizeY(getHeight() - y - snappedBottomInset());
        for (Canvas layer : layers) {
            layer.relocate(x, y);
        }
        if (base().getWidth() != width || base().getHeight() != height) {
            for (Canvas layer : layers) {
                layer.setWidth(Math.max(0, width));
                layer.setHeight(Math.max(0, height));
            }
            resized();
            redraw();
        }
        laidOut();
    }

    @Override
    protected double computePrefWidth(double height) {
        return prefWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return prefHeight;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 320;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 220;
    }
}
