package org.parley.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Background work told as one chain, in the shape of JabRef's {@code BackgroundTask} (decision 0029):
 * <pre>{@code
 * tasks.task("Saving the appetite", () -> service.setAppetite(...))
 *         .onFinished(() -> saving = false)
 *         .onSuccess(saved -> then.run())
 *         .onFailure(Failures.reportTo(dialogs, "Could not save the appetite"))
 *         .start();
 * }</pre>
 * The work runs off the FX thread; everything else runs on it, {@code onFinished} first, whatever the outcome, then
 * {@code onSuccess} or {@code onFailure} (or, for cancellable work that was cancelled, {@code onCancelled}). A failure
 * must be handled: {@link #start()} refuses a task without {@code onFailure}.
 */
public final class BackgroundTask<T> {

    private final TaskRunner runner;
    private final String description;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onFinished = () -> { };
    private Runnable onCancelled;

    BackgroundTask(TaskRunner runner, String description, Work<T> work) {
        this.runner = runner;
        this.description = description;
        this.work = work;
    }

    /** What to do with the result. */
    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    /** What to do when the work failed: usually {@link Failures#reportTo}. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** What to do once the work is over, whatever came of it, before its outcome is handled. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = Objects.requireNonNull(action);
        return this;
    }

    /**
     * Lets the person cancel the work (the status bar offers Cancel while it runs); on a cancel, {@code action}
     * runs instead of {@code onSuccess} and {@code onFailure}. The work must leave nothing half done.
     */
    public BackgroundTask<T> cancellable(Runnable action) {
        this.onCancelled = Objects.requireNonNull(action);
        return this;
    }

    /** Starts the work. */
    public void start() {
        if (onFailure == null) {
            throw new IllegalStateException("\u201C" + description + "\u201D says nothing about a failure: give it "
                    + "onFailure, usually Failures.reportTo.");
        }
        Consumer<T> success = result -> {
            onFinished.run();
            onSuccess.accept(result);
        };
        Consumer<Throwable> failure = error -> {
            onFinished.run();
            onFailure.accept(error);
        };
        if (onCancelled == null) {
            runner.run(description, work, success, failure);
        } else {
            runner.runCancellable(description, work, success, failure, () -> {
                onFinished.run();
                onCancelled.run();
            });
        }
    }
}
