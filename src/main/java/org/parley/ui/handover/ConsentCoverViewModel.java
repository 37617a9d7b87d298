package org.parley.ui.handover;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.parley.domain.Party;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.PinPrompt;
import org.parley.ui.common.WorkbenchState;

/**
 * The cover over the whole window while a party not at the keyboard is asked: to agree to a joint decision
 * ({@link JointConsent}) or to sign with its PIN ({@link PinPrompt}). It names the decision and who asks, and
 * nothing else: the active party's screen is out of the window until the cover goes.
 */
public final class ConsentCoverViewModel {

    private final JointConsent joint;
    private final PinPrompt signing;
    private final WorkbenchState state;

    private final ReadOnlyObjectWrapper<Party> asking = new ReadOnlyObjectWrapper<>(this, "asking");
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper(this, "kind", "");
    private final ReadOnlyStringWrapper request = new ReadOnlyStringWrapper(this, "request", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyStringWrapper agreeText = new ReadOnlyStringWrapper(this, "agreeText", "Agree");
    private final StringProperty pin = new SimpleStringProperty(this, "pin", "");
    private final ObservableStringValue message;
    private final ObservableBooleanValue checking;

    public ConsentCoverViewModel(JointConsent joint, PinPrompt signing, WorkbenchState state) {
        this.joint = joint;
        this.signing = signing;
        this.state = state;
        BooleanBinding jointAsks = joint.askingProperty().isNotNull();
        message = Bindings.when(jointAsks).then(joint.messageProperty()).otherwise(signing.messageProperty());
        checking = Bindings.when(jointAsks).then(joint.checkingProperty()).otherwise(signing.checkingProperty());
        // One field for both: whichever asks reads it, and each clears it after a check or when it stops asking.
        pin.bindBidirectional(joint.pinProperty());
        pin.bindBidirectional(signing.pinProperty());
        joint.askingProperty().addListener(obs -> update());
        joint.whatProperty().addListener(obs -> update());
        signing.askingProperty().addListener(obs -> update());
        signing.whatProperty().addListener(obs -> update());
        update();
    }

    // properties

    /** The party asked now; null while the cover is not needed. */
    public ReadOnlyObjectProperty<Party> askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /** "Your agreement is needed" or "Your signature is needed". */
    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** What the asked party is asked, e.g. "Amira Haddad (CISO) asks you to agree to reveal …". */
    public ReadOnlyStringProperty requestProperty() {
        return request.getReadOnlyProperty();
    }

    /** What the party does here: type its PIN, or, without one, know that anyone could agree in its name. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** "Agree", or "Agree as CTO" for a party without a PIN; "Sign" for a signature. */
    public ReadOnlyStringProperty agreeTextProperty() {
        return agreeText.getReadOnlyProperty();
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public ObservableStringValue messageProperty() {
        return message;
    }

    public ObservableBooleanValue checkingProperty() {
        return checking;
    }

    // commands

    public void agree() {
        if (joint.askingProperty().get() != null) {
            joint.agree();
        } else {
            signing.agree();
        }
    }

    public void cancel() {
        if (joint.askingProperty().get() != null) {
            joint.cancel();
        } else {
            signing.cancel();
        }
    }

    /** Stops whatever is asked, e.g. when the window locks: the decision is not taken. */
    public void dismiss() {
        joint.cancel();
        signing.cancel();
    }

    private void update() {
        boolean jointAsks = joint.askingProperty().get() != null;
        Party party = jointAsks ? joint.askingProperty().get() : signing.askingProperty().get();
        if (party == null) {
            request.set("");
            asking.set(null);
            return;
        }
        Party active = state.activeParty();
        String asker = active == null || active.id() == party.id() ? null : active.label();
        String verb = jointAsks ? "agree" : "sign";
        kind.set(jointAsks ? "Your agreement is needed" : "Your signature is needed");
        if (jointAsks) {
            String what = joint.whatProperty().get();
            request.set(asker == null ? "Do you agree to " + what + "? Both parties decide this together."
                    : asker + " asks you to agree to " + what + ". Both parties decide this together.");
        } else {
            String what = signing.whatProperty().get();
            request.set(asker == null ? "Do you " + what + "? Both parties sign it."
                    : asker + " asks you to " + what + ". Both parties sign it.");
        }
        hint.set(party.hasPin() ? "Enter your PIN to " + verb + (jointAsks ? "." : ": it unlocks your signing key.")
                : party.displayName() + " has no PIN, so anyone at the laptop can " + verb + " in this name. "
                        + "Set a PIN under Workshop setup.");
        String action = jointAsks ? "Agree" : "Sign";
        agreeText.set(party.hasPin() ? action : action + " as " + party.roleLabel());
        asking.set(party);
    }
}
