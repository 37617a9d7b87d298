package org.parley.ui.negotiation;

import org.parley.app.service.Consent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.app.service.AgreementService;
import org.parley.app.service.DivergenceService;
import org.parley.app.service.NoteService;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatus;
import org.parley.domain.AgreementTerms;
import org.parley.domain.AgreementVersions;
import org.parley.domain.Analysis;
import org.parley.domain.Divergence;
import org.parley.domain.Frontier;
import org.parley.domain.Note;
import org.parley.domain.Party;
import org.parley.domain.Seat;
import org.parley.domain.Workshop;
import org.parley.ui.common.InView;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.PinPrompt;
import org.parley.ui.common.SaveChoice;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * Negotiating one revealed initiative: both positions, the notes, and the agreement with its versions.
 * Drafts are saved, then signed by both parties with their PINs; a signed version is only ever amended.
 */
public final class NegotiationViewModel {

    /** A revealed initiative in the list, with where its agreement stands. */
    public record Item(long id, String title, String divergence, String status, boolean exception) {
    }

    private final DivergenceService divergence;
    private final AgreementService agreements;
    private final NoteService notesService;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final InView inView;
    private final PinPrompt pins;

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Item> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Analysis.Revealed> positions = new ReadOnlyObjectWrapper<>(this, "positions");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(this, "why", "");
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final StringProperty newNote = new SimpleStringProperty(this, "newNote", "");
    private final ObservableList<Agreement> versions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Agreement> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper shownState = new ReadOnlyStringWrapper(this, "shownState", "");
    private final ReadOnlyBooleanWrapper canPropose = new ReadOnlyBooleanWrapper(this, "canPropose");
    private final ReadOnlyBooleanWrapper canSign = new ReadOnlyBooleanWrapper(this, "canSign");
    private final ReadOnlyBooleanWrapper canAmend = new ReadOnlyBooleanWrapper(this, "canAmend");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final AgreementForm form = new AgreementForm();
    private final SignOffs signOffs = new SignOffs(form.dirtyProperty());
    private Analysis analysis;
    /** Counts reloads, so that only the latest one's result is shown. */
    private long reloads;
    private LocalDate today = LocalDate.now();
    /** True while a save chosen on leaving runs: asking again then would save twice. */
    private boolean savingToLeave;

    public NegotiationViewModel(DivergenceService divergence, AgreementService agreements, NoteService notes,
                                TaskRunner tasks, DialogService dialogs, WorkbenchState state, PinPrompt pins) {
        this.pins = pins;
        this.divergence = divergence;
        this.agreements = agreements;
        this.notesService = notes;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        inView = new InView(this::reload, this::forget);
        state.workshopProperty().addListener(inView.onChange());
        state.addLeaveGuard(this::leave);
    }

    // properties

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyObjectProperty<Item> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Both parties' latest revealed assessments of the selected initiative. */
    public ReadOnlyObjectProperty<Analysis.Revealed> positionsProperty() {
        return positions.getReadOnlyProperty();
    }

    /** The divergence class and why, in words. */
    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    public ObservableList<Note> notes() {
        return notes;
    }

    public StringProperty newNoteProperty() {
        return newNote;
    }

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

    public ObservableList<Party> parties() {
        return state.parties();
    }

    // commands

    public void reload() {
        long generation = ++reloads;
        Workshop workshop = state.workshop();
        if (workshop == null) {
            forget();
            return;
        }
        // The list is built off the FX thread too; a result overtaken by a later reload is dropped.
        tasks.run("Loading the negotiation", () -> {
            Analysis loaded = divergence.analysis(workshop.id(), null);
            return new Loaded(loaded, items(loaded, agreements.agreements(workshop.id())), agreements.today());
        }, loaded -> {
            if (generation != reloads) {
                return;
            }
            analysis = loaded.analysis();
            today = loaded.today();
            items.setAll(loaded.items());
            long keep = selected.get() != null ? selected.get().id() : state.selectedInitiativeProperty().get();
            List<Item> list = loaded.items();
            open(list.stream().filter(i -> i.id() == keep).findFirst().orElse(list.isEmpty() ? null : list.get(0)));
        }, Failures.reportTo(dialogs, "Could not load the negotiation"));
    }

