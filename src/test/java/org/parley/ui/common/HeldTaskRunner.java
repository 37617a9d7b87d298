package org.parley.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Holds each piece of work until the test lets it finish or fail, so a test can act while it "runs" in the
 * background, as a person can in the window. The work itself then runs on the calling thread, as with
 * {@link DirectTaskRunner}. {@link #passingThrough()} gives one that runs work at once until told to {@link #hold()}.
 */
public final class HeldTaskRunner implements TaskRunner {

    private final DirectTaskRunner direct = new DirectTaskRunner();
    private final Deque<Held> held = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private boolean holding = true;

    /** A runner that runs work at once, as a same-thread runner does, until {@link #hold()}. */
    public static HeldTaskRunner passingThrough() {
        HeldTaskRunner runner = new HeldTaskRunner();
        runner.holding = false;
        return runner;
    }

    /** Holds every piece of work from now on, until the test finishes or fails it. */
    public void hold() {
        holding = true;
    }

    @Override
    public <T> void run(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (!holding) {
            direct.run(description, work, onSuccess, onFailure);
            return;
        }
        add(new Held(description, () -> direct.run(description, work, onSuccess, onFailure), onFailure));
    }

    @Override
    public <T> void runCancellable(String description, Work<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure, Runnable onCancelled) {
        if (!holding) {
            direct.runCancellable(description, work, onSuccess, onFailure, onCancelled);
            return;
        }
        add(new Held(description, () -> direct.runCancellable(description, work, onSuccess, onFailure, onCancelled),
                onFailure));
    }

    private void add(Held work) {
        held.add(work);
        busy.set(true);
    }

    /** Lets the oldest held work run and hand back its result. */
    public void finishNext() {
        take().finish.run();
    }

    /**
     * Makes the oldest held work fail with {@code error} instead of running, as when the store is unwritable:
     * its failure handler gets the error, and nothing is stored.
     */
    public void failNext(Throwable error) {
        take().failure.accept(error);
    }

    /** Lets every held piece of work finish, including work that finishing queues, until none is held. */
    public void finishAll() {
        while (!held.isEmpty()) {
            finishNext();
        }
    }

    /** What the oldest held work is doing, e.g. "Submitting scores". */
    public String nextDescription() {
        if (held.isEmpty()) {
            throw new AssertionError("No work is held");
        }
        return held.peek().description;
    }

    private Held take() {
        if (held.isEmpty()) {
            throw new AssertionError("No work is held");
        }
        Held next = held.poll();
        busy.set(!held.isEmpty());
        return next;
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

    /** True while work is held: it "runs". */
    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return direct.progressProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return direct.messageProperty();
    }

    private record Held(String description, Runnable finish, Consumer<Throwable> failure) {
    }
}
