package org.parley.ui.common;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/** Makes sure no error goes unseen: every uncaught one is logged (by {@link Failures}) and shown. */
public final class UncaughtErrors {

    private static final Logger LOG = Logger.getLogger(UncaughtErrors.class.getName());

    private UncaughtErrors() {
    }

    /** Installs the handler for every thread, the FX thread included. Call from {@code start()}. */
    public static void install(DialogService dialogs) {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            Runnable show = () -> {
                try {
                    Failures.report(dialogs, "Something went wrong", error);
                } catch (RuntimeException dialogFailure) {
                    LOG.log(Level.SEVERE, "Uncaught error on thread " + thread.getName(), error);
                    LOG.log(Level.SEVERE, "Could not show the error dialog", dialogFailure);
                }
            };
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }
}