    /** Whether the Negotiation screen is in view: it loads another workshop's agreements only while it is. */
    public InView inView() {
        return inView;
    }

    private void forget() {
        ++reloads;
        items.clear();
        open(null);
    }

    /** One row per revealed initiative, with its class and where its agreement stands. */
    private static List<Item> items(Analysis analysis, List<Agreement> all) {
        Map<Long, List<Agreement>> byInitiative = all.stream().collect(Collectors.groupingBy(Agreement::initiativeId));
        List<Item> list = new ArrayList<>(analysis.revealed().size());
        for (Analysis.Revealed r : analysis.revealed()) {
            long id = r.initiative().id();
            List<Agreement> own = byInitiative.getOrDefault(id, List.of());
            AgreementVersions stand = AgreementVersions.of(own);
            String cls = analysis.divergenceOf(id).map(d -> d.divergenceClass().label()).orElse("");
            list.add(new Item(id, r.initiative().title(), cls, stand.summary(), stand.exception()));
        }
        return List.copyOf(list);
    }

    private record Loaded(Analysis analysis, List<Item> items, LocalDate today) {
    }

    /**
     * Shows another initiative, after asking about unsaved terms: true when it shows now; false while the person
     * stays, or until the save they chose has succeeded (then it shows).
     */
    public boolean select(Item item) {
        if (item != null && selected.get() != null && selected.get().id() == item.id()) {
            return true;
        }
        boolean[] opened = new boolean[1];
        leave(() -> {
            open(item);
            opened[0] = true;
        });
        return opened[0];
    }

    /** Shows an older version, read only, after asking about unsaved terms. */
    public void showVersion(Agreement version) {
        if (version != null) {
            leave(() -> show(version));
        }
    }

    public void addNote() {
        Item item = selected.get();
        Party party = state.activeParty();
        String text = newNote.get();
        if (item == null || text == null || text.isBlank()) {
            return;
        }
        if (party == null) {
            dialogs.showError("Who is writing?", "A note is attributed to a party. Pass the laptop to the party "
                    + "writing it first (Ctrl+P).");
            return;
        }
        Consent own = state.consent();
        tasks.run("Adding the note", () -> notesService.add(item.id(), party, text, own), note -> {
            newNote.set("");
            notes.add(note);
            state.changed();
        }, Failures.reportTo(dialogs, "Could not add the note"));
    }

    /** Saves the form as a new draft, a change to the open draft, or an amendment of the signed version. */
    public void saveDraft() {
        saveDraft(null);
    }

    /** Saves; with {@code then} (leaving), runs it once saved, unless the terms changed meanwhile. */
    private void saveDraft(Runnable then) {
        Item item = selected.get();
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
                && Objects.equals(on.agreedAppetite(), appetite())) {
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
            boolean unchanged = selected.get() == item && terms.equals(form.terms());
            if (then != null && unchanged) {
                show(saved);   // the form holds what is stored now: nothing is left to ask about
            }
            reloadAgreements(item.id(), saved.id());
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
        form.load(current.terms(), appetite(), today, true);
        shownState.set("Amending version " + current.version() + ": change the terms, save the new version, "
                + "then both parties sign it.");
        canAmend.set(false);
        canSign.set(false);
    }

