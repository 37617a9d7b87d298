package org.parley.ui.common;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parley.app.service.Consent;
import org.parley.app.service.ConsentService;
import org.parley.domain.Party;
import org.parley.domain.RuleViolation;

/**
 * A party types its PIN and Parley checks it in the background: the one place for the PIN field, the
 * "Checking the PIN…" and refusal message, and the rule that a check the person walked away from changes nothing.
 * The handover, the lock, joint consent and the signing prompt each keep one.
 */
public final class PinEntry {

    private static final String CHECKING = "Checking the PIN\u2026";

    private final ConsentService consents;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final StringProperty pin = new SimpleStringProperty(this, "pin", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");

    /** The check whose answer is still wanted; {@link #clear()} forgets it, so its late answer is dropped. */
    private Object wanted;

    /** For work that checks the PIN itself, such as signing: only {@link #submit} is used. */
    public PinEntry(TaskRunner tasks) {
        this(null, tasks, null);
    }

    public PinEntry(ConsentService consents, TaskRunner tasks, DialogService dialogs) {
        this.consents = consents;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    // properties

    public StringProperty pinProperty() {
        return pin;
    }

    /** Why the last PIN was refused, or "Checking the PIN…"; "" otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True from the moment a PIN is sent until its answer is back, even when that answer is no longer wanted. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    // commands

    /**
     * Checks the PIN typed for {@code party} (none for a party without one, which is taken at its word);
     * {@code accepted} gets the party's consent, a refusal is said in {@link #messageProperty()}. Nothing
     * happens for no party or while a check runs.
     */
    public void check(Party party, Consumer<Consent> accepted) {
        Objects.requireNonNull(consents, "this PIN entry hands the PIN to its own work; use submit");
        Object ticket = begin(party);
        if (ticket == null) {
            return;
        }
        String typed = typed(party);
        tasks.run("Checking the PIN", () -> consents.checkPin(party, typed), check -> {
            if (!finish(ticket)) {
                return;
            }
            if (check.accepted()) {
                accepted.accept(check.consent());
            } else {
                message.set(check.message());
            }
        }, error -> {
            finish(ticket);
            // Told even when nobody waits for the answer: it says the store is in trouble, not the PIN wrong.
            Failures.report(dialogs, "Could not check the PIN", error);
        });
    }

    /**
     * Runs {@code work} in the background with the PIN typed for {@code party} (null for a party without one),
     * for work that checks the PIN itself and refuses it with a {@link RuleViolation} on the field "pin": that
     * refusal is said in {@link #messageProperty()} so the party can try again; otherwise {@code done} or
     * {@code failed} runs. Nothing happens for no party or while a check runs.
     */
    public <T> void submit(Party party, String label, Function<String, T> work, Consumer<T> done,
                           Consumer<Throwable> failed) {
        Object ticket = begin(party);
        if (ticket == null) {
            return;
        }
        String typed = typed(party);
        tasks.run(label, () -> work.apply(typed), result -> {
            if (finish(ticket)) {
                done.accept(result);
            }
        }, error -> {
            if (!finish(ticket)) {
                return;
            }
            RuleViolation refused = Failures.find(error, RuleViolation.class);
            if (refused != null && "pin".equals(refused.field())) {
                message.set(refused.getMessage());   // wrong PIN or a wait: the party tries again
            } else {
                failed.accept(error);
            }
        });
    }

    /** Empties the PIN and the message; the answer of a check still running will be ignored. */
    public void clear() {
        wanted = null;
        pin.set("");
        message.set("");
    }

    private Object begin(Party party) {
        if (party == null || checking.get()) {
            return null;
        }
        Object ticket = new Object();
        wanted = ticket;
        checking.set(true);
        message.set(CHECKING);
        return ticket;
    }

    private String typed(Party party) {
        return party.hasPin() ? pin.get() : null;
    }

    /** Ends the check: the PIN goes whatever the answer. True when the answer is still wanted. */
    private boolean finish(Object ticket) {
        checking.set(false);
        pin.set("");
        if (wanted != ticket) {
            return false;
        }
        wanted = null;
        message.set("");
        return true;
    }
}
