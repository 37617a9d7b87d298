package org.parley.ui.negotiation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.parley.domain.Agreement;
import org.parley.domain.Party;
import org.parley.domain.Seat;
import org.parley.domain.Signature;

/**
 * Who signed the version in the form and when, per seat, whether that party can sign it now, and the warning
 * that saving changed terms clears a signature already given: a signature is for the terms as they were.
 */
public final class SignOffs {

    static final String NOT_SIGNED = "Not signed yet";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final Map<Seat, ReadOnlyStringWrapper> lines = new EnumMap<>(Seat.class);
    private final Map<Seat, ReadOnlyBooleanWrapper> canSign = new EnumMap<>(Seat.class);
    private final ReadOnlyStringWrapper saveWarning = new ReadOnlyStringWrapper(this, "saveWarning", "");
    private final ObservableBooleanValue dirty;
    private Agreement shown;
    private List<Party> parties = List.of();

    SignOffs(ObservableBooleanValue dirty) {
        this.dirty = dirty;
        for (Seat seat : Seat.values()) {
            lines.put(seat, new ReadOnlyStringWrapper(this, "line" + seat, NOT_SIGNED));
            canSign.put(seat, new ReadOnlyBooleanWrapper(this, "canSign" + seat));
        }
        dirty.addListener(obs -> warn());
    }

    // properties

    /** "Signed by Amira Haddad (CISO) on 2026-11-30 14:02", or "Not signed yet". */
    public ReadOnlyStringProperty lineProperty(Seat seat) {
        return lines.get(seat).getReadOnlyProperty();
    }

    /** True while the form shows a draft this seat has not signed. */
    public ReadOnlyBooleanProperty canSignProperty(Seat seat) {
        return canSign.get(seat).getReadOnlyProperty();
    }

    /** Said before a save would clear a signature; empty otherwise. */
    public ReadOnlyStringProperty saveWarningProperty() {
        return saveWarning.getReadOnlyProperty();
    }

    // commands

    /** Shows the sign-offs of {@code agreement}, the version in the form (null for terms not saved yet). */
    void show(Agreement agreement, List<Party> partiesNow) {
        shown = agreement;
        parties = List.copyOf(partiesNow);
        for (Seat seat : Seat.values()) {
            Signature signature = agreement == null ? null : agreement.signature(seat);
            lines.get(seat).set(line(signature, ZoneId.systemDefault()));
            canSign.get(seat).set(agreement != null && agreement.isDraft() && signature == null);
        }
        warn();
    }

    /** What saving {@code before} again cleared, as a sentence; empty when it had no signature. */
    String clearedBySaving(Agreement before, boolean termsChanged) {
        String whose = signers(before);
        if (whose.isEmpty()) {
            return "";
        }
        return whose + (whose.contains(" and ") ? " signatures were" : " signature was") + " cleared because "
                + (termsChanged ? "the terms changed" : "the draft was saved again") + "; both sign again.";
    }

    static String line(Signature signature, ZoneId zone) {
        return signature == null ? NOT_SIGNED
                : "Signed by " + signature.label() + " on " + WHEN.format(signature.at().atZone(zone));
    }

    private void warn() {
        String whose = shown != null && shown.isDraft() && dirty.get() ? signers(shown) : "";
        saveWarning.set(whose.isEmpty() ? "" : "Saving changed terms clears " + whose
                + (whose.contains(" and ") ? " signatures" : " signature") + "; both then sign again.");
    }

    /** "Amira Haddad's", "Amira Haddad's and Jonas Berg's", or empty: who has signed the draft. */
    private String signers(Agreement draft) {
        if (draft == null || !draft.isDraft()) {
            return "";
        }
        List<String> names = Arrays.stream(Seat.values()).filter(seat -> draft.signature(seat) != null)
                .map(seat -> name(seat, draft.signature(seat)) + "'s").toList();
        return String.join(" and ", names);
    }

    /** The signer's name as the parties know it now; the label it signed with when the party is gone. */
    private String name(Seat seat, Signature signature) {
        return parties.stream().filter(p -> p.seat() == seat && p.id() == signature.partyId()).findFirst()
                .map(Party::displayName).orElse(signature.label());
    }
}