    /** The party at {@code seat} signs the draft in the form, with its PIN when it has one. */
    public void sign(Seat seat) {
        Agreement draft = shown.get();
        Party party = party(seat);
        if (draft == null || !draft.isDraft() || party == null) {
            return;
        }
        if (form.dirtyProperty().get()) {
            state.tell("Save the changed terms first: a signature is for saved terms.");
            return;
        }
        withPin(party, "Sign version " + draft.version(), "sign version " + draft.version() + " of the agreement on "
                + quoted(), "Signing", pin -> agreements.sign(draft.id(), party, pin), signed -> {
                    state.tell(signed.isDraft() ? party.label() + " signed version " + signed.version()
                            + ". It is agreed once the other party signs too."
                            : "Both signed: version " + signed.version() + " is agreed and frozen.");
                    state.changed();
                    reloadAgreements(draft.initiativeId(), signed.id());
                }, "Could not sign");
    }

    /** The party at {@code seat} signs the revocation of the current agreement. */
    public void revoke(Seat seat) {
        Agreement current = shown.get();
        Party party = party(seat);
        if (current == null || current.status() != AgreementStatus.FROZEN || party == null) {
            return;
        }
        withPin(party, "Revoke version " + current.version(), "sign the revocation of version " + current.version()
                + " of the agreement on " + quoted(), "Revoking",
                pin -> agreements.signRevocation(current.id(), party, pin), saved -> {
                    state.tell(saved.status() == AgreementStatus.REVOKED
                            ? "Both signed the revocation: version " + saved.version() + " is revoked."
                            : party.label() + " signed the revocation; the other party must sign it too.");
                    state.changed();
                    reloadAgreements(current.initiativeId(), saved.id());
                }, "Could not sign the revocation");
    }

    /** True when the person may move on now; with a save to wait for, false: they move once it succeeded. */
    public boolean mayLeave() {
        boolean[] now = new boolean[1];
        leave(() -> now[0] = true);
        return now[0];
    }

