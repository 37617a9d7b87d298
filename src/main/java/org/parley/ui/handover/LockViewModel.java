package org.parley.ui.handover;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import org.parley.app.service.ConsentService;
import org.parley.app.service.WorkshopService;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.PinEntry;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * Leaving the laptop: the window locks on request (Ctrl+L) or after a spell without input, and only the party
 * that was at the laptop, with its PIN, opens it again; or the laptop goes through the handover to the other
 * party. The party stays active while locked, so nothing it was typing is lost; the lock screen hides it.
 */
public final class LockViewModel {

    /** Minutes without input before the window locks while no workshop says otherwise, as for a new workshop. */
    public static final int DEFAULT_IDLE_MINUTES = 5;

    private final WorkshopService workshops;
    private final HandoverViewModel handover;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final PinEntry entry;

    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyObjectWrapper<Party> atLaptop = new ReadOnlyObjectWrapper<>(this, "atLaptop");
    private final ReadOnlyObjectWrapper<Party> other = new ReadOnlyObjectWrapper<>(this, "other");
    private final ReadOnlyObjectWrapper<Duration> idleLimit = new ReadOnlyObjectWrapper<>(this, "idleLimit");
    private Duration minute = Duration.ofMinutes(1);
    private int idleMinutes = DEFAULT_IDLE_MINUTES;

    public LockViewModel(ConsentService consents, WorkshopService workshops, HandoverViewModel handover,
                         TaskRunner tasks, DialogService dialogs, WorkbenchState state) {
        this.workshops = workshops;
        this.handover = handover;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.entry = new PinEntry(consents, tasks, dialogs);
        idleLimit.set(minute.multipliedBy(idleMinutes));
        state.workshopProperty().addListener((obs, old, now) -> loadIdleMinutes(now));
    }

    // properties

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** The party that was at the laptop when the window locked; null when nobody was. */
    public ReadOnlyObjectProperty<Party> atLaptopProperty() {
        return atLaptop.getReadOnlyProperty();
    }

    /** The party the lock screen offers to hand the laptop to; null when nobody was at the laptop. */
    public ReadOnlyObjectProperty<Party> otherProperty() {
        return other.getReadOnlyProperty();
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

    /** How long without input before the window locks itself; zero for never. */
    public ReadOnlyObjectProperty<Duration> idleLimitProperty() {
        return idleLimit.getReadOnlyProperty();
    }

    /** Makes a "minute" of the idle lock last {@code length}, so that tests need not wait for minutes. */
    public void setMinuteLength(Duration length) {
        minute = length;
        idleLimit.set(minute.multipliedBy(idleMinutes));
    }

    // commands

    /** Locks the window; the party at the laptop stays the active one until another takes over. */
    public void lock() {
        if (locked.get()) {
            return;
        }
        Party active = state.activeParty();
        atLaptop.set(active);
        other.set(active == null ? null : state.parties().stream().filter(p -> p.id() != active.id()).findFirst()
                .orElse(null));
        entry.clear();
        locked.set(true);
    }

    /** The party at the laptop opens the window again with its PIN; with nobody at the laptop, it just opens. */
    public void unlock() {
        Party party = atLaptop.get();
        if (!locked.get() || entry.checkingProperty().get()) {
            return;
        }
        if (party == null) {
            open();
            return;
        }
        entry.check(party, consent -> {
            state.activate(consent);
            open();
        });
    }

    /** Passes the laptop to the other party through the handover, which asks that party's PIN. */
    public void handOver() {
        Party to = other.get();
        if (!locked.get() || entry.checkingProperty().get() || to == null) {
            return;
        }
        handover.handTo(to);
        if (handover.targetProperty().get() != null) {
            open();
        }
    }

    /** Uses {@code minutes} (0 for never) as the idle lock from now on, e.g. once the setting is saved. */
    public void useIdleMinutes(int minutes) {
        idleMinutes = Math.max(0, minutes);
        idleLimit.set(minute.multipliedBy(idleMinutes));
    }

    private void open() {
        entry.clear();
        atLaptop.set(null);
        other.set(null);
        locked.set(false);
    }

    private void loadIdleMinutes(Workshop workshop) {
        if (workshop == null) {
            useIdleMinutes(DEFAULT_IDLE_MINUTES);
            return;
        }
        tasks.task("Reading the idle lock", () -> workshops.idleLockMinutes(workshop.id()))
                .onSuccess(minutes -> {
                    if (state.workshop() != null && state.workshop().id() == workshop.id()) {
                        useIdleMinutes(minutes);
                    }
                })
                .onFailure(Failures.reportTo(dialogs, "Could not read the idle lock"))
                .start();
    }
}
