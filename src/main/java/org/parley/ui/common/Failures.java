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

    /** The failure of that type among {@code error} and its causes, or null when there is none. */
    public static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** The rule a failure reports, wherever in its causes it is; else the failure itself. */
    private static Throwable unwrap(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParleyException) {
                return cause;
            }
        }
        return error;
    }
}
