package org.parley.ui.workshops;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parley.domain.NameRules;
import org.parley.domain.Party;

/** One party's editable names, with the problem of each. */
public final class PartyForm {

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
    private final ReadOnlyStringWrapper setPinBlocked = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper removePinBlocked = new ReadOnlyStringWrapper("");
    /** True once the person tried to save: then every problem shows, typed in or not. */
    private boolean tried;

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

    /**
     * Why the person at the laptop may not set or change this party's PIN, naming who may, e.g. "Only Jonas Berg
     * can set Jonas's PIN: hand over with Ctrl+P."; empty when they may.
     */
    public ReadOnlyStringProperty setPinBlockedProperty() {
        return setPinBlocked.getReadOnlyProperty();
    }

    /** Why this party's PIN cannot be removed now (none set, or only its party may); empty when it can. */
    public ReadOnlyStringProperty removePinBlockedProperty() {
        return removePinBlocked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pinStatusProperty() {
        return pinStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The party as stored, or null while the workshop has none in this seat. */
    Party party() {
        return party;
    }

    void load(Party loaded) {
        party = loaded;
        displayName.set(loaded == null ? "" : loaded.displayName());
        roleLabel.set(loaded == null ? "" : loaded.roleLabel());
        colour.set(loaded == null ? "#888888" : loaded.colour());
        hasPin.set(loaded != null && loaded.hasPin());
        pinStatus.set(loaded == null ? "" : loaded.hasPin() ? "PIN set: asked at every handover and signature."
                : "No PIN: anyone at the laptop can act as this party, and it cannot sign.");
        key.set("");
        tried = false;
        recheck();
    }

    /** Only a party itself sets or removes its PIN (decision 0012): says why not to anyone else at the laptop. */
    void permit(Party active) {
        setPinBlocked.set(party == null ? "" : pinReason(party, active, party.hasPin() ? "change" : "set"));
        removePinBlocked.set(party == null ? "" : !party.hasPin() ? party.displayName() + " has no PIN to remove."
                : pinReason(party, active, "remove"));
    }

    static String pinReason(Party party, Party active, String verb) {
        if (active != null && active.id() == party.id()) {
            return "";
        }
        String first = party.displayName().strip().split("\\s+")[0];
        return "Only " + party.displayName() + " can " + verb + " " + first + "'s PIN: hand over with Ctrl+P.";
    }

    void markTried() {
        tried = true;
        recheck();
    }

    void showKey(Party shown, String fingerprint) {
        if (party != null && party.id() == shown.id()) {
            key.set(fingerprint.isEmpty() ? "" : "Signing key " + fingerprint);
        }
    }

    /** Checks the rules themselves, not the problems shown, which wait until the person touched a field. */
    boolean valid() {
        return NameRules.displayNameProblem(displayName.get()) == null
                && NameRules.roleLabelProblem(roleLabel.get()) == null;
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
        // A problem shows once the person changed that field or tried to save, never on a form just opened.
        boolean nameTouched = tried || !displayName.get().equals(party.displayName());
        boolean roleTouched = tried || !roleLabel.get().equals(party.roleLabel());
        displayNameProblem.set(nameTouched ? orEmpty(NameRules.displayNameProblem(displayName.get())) : "");
        roleLabelProblem.set(roleTouched ? orEmpty(NameRules.roleLabelProblem(roleLabel.get())) : "");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
