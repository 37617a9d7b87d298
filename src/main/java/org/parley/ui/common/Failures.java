package org.parley.ui.common;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.domain.ParleyException;

/** Turns a failed piece of work into the right message: a rule's own words, or the details of a bug. */
public final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());
    private static volatile UnaryOperator<Throwable> explainer = UnaryOperator.identity();

    private Failures() {
    }

    /** A failure handler for work described as, e.g., "Saving the initiative". */
    public static Consumer<Throwable> reportTo(DialogService dialogs, String title) {
        return error -> report(dialogs, title, error);
    }

    /**
     * Lets the app put into words failures this package may not know of, such as a full disk under the store:
     * {@code explain} returns a {@link ParleyException} for those, else the failure it was given.
     */
    public static void explainWith(UnaryOperator<Throwable> explain) {
        explainer = explain == null ? UnaryOperator.identity() : explain;
    }

    public static void report(DialogService dialogs, String title, Throwable error) {
        Throwable explained = explainer.apply(error);
        Throwable cause = unwrap(explained);
        if (cause instanceof ParleyException) {
            // The person reads the words; a failure beneath them is for the log, which keeps every unseen trace.
            boolean hidden = cause != error || cause.getCause() != null;
            LOG.log(hidden ? Level.WARNING : Level.INFO, title + ": " + cause.getMessage(), hidden ? error : null);
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
