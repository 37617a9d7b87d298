package org.parley.ui.handover;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parley.app.service.Consent;
import org.parley.app.service.ConsentService;
import org.parley.domain.Party;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * Passing the laptop: while the handover shows, no party is active, so nothing private of the party
 * that leaves is on screen; the party that arrives confirms who it is, with its PIN when it has one.
 */
public final class HandoverViewModel {

    private final ConsentService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;

    private final ReadOnlyObjectWrapper<Party> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final StringProperty pin = new SimpleStringProperty(this, "pin", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");

    public HandoverViewModel(ConsentService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        state.workshopProperty().addListener((obs, old, now) -> target.set(null));
    }

    // properties

    /** The party the laptop is being passed to; null while no handover is showing. */
    public ReadOnlyObjectProperty<Party> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    // commands

    /** Starts passing the laptop to {@code party}; unsaved work of the current party is offered for saving first. */
    public void handTo(Party party) {
        if (party == null || !state.mayLeave()) {
            return;
        }
        state.activate(null);
        pin.set("");
        message.set("");
        target.set(party);
    }

    /** Passes the laptop to the other party, or asks nothing when no party is active yet. */
    public void switchParty() {
        Party active = state.activeParty();
        if (active == null) {
            return;
        }
        state.parties().stream().filter(p -> p.id() != active.id()).findFirst().ifPresent(this::handTo);
    }

    /** The arriving party confirms; with a PIN set, the PIN must be right. */
    public void confirm() {
        Party party = target.get();
        if (party == null || checking.get()) {
            return;
        }
        String typed = party.hasPin() ? pin.get() : null;
        checking.set(true);
        message.set("Checking the PIN…");
        tasks.run("Checking the PIN", () -> service.checkPin(party, typed), check -> {
            checking.set(false);
            pin.set("");
            if (check.accepted()) {
                arrive(party, check.consent());
            } else {
                message.set(check.message());
            }
        }, error -> {
            checking.set(false);
            message.set("");
            Failures.report(dialogs, "Could not check the PIN", error);
        });
    }

    /** Stops the handover; nobody is active afterwards, so nothing private shows. */
    public void cancel() {
        target.set(null);
        pin.set("");
        message.set("");
    }

    private void arrive(Party party, Consent consent) {
        target.set(null);
        message.set("");
        state.activate(consent);
        state.tell(party.label() + " has the laptop.");
    }
}
