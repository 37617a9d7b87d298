package org.parley.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs work as {@link Task}s on one background thread. One thread, because the store serialises writes
 * anyway and because work submitted in order then also completes in order.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-work");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private int running;
    private Task<?> current;

    @Override
    public <T> void run(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(description, work, onSuccess, onFailure, null);
    }

    @Override
    public <T> void runCancellable(String description, Work<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure, Runnable onCancelled) {
        submit(description, work, onSuccess, onFailure, onCancelled);
    }

    private <T> void submit(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                            Runnable onCancelled) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(description + "…");
                updateProgress(-1, 1);
                return work.call(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        task.setOnRunning(e -> {
            current = task;
            cancellable.set(onCancelled != null);
            progress.bind(task.progressProperty());
            message.bind(task.messageProperty());
        });
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finished(task);
            if (onCancelled != null) {
                onCancelled.run();
            }
        });
        running++;
        busy.set(true);
        executor.execute(task);
    }

    private void finished(Task<?> task) {
        if (current == task) {
            progress.unbind();
            message.unbind();
            progress.set(0);
            message.set("");
            current = null;
            cancellable.set(false);
        }
        running--;
        busy.set(running > 0);
    }

    @Override
    public void cancel() {
        Task<?> task = current;
        if (task != null && cancellable.get()) {
            task.cancel(false);
        }
    }

    /** Waits briefly for work in flight, so that a closing window does not cut a save short. */
    public void shutdown() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
