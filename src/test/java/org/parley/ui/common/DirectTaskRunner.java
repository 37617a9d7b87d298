package org.parley.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs work on the calling thread, so view-model tests need neither a toolkit nor waiting. */
public final class DirectTaskRunner implements TaskRunner {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean cancelRequested;
    private int cancelCountdown;
    private int runs;

    @Override
    public <T> void run(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        runs++;
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public void message(String text) {
                    message.set(text);
                }

                @Override
                public boolean cancelled() {
                    return cancelRequested;
                }
            });
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void runCancellable(String description, Work<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure, Runnable onCancelled) {
        if (cancelCountdown > 0 && --cancelCountdown == 0) {
            cancelRequested = true;
        }
        run(description, work, onSuccess, error -> {
            if (cancelRequested) {
                cancelRequested = false;
                onCancelled.run();
            } else {
                onFailure.accept(error);
            }
        });
    }

    @Override
    public ReadOnlyBooleanProperty cancellableProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Makes the {@code n}-th cancellable work from now see a cancel request, as if the person pressed Cancel. */
    public void cancelRun(int n) {
        cancelCountdown = n;
    }

    /** Makes the next work see a cancel request from its first progress check. */
    public void cancelNext() {
        cancelRequested = true;
    }

    @Override
    public void cancel() {
        cancelRequested = true;
    }

    public int runs() {
        return runs;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
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
