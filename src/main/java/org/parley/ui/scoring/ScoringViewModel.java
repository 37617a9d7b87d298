package org.parley.ui.scoring;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.parley.app.service.Consent;
import org.parley.app.service.ScoringService;
import org.parley.domain.AssessmentInput;
import org.parley.domain.Party;
import org.parley.domain.ScoringBoard;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.InView;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.SaveChoice;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * The Scoring page for the party at the keyboard: it loads what that party may see into its {@link ScoringQueue},
 * opens one initiative in the {@link AssessmentForm}, submits it, and asks about unsubmitted scores before anything
 * leaves them; its {@link ScoringRounds} reveal and rescore. It only ever holds what the active party may see.
 */
public final class ScoringViewModel {

    private final ScoringService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final InView inView;

    private final ReadOnlyObjectWrapper<ScoringBoard.Entry> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final AssessmentForm form = new AssessmentForm();
    private final ScoringQueue queue = new ScoringQueue(selected.getReadOnlyProperty());
    private final ScoringRounds rounds;
    /** True while a save chosen on leaving runs: asking again then would save twice. */
    private boolean savingToLeave;

    public ScoringViewModel(ScoringService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state,
                            JointConsent consent) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.rounds = new ScoringRounds(service, tasks, dialogs, state, consent, this);
        // A party taking the laptop starts at its first unscored initiative, not where the other one was.
        inView = new InView(() -> reload(-1, true), this::clear);
        state.workshopProperty().addListener(inView.onChange());
        state.activePartyProperty().addListener(inView.onChange());
        state.addLeaveGuard(this::leave);
        reload();
        inView.justLoaded();
    }

    // properties

    /** The initiative open on the page, in the queue and the form; null when there is none. */
    public ReadOnlyObjectProperty<ScoringBoard.Entry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ScoringQueue queue() {
        return queue;
    }

    public AssessmentForm form() {
        return form;
    }

    public ScoringRounds rounds() {
        return rounds;
    }

    /** Whether the Scoring screen is in view: it loads another party's or workshop's board only while it is. */
    public InView inView() {
        return inView;
    }

    // commands

    /** Reloads what the active party may see, showing the initiative last chosen on any screen. */
    public void reload() {
        long chosen = state.selectedInitiativeProperty().get();
        reload(chosen >= 0 ? chosen : selected.get() == null ? -1 : selected.get().initiative().id(), false);
    }

    /**
     * Opens an initiative in the form, after asking about unsaved scores: at once, or once they are saved. True
     * when it is open now; false while the person stays, or until the save they chose has succeeded.
     */
    public boolean select(ScoringBoard.Entry entry) {
        if (entry != null && selected.get() != null && selected.get().initiative().id() == entry.initiative().id()) {
            return true;
        }
        boolean[] opened = new boolean[1];
        leave(() -> {
            open(entry);
            opened[0] = true;
        });
        return opened[0];
    }

    /** Submits the form for the active party, then opens the next initiative it has not scored. */
    public void submit() {
        ScoringBoard.Entry entry = selected.get();
        Party party = state.activeParty();
        if (entry == null || party == null || !form.openProperty().get()) {
            return;
        }
        if (!readyToSubmit()) {
            return;
        }
        AssessmentInput input = form.input();
        Consent own = state.consent();
        tasks.task("Submitting scores", () -> service.submit(entry.initiative().id(), party, input, own))
                .onSuccess(saved -> {
                    if (state.activeParty() == null || state.activeParty().id() != party.id()) {
                        return;   // the laptop has been passed on meanwhile: nothing of this may show
                    }
                    state.tellPrivately(party, "Submitted your scores for \u201C" + entry.initiative().title()
                            + "\u201D.");
                    state.changed();
                    reload(entry.initiative().id(), true);
                })
                .onFailure(Failures.reportTo(dialogs, "Could not submit the scores"))
                .start();
    }

    /** The menu's Reveal together…: see {@link ScoringRounds#revealAll()}. */
    public void revealAll() {
        rounds.revealAll();
    }

    /** True when the person may move on now; with a save to wait for, false: they move once it succeeded. */
    public boolean mayLeave() {
        boolean[] now = new boolean[1];
        leave(() -> now[0] = true);
        return now[0];
    }

    /** Loads the board again with the initiative {@code id} open, after a reveal or a new round. */
    void reloadKeeping(long id) {
        reload(id, false);
    }

    /**
     * The form's leave guard: asks what to do with unsubmitted scores and calls {@code proceed} when the person
     * may go; after Save only once the scores are stored, so a failed save leaves them on the form, still typed.
     */
    void leave(Runnable proceed) {
        if (!form.openProperty().get() || !form.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        if (savingToLeave) {
            return;
        }
        SaveChoice choice = dialogs.askSaveChanges("your scores for \u201C" + selected.get().initiative().title() + "\u201D");
        if (choice == SaveChoice.CANCEL) {
            return;
        }
        if (choice == SaveChoice.DISCARD) {
            form.markSaved();
            proceed.run();
            return;
        }
        if (!readyToSubmit()) {
            return;
        }
        Party party = state.activeParty();
        ScoringBoard.Entry entry = selected.get();
        AssessmentInput input = form.input();
        Consent own = state.consent();
        savingToLeave = true;
        tasks.task("Submitting scores", () -> service.submit(entry.initiative().id(), party, input, own))
                .onFinished(() -> savingToLeave = false)
                .onSuccess(saved -> {
                    state.changed();
                    if (!input.equals(form.input()) || selected.get() != entry) {
                        // Typed on while it saved: that is unsaved again, so the person stays with it.
                        state.tellPrivately(party, "Saved your earlier scores; you have changed them since.");
                        return;
                    }
                    state.tellPrivately(party, "Submitted your scores for \u201C" + entry.initiative().title()
                            + "\u201D.");
                    form.markSaved();
                    proceed.run();
                    // The queue learns of the submission without reopening the form the person moved to.
                    refreshBoard();
                })
                .onFailure(Failures.reportTo(dialogs, "Could not submit the scores"))
                .start();
    }

    /** From a first try to submit on, the first missing score is marked; true when nothing is missing. */
    private boolean readyToSubmit() {
        if (form.attempt()) {
            return true;
        }
        state.tell(form.problemProperty().get());
        form.pointAtFirstMissing();
        return false;
    }

    private void clear() {
        queue.clear();
        rounds.loaded(null);
        form.criteria().clear();
        open(null);
    }

    private void refreshBoard() {
        ScoringBoard.Entry now = selected.get();
        reload(now == null ? -1 : now.initiative().id(), false);
    }

    private void reload(long keepId, boolean advance) {
        Workshop workshop = state.workshop();
        Party party = state.activeParty();
        if (workshop == null || party == null) {
            clear();
            return;
        }
        tasks.task("Loading scores", () -> new Loaded(service.board(workshop.id(), party.seat()),
                        service.criteria(workshop.id())))
                .onSuccess(loaded -> {
                    if (state.activeParty() == null || state.activeParty().id() != party.id()
                            || state.workshop() == null || state.workshop().id() != workshop.id()) {
                        return;
                    }
                    form.criteria().setAll(loaded.criteria());
                    queue.show(loaded.board(), state.parties());
                    rounds.loaded(loaded.board());
                    ScoringBoard.Entry next = advance ? queue.nextAfter(keepId) : queue.find(keepId);
                    if (keepsTyping(next)) {
                        selected.set(next);   // fresh rounds and scores, but the scores being typed stay
                        form.keepTyping(next);
                    } else {
                        open(next);
                    }
                })
                .onFailure(Failures.reportTo(dialogs, "Could not load the scores"))
                .start();
    }

    /** A reload that lands on the initiative whose form holds unsaved scores must not wipe them. */
    private boolean keepsTyping(ScoringBoard.Entry next) {
        ScoringBoard.Entry now = selected.get();
        return form.dirtyProperty().get() && now != null && next != null
                && now.initiative().id() == next.initiative().id() && next.round().acceptsScores();
    }

    private record Loaded(ScoringBoard board, List<ValueCriterion> criteria) {
    }

    private void open(ScoringBoard.Entry entry) {
        selected.set(entry);
        if (entry != null) {
            state.selectedInitiativeProperty().set(entry.initiative().id());
        }
        form.open(entry);
        rounds.opened(entry);
    }
}
