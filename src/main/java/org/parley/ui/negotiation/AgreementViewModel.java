package org.parley.ui.negotiation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.app.service.AgreementService;
import org.parley.app.service.Consent;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatus;
import org.parley.domain.AgreementTerms;
import org.parley.domain.Analysis;
import org.parley.domain.Party;
import org.parley.domain.Seat;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.PinPrompt;
import org.parley.ui.common.SaveChoice;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;
import org.parley.ui.negotiation.ItemsViewModel.Item;

/**
 * The agreement on the initiative chosen in {@link ItemsViewModel}, with its versions. Drafts are saved, then signed
 * by both parties with their PINs ({@link Signing}); a signed version is only ever amended, or revoked by both.
 */
public final class AgreementViewModel {

    private final AgreementService agreements;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final ItemsViewModel items;
    private final Signing signing;

    private final ObservableList<Agreement> versions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Agreement> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper shownState = new ReadOnlyStringWrapper(this, "shownState", "");
    private final ReadOnlyBooleanWrapper canPropose = new ReadOnlyBooleanWrapper(this, "canPropose");
    private final ReadOnlyBooleanWrapper canSign = new ReadOnlyBooleanWrapper(this, "canSign");
    private final ReadOnlyBooleanWrapper canAmend = new ReadOnlyBooleanWrapper(this, "canAmend");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final AgreementForm form = new AgreementForm();
    private final SignOffs signOffs = new SignOffs(form.dirtyProperty());
    /** True while a save chosen on leaving runs: asking again then would save twice. */
    private boolean savingToLeave;

    AgreementViewModel(AgreementService agreements, TaskRunner tasks, DialogService dialogs, WorkbenchState state,
                       PinPrompt pins, ItemsViewModel items) {
        this.agreements = agreements;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.items = items;
        this.signing = new Signing(agreements, tasks, dialogs, state, pins);
        state.addLeaveGuard(this::leave);
    }

    // properties

    /** Every version of the selected initiative's agreement, newest first. */
    public ObservableList<Agreement> versions() {
        return versions;
    }

