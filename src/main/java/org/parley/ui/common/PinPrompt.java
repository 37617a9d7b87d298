package org.parley.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parley.domain.Party;
import org.parley.domain.RuleViolation;

/**
 * One party's PIN for a step that party takes itself, such as signing an agreement, asked behind the same
 * cover as {@link JointConsent} when that party is not at the keyboard: it types on a screen that shows nothing
 * of the active party's work. The PIN goes straight to the work that checks it (the signing service), and a
 * wrong one is said on the cover, so the party can try again without the active party seeing it.
 */
public final class PinPrompt {

    private final TaskRunner tasks;

    private final ReadOnlyObjectWrapper<Party> asking = new ReadOnlyObjectWrapper<>(this, "asking");
    private final ReadOnlyStringWrapper what = new ReadOnlyStringWrapper(this, "what", "");
    private final StringProperty pin = new SimpleStringProperty(this, "pin", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");

    private Pending<?> pending;

    /** The work waiting for the PIN, with what to do once it ran. */
    private record Pending<T>(String label, Function<String, T> work, Consumer<T> done, Consumer<Throwable> failed) {
    }

    public PinPrompt(TaskRunner tasks, WorkbenchState state) {
        this.tasks = tasks;
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
        return pin;
    }

    /** Why the last PIN was refused, or "Checking the PIN…"; "" otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    // commands

    /**
     * Asks {@code party} for its PIN to {@code decision}, then runs {@code work} with it in the background
     * ({@code null} for a party without a PIN). A refused PIN keeps the prompt open; {@code done} or
     * {@code failed} runs once the work is through, after the cover went.
     */
    public <T> void ask(Party party, String decision, String label, Function<String, T> work, Consumer<T> done,
                        Consumer<Throwable> failed) {
        pending = new Pending<>(label, work, done, failed);
        pin.set("");
        message.set("");
        what.set(decision);
        asking.set(party);
    }

    /** The asked party goes ahead with the PIN typed. */
    public void agree() {
        Party party = asking.get();
        if (party == null || checking.get() || pending == null) {
            return;
        }
        String typed = party.hasPin() ? pin.get() : null;
        checking.set(true);
        message.set("Checking the PIN\u2026");
        run(pending, typed);
    }

    /**
     * Stops asking, with nothing done. Once the PIN is being checked the work may already have taken effect,
     * so cancelling then does nothing: the prompt closes when the work is through.
     */
    public void cancel() {
        if (!checking.get()) {
            close();
        }
    }

    private <T> void run(Pending<T> job, String typed) {
        tasks.run(job.label(), () -> job.work().apply(typed), result -> {
            checking.set(false);
            if (pending != job) {
                return;   // the workshop changed meanwhile
            }
            close();
            job.done().accept(result);
        }, error -> {
            checking.set(false);
            pin.set("");
            if (pending != job) {
                return;
            }
            RuleViolation refused = Failures.find(error, RuleViolation.class);
            if (refused != null && "pin".equals(refused.field())) {
                message.set(refused.getMessage());   // wrong PIN or a wait: the party tries again on the cover
                return;
            }
            close();
            job.failed().accept(error);
        });
    }

    private void close() {
        pending = null;
        pin.set("");
        message.set("");
        what.set("");
        asking.set(null);
    }
}
