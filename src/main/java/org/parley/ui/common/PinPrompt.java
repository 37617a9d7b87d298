package org.parley.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.parley.domain.Party;

/**
 * One party's PIN for a step that party takes itself, such as signing an agreement, asked behind the same
 * cover as {@link JointConsent} when that party is not at the keyboard: it types on a screen that shows nothing
 * of the active party's work. The PIN goes straight to the work that checks it (the signing service), and a
 * wrong one is said on the cover, so the party can try again without the active party seeing it.
 */
public final class PinPrompt {

    private final PinEntry entry;

    private final ReadOnlyObjectWrapper<Party> asking = new ReadOnlyObjectWrapper<>(this, "asking");
    private final ReadOnlyStringWrapper what = new ReadOnlyStringWrapper(this, "what", "");

    private Pending<?> pending;

    /** The work waiting for the PIN, with what to do once it ran. */
    private record Pending<T>(String label, Function<String, T> work, Consumer<T> done, Consumer<Throwable> failed) {
    }

    public PinPrompt(TaskRunner tasks, WorkbenchState state) {
        this.entry = new PinEntry(tasks);
        state.workshopProperty().addListener((obs, old, now) -> close());
    }

    // properties

    /** The party asked for its PIN; null while nobody is asked. The cover shows while it is set. */
    public ReadOnlyObjectProperty<Party> askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /** What the party does with its PIN, as words that follow "you": "sign version 2 of …". */
    public ReadOnlyStringProperty whatProperty() {
        return what.getReadOnlyProperty();
    }

    public StringProperty pinProperty() {
        return entry.pinProperty();
    }

    /** Why the last PIN was refused, or "Checking the PIN…"; "" otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return entry.messageProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return entry.checkingProperty();
    }

    // commands

    /**
     * Asks {@code party} for its PIN to {@code decision}, then runs {@code work} with it in the background
     * ({@code null} for a party without a PIN). A refused PIN keeps the prompt open; {@code done} or
     * {@code failed} runs once the work is through, after the cover went.
     */
    public <T> void ask(Party party, String decision, String label, Function<String, T> work, Consumer<T> done,
                        Consumer<Throwable> failed) {
        entry.clear();   // a signature still running was for the step asked before
        pending = new Pending<>(label, work, done, failed);
        what.set(decision);
        asking.set(party);
    }

    /** The asked party goes ahead with the PIN typed. */
    public void agree() {
        if (pending != null) {
            run(pending, asking.get());
        }
    }

    /**
     * Stops asking, with nothing done. Once the PIN is being checked the work may already have taken effect,
     * so cancelling then does nothing: the prompt closes when the work is through.
     */
    public void cancel() {
        if (!entry.checkingProperty().get()) {
            close();
        }
    }

    private <T> void run(Pending<T> job, Party party) {
        entry.submit(party, job.label(), job.work(), result -> {
            close();
            job.done().accept(result);
        }, error -> {
            close();
            job.failed().accept(error);
        });
    }

    /** Also drops the answer of a signature still running, e.g. when the workshop changed meanwhile. */
    private void close() {
        pending = null;
        entry.clear();
        what.set("");
        asking.set(null);
    }
}