    /** The version in the form: the open draft, else the current signed one, else none (a new proposal). */
    public ReadOnlyObjectProperty<Agreement> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shownStateProperty() {
        return shownState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canProposeProperty() {
        return canPropose.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSignProperty() {
        return canSign.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAmendProperty() {
        return canAmend.getReadOnlyProperty();
    }

    /** Why nothing can be agreed yet, when that is so. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public AgreementForm form() {
        return form;
    }

    /** Who signed the version in the form, and when; which party can sign it now. */
    public SignOffs signOffs() {
        return signOffs;
    }

    /** The parties who sign, seat one first. */
    public ObservableList<Party> parties() {
        return state.parties();
    }

    // commands

    /** Shows an older version, read only, after asking about unsaved terms. */
    public void showVersion(Agreement version) {
        if (version != null) {
            leave(() -> show(version));
        }
    }

    /** Saves the form as a new draft, a change to the open draft, or an amendment of the signed version. */
    public void saveDraft() {
        saveDraft(null);
    }

    /** Saves; with {@code then} (leaving), runs it once saved, unless the terms changed meanwhile. */
    private void saveDraft(Runnable then) {
        Item item = items.selectedProperty().get();
        if (item == null || !form.editableProperty().get()) {
            return;
        }
        form.attempt();
        if (!form.validProperty().get()) {
            state.tell("Fix the marked fields to save: " + form.firstProblemProperty().get());
            return;
        }
        AgreementTerms terms = form.terms();
        Agreement on = shown.get();
        if (then == null && on != null && on.isDraft() && terms.equals(on.terms())
                && Objects.equals(on.agreedAppetite(), items.appetite())) {
            // Saving it again would change nothing but clear a signature already given.
            state.tell("Nothing to save: version " + on.version() + " is stored as shown.");
            return;
        }
        savingToLeave = then != null;
        Consent given = state.consent();
        tasks.task("Saving the agreement", () -> {
            if (on == null || on.status() == AgreementStatus.REVOKED) {
                return agreements.propose(item.id(), terms, given);
            }
            if (on.isDraft()) {
                return agreements.edit(on.id(), terms, given);
            }
            return agreements.amend(on.id(), terms, given);
        }).onFinished(() -> savingToLeave = false).onSuccess(saved -> {
            String cleared = on != null ? signOffs.clearedBySaving(on, !terms.equals(on.terms())) : "";
            state.tell("Saved version " + saved.version() + " as a draft. "
                    + (cleared.isEmpty() ? "Both parties sign it to agree." : cleared));
            state.changed();
            boolean unchanged = items.selectedProperty().get() == item && terms.equals(form.terms());
            if (then != null && unchanged) {
                show(saved);   // the form holds what is stored now: nothing is left to ask about
            }
            load(item.id(), saved.id());
            if (then != null && unchanged) {
                then.run();
            }
        }).onFailure(Failures.reportTo(dialogs, "Could not save the agreement")).start();
    }

    /** Starts a new version from the signed one: the form opens on its terms, editable. */
    public void amend() {
        Agreement current = shown.get();
        if (current == null || current.status() != AgreementStatus.FROZEN) {
            return;
        }
        form.load(current.terms(), items.appetite(), items.today(), true);
        shownState.set("Amending version " + current.version() + ": change the terms, save the new version, "
                + "then both parties sign it.");
        canAmend.set(false);
        canSign.set(false);
    }

    /** The party at {@code seat} signs the draft in the form, with its PIN when it has one. */
    public void sign(Seat seat) {
        Agreement draft = shown.get();
        Party party = Seats.party(state.parties(), seat);
        if (draft == null || !draft.isDraft() || party == null) {
            return;
        }
        if (form.dirtyProperty().get()) {
            state.tell("Save the changed terms first: a signature is for saved terms.");
            return;
        }
        signing.sign(draft, party, quoted(), signed -> load(draft.initiativeId(), signed.id()));
    }

    /** The party at {@code seat} signs the revocation of the current agreement. */
    public void revoke(Seat seat) {
        Agreement current = shown.get();
        Party party = Seats.party(state.parties(), seat);
        if (current == null || current.status() != AgreementStatus.FROZEN || party == null) {
            return;
        }
        signing.revoke(current, party, quoted(), revoked -> load(current.initiativeId(), revoked.id()));
    }

    /**
     * The form's leave guard: asks what to do with unsaved terms and calls {@code proceed} when the person may go;
     * after Save only once the draft is stored, so a failed save leaves them on the form, still typed.
     */
    void leave(Runnable proceed) {
        if (!form.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        if (savingToLeave) {
            return;
        }
        SaveChoice choice = dialogs.askSaveChanges("the agreement terms");
        if (choice == SaveChoice.SAVE) {
            saveDraft(proceed);
        } else if (choice == SaveChoice.DISCARD) {
            Agreement on = shown.get();
            form.load(on == null ? proposalDefaults() : on.terms(), items.appetite(), items.today(),
                    form.editableProperty().get());
            proceed.run();
        }
    }

    /** Shows the agreement on {@code item}, the initiative just chosen (none for null). */
    void open(Item item) {
        versions.clear();
        if (item == null) {
            show(null);
        } else {
            load(item.id(), -1);
        }
    }

    /** Loads the versions; shows the one with {@code showId}, else the open draft, else the current one. */
    private void load(long initiativeId, long showId) {
        tasks.task("Loading the agreement", () -> agreements.versions(initiativeId)).onSuccess(loaded -> {
            Item item = items.selectedProperty().get();
            if (item == null || item.id() != initiativeId) {
                return;
            }
            List<Agreement> newestFirst = new ArrayList<>(loaded);
            newestFirst.sort((a, b) -> Integer.compare(b.version(), a.version()));
            versions.setAll(newestFirst);
            Agreement toShow = newestFirst.stream().filter(a -> a.id() == showId).findFirst()
                    .or(() -> newestFirst.stream().filter(Agreement::isDraft).findFirst())
                    .or(() -> newestFirst.stream().filter(Agreement::isCurrent).findFirst())
                    .orElse(null);
            show(toShow);
            items.refresh(initiativeId, newestFirst);
        }).onFailure(Failures.reportTo(dialogs, "Could not load the agreement")).start();
    }

    private void show(Agreement agreement) {
        boolean chosen = items.selectedProperty().get() != null;
        shown.set(agreement);
        signOffs.show(agreement, state.parties());
        boolean appetiteReady = items.appetite() != null;
        message.set(!chosen ? "" : appetiteReady ? ""
                : "The agreed appetite is not set yet: reveal both appetites (Divergence \u25B8 Appetite) first.");
        if (agreement == null) {
            form.load(proposalDefaults(), items.appetite(), items.today(), appetiteReady && chosen);
            shownState.set(!chosen ? "" : "No agreement yet: propose the terms, save them as a draft, "
                    + "then both parties sign.");
        } else {
            boolean editable = agreement.isDraft();
            form.load(agreement.terms(), agreement.isDraft() ? items.appetite() : agreement.agreedAppetite(),
                    agreement.isDraft() ? items.today() : agreement.proposedOn(ZoneId.systemDefault()), editable);
            shownState.set("Version " + agreement.version() + ": " + agreement.stateText(
                    Seats.label(state.parties(), Seat.FIRST), Seats.label(state.parties(), Seat.SECOND))
                    + (agreement.isException() ? " \u00B7 exception" : ""));
        }
        canPropose.set(form.editableProperty().get());
        canSign.set(agreement != null && agreement.isDraft());
        canAmend.set(agreement != null && agreement.status() == AgreementStatus.FROZEN
                && versions.stream().noneMatch(Agreement::isDraft));
    }

    /** A new proposal starts from the parties' scores, as the domain's rule says. */
    private AgreementTerms proposalDefaults() {
        Analysis.Revealed r = items.positionsProperty().get();
        if (r == null) {
            return AgreementForm.empty();
        }
        return AgreementTerms.proposedFrom(r.first(), r.second());
    }

    private String quoted() {
        Item item = items.selectedProperty().get();
        return item == null ? "this initiative" : "\u201C" + item.title() + "\u201D";
    }
}
