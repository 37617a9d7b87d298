package org.parley.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.parley.app.service.BothPartiesNeeded;
import org.parley.app.service.Consent;
import org.parley.app.service.ConsentService;
import org.parley.domain.Party;

/**
 * Decisions both parties take together, such as a reveal or the agreed appetite: the party not at the keyboard
 * agrees too, with its PIN when it has one. While it is asked, a cover hides the whole window (the view shows
 * {@link #askingProperty()}), so the party typing its PIN sees nothing of the active party's private work.
 * Asking first also means that whatever the decision then tells is told to both, never to one about the other.
 */
public final class JointConsent {

    private final TaskRunner tasks;
    private final WorkbenchState state;
    private final PinEntry entry;

    private final ReadOnlyObjectWrapper<Party> asking = new ReadOnlyObjectWrapper<>(this, "asking");
    private final ReadOnlyStringWrapper what = new ReadOnlyStringWrapper(this, "what", "");

    private List<Party> queue = List.of();
    private Consent gathered;
    private Consumer<Consent> action;

    public JointConsent(ConsentService consents, TaskRunner tasks, DialogService dialogs, WorkbenchState state) {
        this.tasks = tasks;
        this.state = state;
        this.entry = new PinEntry(consents, tasks, dialogs);
        state.workshopProperty().addListener((obs, old, now) -> cancel());
    }

    // properties

    /** The party asked to agree now; null while nobody is asked. The cover shows while it is set. */
    public ReadOnlyObjectProperty<Party> askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /** What the parties decide, e.g. "reveal the scores". */
    public ReadOnlyStringProperty whatProperty() {
        return what.getReadOnlyProperty();
    }

    /** Who asks: the party at the keyboard, or "" when nobody is. */
    public String askedBy() {
        Party active = state.activeParty();
        return active == null ? "" : active.label();
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
     * Runs {@code then} with both parties' consent once every party not at the keyboard agrees to {@code decision}
     * (e.g. "reveal the scores"); with nobody at the keyboard, both parties are asked in turn. Cancelling runs
     * nothing.
     */
    public void ask(String decision, Consumer<Consent> then) {
        Party active = state.activeParty();
        List<Party> asked = new ArrayList<>();
        for (Party party : state.parties()) {
            if (active == null || party.id() != active.id()) {
                asked.add(party);
            }
        }
        queue = asked;
        gathered = state.consent();
        action = then;
        what.set(decision);
        next();
    }

    /**
     * Runs {@code work} in the background with the consent of the party at the keyboard; where the services answer
     * that both parties must agree, asks the other party behind the cover and runs it again with both.
     */
    public <T> void run(String label, Function<Consent, T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Consent own = state.consent();
        tasks.run(label, () -> work.apply(own), done, error -> {
            BothPartiesNeeded needed = Failures.find(error, BothPartiesNeeded.class);
            if (needed == null) {
                failed.accept(error);
                return;
            }
            ask(needed.decision(), both -> tasks.run(label, () -> work.apply(both), done, failed));
        });
    }

    /** The asked party agrees, with the PIN typed (ignored for a party without one). */
    public void agree() {
        entry.check(asking.get(), consent -> {
            gathered = gathered.and(consent);
            queue = queue.subList(1, queue.size());
            next();
        });
    }

    /** Stops asking: the cover goes and the active party's screen is back, with nothing decided. */
    public void cancel() {
        queue = List.of();
        action = null;
        gathered = null;
        entry.clear();
        what.set("");
        asking.set(null);
    }

    private void next() {
        if (!queue.isEmpty()) {
            entry.clear();   // a check still running was for the party asked before
            asking.set(queue.get(0));
            return;
        }
        Consumer<Consent> then = action;
        Consent both = gathered;
        cancel();
        if (then != null && both != null) {
            then.accept(both);
        }
    }
}
