package org.parley.ui.workshops;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.parley.app.service.ConsentService;
import org.parley.app.service.WorkshopService;
import org.parley.ui.common.JointConsent;
import org.parley.domain.Party;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/** Names and role labels of the two parties of the workshop in hand. */
public final class PartiesViewModel {

    private final JointConsent consent;
    private final ConsentService consents;
    private final WorkshopService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final List<PartyForm> forms = List.of(new PartyForm(), new PartyForm());
    private final BothPinsViewModel bothPins;
    /** True while a save chosen on leaving runs: asking again then would save twice. */
    private boolean savingToLeave;

    public PartiesViewModel(WorkshopService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state, ConsentService consents, JointConsent consent) {
        this.consent = consent;
        this.consents = consents;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.bothPins = new BothPinsViewModel(consents, tasks, dialogs, state);
        state.parties().addListener((ListChangeListener<Party>) change -> reload());
        state.activePartyProperty().addListener((obs, old, now) -> forms.forEach(f -> f.permit(now)));
        state.addLeaveGuard(this::leave);
        reload();
    }

    // properties

    /** The form of seat one (index 0) or seat two (index 1). */
    public PartyForm form(int index) {
        return forms.get(index);
    }

    /** Setting the PINs of the parties without one, each typing its own behind a cover. */
    public BothPinsViewModel bothPins() {
        return bothPins;
    }

    // commands

    /** Saves every changed form that has no problem. */
    public void save() {
        save(null);
    }

    /** Saves; with {@code then} (leaving), runs it once saved. A failure keeps every typed name and says why. */
    private void save(Runnable then) {
        for (PartyForm form : forms) {
            if (form.party() == null || !form.dirtyProperty().get()) {
                continue;
            }
            if (!form.valid()) {
                forms.forEach(PartyForm::markTried);
                state.tell("Fix the marked fields to save.");
                return;
            }
        }
        List<PartyForm> changed = forms.stream().filter(f -> f.party() != null && f.dirtyProperty().get()).toList();
        if (changed.isEmpty()) {
            if (then != null) {
                then.run();
            }
            return;
        }
        savingToLeave = then != null;
        consent.run("Saving parties", given -> {
            List<Party> saved = new ArrayList<>();
            for (PartyForm form : changed) {
                saved.add(service.renameParty(form.party(), form.displayNameProperty().get(), form.roleLabelProperty().get(), given));
            }
            return saved;
        }, saved -> {
            saved.forEach(state::updateParty);
            state.tell("Saved the parties.");
            if (then != null) {
                savingToLeave = false;
                if (forms.stream().noneMatch(f -> f.dirtyProperty().get())) {
                    then.run();
                }
            }
        }, error -> {
            savingToLeave = false;
            Failures.report(dialogs, "Could not save the parties", error);
        });
    }

    public void revert() {
        reload();
    }

    /** Sets or changes the PIN of the party in seat {@code index + 1}; only that party, while it has the laptop. */
    public void changePin(int index) {
        Party party = forms.get(index).party();
        if (!mayChangePin(party)) {
            return;
        }
        dialogs.askPin(party.hasPin() ? "Change PIN" : "Set PIN", party.label(), party.hasPin(), false)
                .ifPresent(change -> tasks.run("Saving the PIN", () -> consents.setPin(state.consent(), party,
                        change.current(), change.pin()), saved -> {
                    state.updateParty(saved);
                    state.tell("The PIN of " + saved.label() + " is set. It is asked at every handover.");
                }, Failures.reportTo(dialogs, "Could not set the PIN")));
    }

    public void removePin(int index) {
        Party party = forms.get(index).party();
        if (!mayChangePin(party) || !party.hasPin()) {
            return;
        }
        dialogs.askPin("Remove PIN", party.label(), true, true)
                .ifPresent(change -> tasks.run("Removing the PIN", () -> consents.clearPin(state.consent(), party,
                        change.current()),
                        saved -> {
                            state.updateParty(saved);
                            state.tell(saved.label() + " no longer has a PIN.");
                        }, Failures.reportTo(dialogs, "Could not remove the PIN")));
    }

    /** The buttons are disabled with the reason; this catches a call that comes another way, e.g. a stale one. */
    private boolean mayChangePin(Party party) {
        if (party == null) {
            return false;
        }
        String reason = PartyForm.pinReason(party, state.activeParty(), "set");
        if (!reason.isEmpty()) {
            state.tell(reason);
            return false;
        }
        return true;
    }

    /** True when the person may move on now; with a save to wait for, false: they move once it succeeded. */
    public boolean mayLeave() {
        boolean[] now = new boolean[1];
        leave(() -> now[0] = true);
        return now[0];
    }

    /**
     * The forms' leave guard: asks what to do with unsaved names and calls {@code proceed} when the person may go;
     * after Save only once the names are stored, so a failed save leaves them on the forms, still typed.
     */
    private void leave(Runnable proceed) {
        if (forms.stream().noneMatch(f -> f.dirtyProperty().get())) {
            proceed.run();
            return;
        }
        if (savingToLeave && (tasks.busyProperty().get() || consent.askingProperty().get() != null)) {
            return;
        }
        // Not running and nobody asked: the other party declined at the cover, so the save was dropped; ask again.
        savingToLeave = false;
        switch (dialogs.askSaveChanges("the parties")) {
            case CANCEL -> { }
            case DISCARD -> {
                revert();
                proceed.run();
            }
            case SAVE -> save(proceed);
        }
    }

    private void reload() {
        List<Party> parties = List.copyOf(state.parties());
        for (int i = 0; i < forms.size(); i++) {
            forms.get(i).load(i < parties.size() ? parties.get(i) : null);
            forms.get(i).permit(state.activeParty());
        }
        // The fingerprints are public: people compare them with the ones verify-register prints.
        tasks.run("Reading the signing keys", () -> parties.stream()
                .map(party -> consents.fingerprint(party).orElse("")).toList(), fingerprints -> {
                    for (int i = 0; i < fingerprints.size() && i < forms.size(); i++) {
                        forms.get(i).showKey(parties.get(i), fingerprints.get(i));
                    }
                }, Failures.reportTo(dialogs, "Could not read the signing keys"));
    }
}
