package org.parley.app;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.parley.domain.ParleyException;
import org.parley.exchange.pdf.BoardPack;
import org.parley.exchange.pdf.Figure;
import org.parley.ui.divergence.BoardPackFigures;

/**
 * The board pack's charts on the command line, where there may be no display: JavaFX started on Monocle's headless
 * platform with its software renderer, so that the window's own painters draw them (decision 0035).
 */
final class HeadlessFigures {

    private static final long START_SECONDS = 60;
    private static boolean started;

    private HeadlessFigures() {
    }

    static List<Figure> draw(BoardPack pack) {
        start();
        return BoardPackFigures.drawOnFxThread(pack);
    }

    private static synchronized void start() {
        if (started) {
            return;
        }
        // Chosen only when nobody chose a platform: the tests run the command inside a toolkit they started.
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new ParleyException("Could not start JavaFX to draw the board pack's charts (" + e + "). Parley's "
                    + "own launcher, target/parley or the installed parley, has what it needs.", e);
        }
        try {
            if (!ready.await(START_SECONDS, TimeUnit.SECONDS)) {
                throw new ParleyException("Could not start the drawing of the charts within " + START_SECONDS
                        + " seconds.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParleyException("Interrupted while starting the drawing of the charts.", e);
        }
        // The command ends the program itself; the toolkit must not end when its last window closes.
        Platform.setImplicitExit(false);
        started = true;
    }
}
