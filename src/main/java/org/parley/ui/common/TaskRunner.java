package org.parley.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs store work away from the FX thread and hands the result back on it. View models depend on this
 * interface only, so their tests run the work on the calling thread.
 */
public interface TaskRunner {

    /** Runs {@code work}; {@code onSuccess} gets its result on the FX thread; failures go to {@code onFailure}. */
    <T> void run(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs long work the person may cancel (the status bar offers a Cancel button while it runs). On a
     * cancel, {@code onCancelled} runs instead of the other two; the work must leave nothing half done.
     */
    <T> void runCancellable(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                            Runnable onCancelled);

    /** Cancels the work in progress, if it can be cancelled. */
    void cancel();

    /** True while cancellable work runs. */
    ReadOnlyBooleanProperty cancellableProperty();

    ReadOnlyBooleanProperty busyProperty();

    /** Between 0 and 1, or -1 while the amount of work is not known. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    default <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(description, progress -> work.call(), onSuccess, onFailure);
    }

    /** Work to describe as one chain ({@code onSuccess}, {@code onFailure}, {@code onFinished}), then start. */
    default <T> BackgroundTask<T> task(String description, Work<T> work) {
        return new BackgroundTask<>(this, description, work);
    }

    /** As {@link #task(String, Work)}, for work that reports no progress. */
    default <T> BackgroundTask<T> task(String description, Callable<T> work) {
        return task(description, progress -> work.call());
    }
}