    /**
     * The form's leave guard: asks what to do with unsaved terms and calls {@code proceed} when the person may go;
     * after Save only once the draft is stored, so a failed save leaves them on the form, still typed.
     */
    private void leave(Runnable proceed) {
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
            form.load(on == null ? proposalDefaults() : on.terms(), appetite(), today, form.editableProperty().get());
            proceed.run();
        }
    }

    private void open(Item item) {
        selected.set(item);
        notes.clear();
        versions.clear();
        if (item == null) {
            positions.set(null);
            why.set("");
            show(null);
            return;
        }
        state.selectedInitiativeProperty().set(item.id());
        Analysis.Revealed revealed = analysis.byId().get(item.id());
        positions.set(revealed);
        Optional<Divergence> d = analysis.divergenceOf(item.id());
        why.set(d.map(x -> x.divergenceClass().label() + ": " + x.why(label(Seat.FIRST), label(Seat.SECOND)))
                .orElse("The appetites are not both revealed yet, so this initiative is not classified."));
        reloadAgreements(item.id(), -1);
    }

    private void reloadAgreements(long initiativeId, long showId) {
        tasks.run("Loading the agreement", () -> new Detail(agreements.versions(initiativeId),
                notesService.notes(initiativeId)), detail -> {
            if (selected.get() == null || selected.get().id() != initiativeId) {
                return;
            }
            List<Agreement> newestFirst = new ArrayList<>(detail.versions());
            newestFirst.sort((a, b) -> Integer.compare(b.version(), a.version()));
            versions.setAll(newestFirst);
            notes.setAll(detail.notes());
            Agreement toShow = newestFirst.stream().filter(a -> a.id() == showId).findFirst()
                    .or(() -> newestFirst.stream().filter(Agreement::isDraft).findFirst())
                    .or(() -> newestFirst.stream().filter(Agreement::isCurrent).findFirst())
                    .orElse(null);
            show(toShow);
            refreshItem(initiativeId, newestFirst);
        }, Failures.reportTo(dialogs, "Could not load the agreement"));
    }

    private record Detail(List<Agreement> versions, List<Note> notes) {
    }

    private void show(Agreement agreement) {
        shown.set(agreement);
        signOffs.show(agreement, state.parties());
        boolean appetiteReady = analysis != null && analysis.appetites().agreed() != null;
        message.set(selected.get() == null ? "" : appetiteReady ? ""
                : "The agreed appetite is not set yet: reveal both appetites (Divergence \u25B8 Appetite) first.");
        if (agreement == null) {
            form.load(proposalDefaults(), appetite(), today, appetiteReady && selected.get() != null);
            shownState.set(selected.get() == null ? "" : "No agreement yet: propose the terms, save them as a draft, "
                    + "then both parties sign.");
        } else {
            boolean editable = agreement.isDraft();
            form.load(agreement.terms(), agreement.isDraft() ? appetite() : agreement.agreedAppetite(),
                    agreement.isDraft() ? today : agreement.proposedOn(ZoneId.systemDefault()), editable);
            shownState.set("Version " + agreement.version() + ": " + agreement.stateText(label(Seat.FIRST),
                    label(Seat.SECOND)) + (agreement.isException() ? " \u00B7 exception" : ""));
        }
        canPropose.set(form.editableProperty().get());
        canSign.set(agreement != null && agreement.isDraft());
        canAmend.set(agreement != null && agreement.status() == AgreementStatus.FROZEN
                && versions.stream().noneMatch(Agreement::isDraft));
    }

    private void refreshItem(long initiativeId, List<Agreement> all) {
        for (int i = 0; i < items.size(); i++) {
            Item old = items.get(i);
            if (old.id() == initiativeId) {
                AgreementVersions stand = AgreementVersions.of(all);
                Item fresh = new Item(old.id(), old.title(), old.divergence(), stand.summary(), stand.exception());
                if (!fresh.equals(old)) {
                    items.set(i, fresh);
                    if (selected.get() != null && selected.get().id() == initiativeId) {
                        selected.set(fresh);
                    }
                }
            }
        }
    }

    /** A new proposal starts from the parties' scores, as the domain's rule says. */
    private AgreementTerms proposalDefaults() {
        Analysis.Revealed r = positions.get();
        if (r == null) {
            return AgreementForm.empty();
        }
        return AgreementTerms.proposedFrom(r.first(), r.second());
    }

    private Frontier appetite() {
        return analysis == null ? null : analysis.appetites().agreed();
    }

    private Party party(Seat seat) {
        return state.parties().stream().filter(p -> p.seat() == seat).findFirst().orElse(null);
    }

    private String label(Seat seat) {
        Party party = party(seat);
        return party == null ? "Party " + seat.number() : party.roleLabel();
    }

    /**
     * Runs a signature of {@code party} with its PIN. The party at the keyboard types it in a dialog over its own
     * screen; any other party types it behind the cover, which takes the active party's screen out of the window.
     */
    private <T> void withPin(Party party, String title, String what, String label,
                             Function<String, T> work, Consumer<T> done,
                             String failure) {
        Party active = state.activeParty();
        if (active != null && active.id() == party.id()) {
            answerOf(party, title).ifPresent(answer -> tasks.run(label, () -> work.apply(answer.pin()), done,
                    Failures.reportTo(dialogs, failure)));
        } else {
            pins.ask(party, what, label, work, done, Failures.reportTo(dialogs, failure));
        }
    }

    private String quoted() {
        Item item = selected.get();
        return item == null ? "this initiative" : "\u201C" + item.title() + "\u201D";
    }

    /** A party's yes to a signature: its PIN, or null when it has none. */
    private record Answer(String pin) {
    }

    /** The party's answer for a signature, or nothing when it cancelled. */
    private Optional<Answer> answerOf(Party party, String what) {
        if (!party.hasPin()) {
            return dialogs.confirm(what, party.label() + " signs " + what.toLowerCase(Locale.ROOT)
                    .replaceFirst("^(sign|revoke) ", "") + "?", "Sign as " + party.roleLabel())
                    ? Optional.of(new Answer(null)) : Optional.empty();
        }
        return dialogs.askPin(what, party.label(), true, true).map(change -> new Answer(change.current()));
    }
}
