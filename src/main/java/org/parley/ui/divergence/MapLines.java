package org.parley.ui.divergence;

import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;
import org.parley.domain.DivergenceClass;

/**
 * The map's lines between each initiative's two points, when there are so many that they are rasterised
 * as one image (see {@link MapPainter#rastered}): drawn off the FX thread, once per layout and filter.
 */
final class MapLines {

    /** One thread for every map's lines: a newer picture waits for the one being drawn, never races it. */
    private static final Executor RASTERS = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-map-lines");
        thread.setDaemon(true);
        return thread;
    });

    private final Runnable ready;
    /** The rasterised lines of many items, and what they were drawn for; see {@link #linesFor}. */
    private Lines lines;
    /** What lines are being rasterised for off the FX thread; null when none are. */
    private Lines pending;

    /** {@code ready} runs on the FX thread when newly asked-for lines are ready to be drawn. */
    MapLines(Runnable ready) {
        this.ready = ready;
    }

    /**
     * The joining lines of thousands of items, once they are rasterised for this layout and filter; until
     * then null, and they are rasterised off the FX thread, and {@code ready} runs when they are.
     * Lines for a layout or filter that has changed meanwhile are dropped.
     */
    int[] linesFor(MapLayout current, MapState state) {
        if (!MapPainter.rastered(current, state)) {
            return null;
        }
        Lines wanted = new Lines(current, state.shownClasses(), null);
        if (lines != null && lines.sameAs(wanted)) {
            return lines.argb();
        }
        if (pending == null || !pending.sameAs(wanted)) {
            pending = wanted;
            Task<int[]> raster = new Task<>() {
                @Override
                protected int[] call() {
                    return MapPainter.rasterLines(current, state);
                }
            };
            raster.setOnSucceeded(e -> {
                if (wanted == pending) {
                    pending = null;
                    lines = new Lines(current, wanted.shown(), raster.getValue());
                    ready.run();
                }
            });
            raster.setOnFailed(e -> {
                if (wanted == pending) {
                    pending = null;
                }
                Thread fx = Thread.currentThread();
                fx.getUncaughtExceptionHandler().uncaughtException(fx, raster.getException());
            });
            RASTERS.execute(raster);
        }
        return null;
    }

    /** True while the lines of many items are being rasterised, so a test can wait for them. */
    boolean pending() {
        return pending != null;
    }

    /** Lines rasterised for one layout (items and size) and one set of shown classes. */
    private record Lines(MapLayout layout, Set<DivergenceClass> shown, int[] argb) {

        boolean sameAs(Lines other) {
            return layout == other.layout && shown.equals(other.shown);
        }
    }
}
