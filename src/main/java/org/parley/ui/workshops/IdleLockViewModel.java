package org.parley.ui.workshops;

import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.parley.app.service.Consent;
import org.parley.app.service.WorkshopService;
import org.parley.domain.Workshop;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/** The idle lock of the workshop in hand: after how many minutes without input the window locks itself. */
public final class IdleLockViewModel {

    public static final int MAX_MINUTES = WorkshopService.MAX_IDLE_LOCK_MINUTES;

    private final WorkshopService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final IntConsumer applied;

    private final IntegerProperty minutes = new SimpleIntegerProperty(this, "minutes");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final StringBinding blocked;
    private final StringBinding unit = Bindings.createStringBinding(() -> minutes.get() == 1
            ? "minute without input (0 = never)" : "minutes without input (0 = never)", minutes);
    private int stored = -1;

    /** @param applied told the minutes once they are saved, so the running window locks by them at once */
    public IdleLockViewModel(WorkshopService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state,
                             IntConsumer applied) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.applied = applied;
        minutes.addListener(obs -> dirty.set(stored >= 0 && minutes.get() != stored));
        blocked = Bindings.createStringBinding(() -> state.activeParty() != null ? ""
                : "Either party may change the idle lock, while at the laptop: take it with Ctrl+P.",
                state.activePartyProperty());
        state.workshopProperty().addListener((obs, old, now) -> load(now));
        load(state.workshop());
    }

    // properties

    /** Minutes without input before the window locks; 0 for never. */
    public IntegerProperty minutesProperty() {
        return minutes;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Why the idle lock cannot be saved now (nobody has taken the laptop); empty when it can. */
    public StringBinding blockedProperty() {
        return blocked;
    }

    /** The words after the number: "minute without input" for 1, "minutes without input" otherwise. */
    public StringBinding unitProperty() {
        return unit;
    }

    // commands

    /** Saves the minutes with the active party's consent; while nobody is active it only says who may. */
    public void save() {
        Workshop workshop = state.workshop();
        if (workshop == null || !dirty.get()) {
            return;
        }
        if (!blocked.get().isEmpty()) {
            state.tell(blocked.get());   // the view disables Save; Ctrl+S on the page still comes here
            return;
        }
        int chosen = minutes.get();
        Consent given = state.consent();
        tasks.run("Saving the idle lock", () -> {
            service.setIdleLockMinutes(workshop.id(), chosen, given);
            return chosen;
        }, saved -> {
            show(saved);
            applied.accept(saved);
            state.tell(saved == 0 ? "The window no longer locks by itself; Ctrl+L still locks it."
                    : "The window locks after " + saved + (saved == 1 ? " minute" : " minutes") + " without input.");
        }, Failures.reportTo(dialogs, "Could not save the idle lock"));
    }

    public void revert() {
        if (stored >= 0) {
            minutes.set(stored);
        }
    }

    /** Reloads the minutes, unless there is an unsaved change. */
    public void reload() {
        if (!dirty.get()) {
            load(state.workshop());
        }
    }

    private void load(Workshop workshop) {
        if (workshop == null) {
            stored = -1;
            dirty.set(false);
            return;
        }
        tasks.run("Reading the idle lock", () -> service.idleLockMinutes(workshop.id()), saved -> {
            if (state.workshop() != null && state.workshop().id() == workshop.id()) {
                show(saved);
            }
        }, Failures.reportTo(dialogs, "Could not read the idle lock"));
    }

    private void show(int saved) {
        stored = saved;
        minutes.set(saved);
        dirty.set(false);
    }
}
