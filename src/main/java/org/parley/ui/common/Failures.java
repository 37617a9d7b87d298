package org.parley.ui.common;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.domain.ParleyException;

/** Turns a failed piece of work into the right message: a rule's own words, or the details of a bug. */
public final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {
    }

    /** A failure handler for work described as, e.g., "Saving the initiative". */
    public static Consumer<Throwable> reportTo(DialogService dialogs, String title) {
        return error -> report(dialogs, title, error);
    }

    public static void report(DialogService dialogs, String title, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof ParleyException) {
            LOG.log(Level.INFO, title + ": " + cause.getMessage());
            dialogs.showError(title, cause.getMessage());
        } else {
            LOG.log(Level.SEVERE, title, cause);
            dialogs.showException(title, cause);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (!(current instanceof ParleyException) && current.getCause() != null
                && (current instanceof java.util.concurrent.ExecutionException
                        || current instanceof java.lang.reflect.UndeclaredThrowableException
                        || current.getClass().getName().startsWith("org.jooq.exception"))) {
            current = current.getCause();
        }
        return current;
    }
}
