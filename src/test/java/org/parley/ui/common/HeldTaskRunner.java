package org.parley.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Holds each piece of work until the test lets it finish, so a test can act while it "runs" in the background,
 * as a person can in the window. The work itself then runs on the calling thread, as with {@link DirectTaskRunner}.
 */
public final class HeldTaskRunner implements TaskRunner {

    private final DirectTaskRunner direct = new DirectTaskRunner();
    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> void run(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> direct.run(description, work, onSuccess, onFailure));
    }

    @Override
    public <T> void runCancellable(String description, Work<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure, Runnable onCancelled) {
        held.add(() -> direct.runCancellable(description, work, onSuccess, onFailure, onCancelled));
    }

    /** Lets the oldest held work run and hand back its result. */
    public void finishNext() {
        if (held.isEmpty()) {
            throw new AssertionError("No work is held");
        }
        held.poll().run();
    }

    public int held() {
        return held.size();
    }

    @Override
    public void cancel() {
        direct.cancel();
    }

    @Override
    public ReadOnlyBooleanProperty cancellableProperty() {
        return direct.cancellableProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return direct.busyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return direct.progressProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return direct.messageProperty();
    }
}
