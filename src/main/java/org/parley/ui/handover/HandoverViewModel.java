package org.parley.ui.handover;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import org.parley.app.service.Consent;
import org.parley.app.service.ConsentService;
import org.parley.domain.Party;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.PinEntry;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * Passing the laptop: while the handover shows, no party is active, so nothing private of the party
 * that leaves is on screen; the party that arrives confirms who it is, with its PIN when it has one.
 */
public final class HandoverViewModel {

    private final WorkbenchState state;
    private final PinEntry entry;

    private final ReadOnlyObjectWrapper<Party> target = new ReadOnlyObjectWrapper<>(this, "target");

    public HandoverViewModel(ConsentService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state) {
        this.state = state;
        this.entry = new PinEntry(service, tasks, dialogs);
        state.workshopProperty().addListener((obs, old, now) -> cancel());
    }

    // properties

    /** The party the laptop is being passed to; null while no handover is showing. */
    public ReadOnlyObjectProperty<Party> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public StringProperty pinProperty() {
        return entry.pinProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return entry.messageProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return entry.checkingProperty();
    }

    // commands

    /**
     * Starts passing the laptop to {@code party}; unsaved work of the current party is offered for saving first,
     * and the handover starts only once that save succeeded: a failed one leaves the party on its work.
     */
    public void handTo(Party party) {
        if (party != null) {
            state.leave(() -> startHandover(party));
        }
    }

    private void startHandover(Party party) {
        state.activate(null);
        entry.clear();
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
        entry.check(party, consent -> arrive(party, consent));
    }

    /**
     * Stops the handover; nobody is active afterwards, so nothing private shows, not even once a PIN still being
     * checked turns out right.
     */
    public void cancel() {
        target.set(null);
        entry.clear();
    }

    private void arrive(Party party, Consent consent) {
        cancel();
        state.activate(consent);
        state.tell(party.label() + " has the laptop.");
    }
}
