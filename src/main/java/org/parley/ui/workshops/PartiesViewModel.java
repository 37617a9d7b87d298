package org.parley.ui.workshops;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.parley.app.service.ConsentService;
import org.parley.app.service.WorkshopService;
import org.parley.ui.common.JointConsent;
import org.parley.domain.NameRules;
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
    /** True while a save chosen on leaving runs: asking again then would save twice. */
    private boolean savingToLeave;

    public PartiesViewModel(WorkshopService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state, ConsentService consents, JointConsent consent) {
        this.consent = consent;
        this.consents = consents;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        state.parties().addListener((ListChangeListener<Party>) change -> reload());
        state.addLeaveGuard(this::leave);
        reload();
    }

    // properties

    /** The form of seat one (index 0) or seat two (index 1). */
    public PartyForm form(int index) {
        return forms.get(index);
    }

    // commands

    /** Saves every changed form that has no problem. */
    public void save() {
        save(null);
    }

    /** Saves; with {@code then} (leaving), runs it once saved. A failure keeps every typed name and says why. */
    private void save(Runnable then) {
        for (PartyForm form : forms) {
            if (form.party == null || !form.dirty.get()) {
                continue;
            }
            if (!form.valid()) {
                state.tell("Fix the marked fields to save.");
                return;
            }
        }
        List<PartyForm> changed = forms.stream().filter(f -> f.party != null && f.dirty.get()).toList();
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
                saved.add(service.renameParty(form.party, form.displayName.get(), form.roleLabel.get(), given));
            }
            return saved;
        }, saved -> {
            saved.forEach(state::updateParty);
            state.tell("Saved the parties.");
            if (then != null) {
                savingToLeave = false;
                if (forms.stream().noneMatch(f -> f.dirty.get())) {
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
        Party party = forms.get(index).party;
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
        Party party = forms.get(index).party;
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

    private boolean mayChangePin(Party party) {
        if (party == null) {
            return false;
        }
        if (state.activeParty() == null || state.activeParty().id() != party.id()) {
            dialogs.showError("Only " + party.displayName() + " can do that",
                    "A PIN is set by its own party, while that party has the laptop. Pass the laptop to "
                            + party.label() + " first (Ctrl+P, or Scoring ▸ Score as).");
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
        if (forms.stream().noneMatch(f -> f.dirty.get())) {
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
        }
        // The fingerprints are public: people compare them with the ones verify-register prints.
        tasks.run("Reading the signing keys", () -> parties.stream()
                .map(party -> consents.fingerprint(party).orElse("")).toList(), fingerprints -> {
                    for (int i = 0; i < fingerprints.size() && i < forms.size(); i++) {
                        forms.get(i).showKey(parties.get(i), fingerprints.get(i));
                    }
                }, Failures.reportTo(dialogs, "Could not read the signing keys"));
    }

    /** One party's editable names, with the problem of each. */
    public static final class PartyForm {
        private Party party;
        private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
        private final StringProperty roleLabel = new SimpleStringProperty(this, "roleLabel", "");
        private final ReadOnlyStringWrapper displayNameProblem = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper roleLabelProblem = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper colour = new ReadOnlyStringWrapper("#888888");
        private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
        private final ReadOnlyStringWrapper pinStatus = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper hasPin = new ReadOnlyBooleanWrapper();
        private final ReadOnlyStringWrapper key = new ReadOnlyStringWrapper("");

        PartyForm() {
            displayName.addListener(obs -> recheck());
            roleLabel.addListener(obs -> recheck());
        }

        public StringProperty displayNameProperty() {
            return displayName;
        }

        public StringProperty roleLabelProperty() {
            return roleLabel;
        }

        public ReadOnlyStringProperty displayNameProblemProperty() {
            return displayNameProblem.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty roleLabelProblemProperty() {
            return roleLabelProblem.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty colourProperty() {
            return colour.getReadOnlyProperty();
        }

        public ReadOnlyBooleanProperty hasPinProperty() {
            return hasPin.getReadOnlyProperty();
        }

        /** The fingerprint of the party's signing key, as the register and verify-register show it; "" for none. */
        public ReadOnlyStringProperty keyProperty() {
            return key.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty pinStatusProperty() {
            return pinStatus.getReadOnlyProperty();
        }

        public ReadOnlyBooleanProperty dirtyProperty() {
            return dirty.getReadOnlyProperty();
        }

        private void load(Party loaded) {
            party = loaded;
            displayName.set(loaded == null ? "" : loaded.displayName());
            roleLabel.set(loaded == null ? "" : loaded.roleLabel());
            colour.set(loaded == null ? "#888888" : loaded.colour());
            hasPin.set(loaded != null && loaded.hasPin());
            pinStatus.set(loaded == null ? "" : loaded.hasPin() ? "PIN set: asked at every handover and signature."
                    : "No PIN: anyone at the laptop can act as this party, and it cannot sign.");
            key.set("");
            recheck();
        }

        private void showKey(Party shown, String fingerprint) {
            if (party != null && party.id() == shown.id()) {
                key.set(fingerprint.isEmpty() ? "" : "Signing key " + fingerprint);
            }
        }

        private boolean valid() {
            return displayNameProblem.get().isEmpty() && roleLabelProblem.get().isEmpty();
        }

        private void recheck() {
            if (party == null) {
                dirty.set(false);
                displayNameProblem.set("");
                roleLabelProblem.set("");
                return;
            }
            dirty.set(!displayName.get().strip().equals(party.displayName())
                    || !roleLabel.get().strip().equals(party.roleLabel()));
            displayNameProblem.set(orEmpty(NameRules.displayNameProblem(displayName.get())));
            roleLabelProblem.set(orEmpty(NameRules.roleLabelProblem(roleLabel.get())));
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }
}
