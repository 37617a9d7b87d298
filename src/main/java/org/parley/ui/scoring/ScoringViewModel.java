package org.parley.ui.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.parley.app.service.Consent;
import org.parley.app.service.ScoringService;
import org.parley.domain.Assessment;
import org.parley.domain.AssessmentInput;
import org.parley.domain.Band;
import org.parley.domain.Party;
import org.parley.domain.RiskScore;
import org.parley.domain.ScoringBoard;
import org.parley.domain.ValueCriterion;
import org.parley.domain.ValueScore;
import org.parley.domain.Workshop;
import org.parley.ui.common.InView;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.SaveChoice;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * Scoring for the party at the keyboard: its queue, the form for one initiative with live risk and value,
 * and, once revealed, both parties' scores. It only ever holds what the active party may see.
 */
public final class ScoringViewModel {

    private final ScoringService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final InView inView;
    private final JointConsent consent;

    private final ReadOnlyObjectWrapper<ScoringBoard> board = new ReadOnlyObjectWrapper<>(this, "board");
    private final ObservableList<ScoringBoard.Entry> entries = FXCollections.observableArrayList();
    private final FilteredList<ScoringBoard.Entry> queue = new FilteredList<>(entries);
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll", true);
    private final ObservableList<ValueCriterion> criteria = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ScoringBoard.Entry> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    private final ObjectProperty<Integer> likelihood = new SimpleObjectProperty<>(this, "likelihood");
    private final ObjectProperty<Integer> impact = new SimpleObjectProperty<>(this, "impact");
    private final Map<Long, ObjectProperty<Integer>> criterionScores = new LinkedHashMap<>();
    private final StringProperty rationale = new SimpleStringProperty(this, "rationale", "");
    private final ReadOnlyObjectWrapper<RiskScore> risk = new ReadOnlyObjectWrapper<>(this, "risk");
    private final ReadOnlyStringWrapper valueText = new ReadOnlyStringWrapper(this, "valueText", "–");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper formOpen = new ReadOnlyBooleanWrapper(this, "formOpen");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper canReveal = new ReadOnlyBooleanWrapper(this, "canReveal");
    private final ReadOnlyBooleanWrapper canOpenRound = new ReadOnlyBooleanWrapper(this, "canOpenRound");
    private final ReadOnlyBooleanWrapper anyReady = new ReadOnlyBooleanWrapper(this, "anyReady");
    private final ReadOnlyStringWrapper firstMissing = new ReadOnlyStringWrapper(this, "firstMissing");
    private final ReadOnlyStringWrapper allScored = new ReadOnlyStringWrapper(this, "allScored", "");
    private boolean submitAttempted;
    /** True while a save chosen on leaving runs: asking again then would save twice. */
    private boolean savingToLeave;

    public ScoringViewModel(ScoringService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state,
                            JointConsent consent) {
        this.consent = consent;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        showAll.addListener(obs -> applyFilter());
        for (Observable input : List.of(likelihood, impact, rationale)) {
            input.addListener(obs -> recompute());
        }
        // A party taking the laptop starts at its first unscored initiative, not where the other one was.
        inView = new InView(() -> reload(-1, true), this::clear);
        state.workshopProperty().addListener(inView.onChange());
        state.activePartyProperty().addListener(inView.onChange());
        state.addLeaveGuard(this::leave);
        reload();
        inView.justLoaded();
    }

    // properties

    public ReadOnlyObjectProperty<ScoringBoard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    /** The initiatives in the queue: all, or only those the active party has not scored in their current round. */
    public ObservableList<ScoringBoard.Entry> queue() {
        return queue;
    }

    public BooleanProperty showAllProperty() {
        return showAll;
    }

    public ObservableList<ValueCriterion> criteria() {
        return criteria;
    }

    public ReadOnlyObjectProperty<ScoringBoard.Entry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> likelihoodProperty() {
        return likelihood;
    }

    public ObjectProperty<Integer> impactProperty() {
        return impact;
    }

    /** The score property of one criterion; the form has one per criterion of the workshop. */
    public ObjectProperty<Integer> criterionScoreProperty(ValueCriterion criterion) {
        return criterionScores.computeIfAbsent(criterion.id(), id -> {
            ObjectProperty<Integer> score = new SimpleObjectProperty<>(this, "criterion" + id);
            score.addListener(obs -> recompute());
            return score;
        });
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    /** The live risk score of the form, or null while likelihood or impact is missing. */
    public ReadOnlyObjectProperty<RiskScore> riskProperty() {
        return risk.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueTextProperty() {
        return valueText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty formOpenProperty() {
        return formOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRevealProperty() {
        return canReveal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canOpenRoundProperty() {
        return canOpenRound.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anyReadyProperty() {
        return anyReady.getReadOnlyProperty();
    }

    /**
     * After a refused submit, the first score still missing: "likelihood", "impact" or "criterion-N" (N counting
     * the workshop's criteria from 1), for the view to scroll to and mark; null otherwise.
     */
    public ReadOnlyStringProperty firstMissingProperty() {
        return firstMissing.getReadOnlyProperty();
    }

    /** Once the party has scored everything open to it, who takes the laptop next; "" until then. */
    public ReadOnlyStringProperty allScoredProperty() {
        return allScored.getReadOnlyProperty();
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
        if (entry == null || party == null || !formOpen.get()) {
            return;
        }
        if (!readyToSubmit()) {
            return;
        }
        AssessmentInput input = input();
        Consent own = state.consent();
        tasks.run("Submitting scores", () -> service.submit(entry.initiative().id(), party, input, own), saved -> {
            if (state.activeParty() == null || state.activeParty().id() != party.id()) {
                return;   // the laptop has been passed on meanwhile: nothing of this may show
            }
            state.tellPrivately(party, "Submitted your scores for \u201C" + entry.initiative().title() + "\u201D.");
            state.changed();
            reload(entry.initiative().id(), true);
        }, Failures.reportTo(dialogs, "Could not submit the scores"));
    }

    /** Reveals the selected initiative's current round: both parties agree, and both must have submitted it. */
    public void reveal() {
        ScoringBoard.Entry entry = selected.get();
        if (entry == null) {
            return;
        }
        leave(() -> consent.ask("reveal the scores of \u201C" + entry.initiative().title() + "\u201D", both -> tasks.run("Revealing", () -> {
            service.reveal(entry.initiative().id(), both);
            return entry;
        }, revealed -> {
            state.changed();
            state.tell("Revealed round " + revealed.round().round() + " of \u201C" + revealed.initiative().title() + "\u201D.");
            reload(revealed.initiative().id(), false);
        }, Failures.reportTo(dialogs, "Could not reveal"))));
    }

    /** Reveals, once both parties agree, every initiative both have submitted. */
    public void revealAll() {
        Workshop workshop = state.workshop();
        if (workshop == null) {
            return;
        }
        leave(() -> consent.ask("reveal every initiative you have both scored", both -> tasks.run("Revealing", () -> service.revealAll(workshop.id(), both), result -> {
            state.tell(result.revealed() == 0 ? "Nothing to reveal yet: both parties must submit an initiative first."
                    : "Revealed " + result.revealed() + (result.revealed() == 1 ? " initiative" : " initiatives")
                            + (result.waiting() > 0 ? "; " + result.waiting() + " still wait for scores." : "."));
            state.changed();
            reload();
        }, Failures.reportTo(dialogs, "Could not reveal"))));
    }

    /** Opens the next round for the selected initiative: both parties score it again, blind. */
    public void openRound() {
        ScoringBoard.Entry entry = selected.get();
        if (entry != null) {
            openRounds(List.of(entry));
        }
    }

    /** Opens the next round for each of the chosen revealed initiatives. */
    public void openRounds(List<ScoringBoard.Entry> chosen) {
        List<Long> ids = chosen.stream().map(e -> e.initiative().id()).toList();
        if (ids.isEmpty()) {
            return;
        }
        Consent own = state.consent();
        tasks.run("Opening a new round", () -> service.openRound(ids, own), opened -> {
            state.tell(opened.size() == 1 ? "Opened round " + opened.get(0).round() + ": both parties score again, blind."
                    : "Opened a new round for " + opened.size() + " initiatives.");
            state.changed();
            reload(ids.get(0), false);
        }, Failures.reportTo(dialogs, "Could not open a new round"));
    }

    /** The revealed initiatives, for choosing which get another round. */
    public List<ScoringBoard.Entry> revealedEntries() {
        return entries.stream().filter(e -> e.round().revealed()).toList();
    }

    /** True when the person may move on now; with a save to wait for, false: they move once it succeeded. */
    public boolean mayLeave() {
        boolean[] now = new boolean[1];
        leave(() -> now[0] = true);
        return now[0];
    }

    /**
     * The form's leave guard: asks what to do with unsubmitted scores and calls {@code proceed} when the person
     * may go; after Save only once the scores are stored, so a failed save leaves them on the form, still typed.
     */
    private void leave(Runnable proceed) {
        if (!formOpen.get() || !dirty.get()) {
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
            dirty.set(false);
            proceed.run();
            return;
        }
        if (!readyToSubmit()) {
            return;
        }
        Party party = state.activeParty();
        ScoringBoard.Entry entry = selected.get();
        AssessmentInput input = input();
        Consent own = state.consent();
        savingToLeave = true;
        tasks.task("Submitting scores", () -> service.submit(entry.initiative().id(), party, input, own))
                .onFinished(() -> savingToLeave = false)
                .onSuccess(saved -> {
                    state.changed();
                    if (!input.equals(input()) || selected.get() != entry) {
                        // Typed on while it saved: that is unsaved again, so the person stays with it.
                        state.tellPrivately(party, "Saved your earlier scores; you have changed them since.");
                        return;
                    }
                    state.tellPrivately(party, "Submitted your scores for \u201C" + entry.initiative().title()
                            + "\u201D.");
                    dirty.set(false);
                    proceed.run();
                    // The queue learns of the submission without reopening the form the person moved to.
                    refreshBoard();
                })
                .onFailure(Failures.reportTo(dialogs, "Could not submit the scores"))
                .start();
    }

    /** A submit without every score: says what is missing and points the view at the first missing score. */
    /** From a first try to submit on, the first missing score is marked; true when nothing is missing. */
    private boolean readyToSubmit() {
        submitAttempted = true;
        recompute();
        if (!problem.get().isEmpty()) {
            refuse();
            return false;
        }
        return true;
    }

    private void refuse() {
        state.tell(problem.get());
        firstMissing.set(null);
        firstMissing.set(missingField());
    }

    private String missingField() {
        if (likelihood.get() == null) {
            return "likelihood";
        }
        if (impact.get() == null) {
            return "impact";
        }
        for (int i = 0; i < criteria.size(); i++) {
            if (criterionScoreProperty(criteria.get(i)).get() == null) {
                return "criterion-" + (i + 1);
            }
        }
        return null;
    }

    /** Whether the Scoring screen is in view: it loads another party's or workshop's board only while it is. */
    public InView inView() {
        return inView;
    }

    private void clear() {
        board.set(null);
        entries.clear();
        criteria.clear();
        open(null);
        summary.set("");
        anyReady.set(false);
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
        tasks.run("Loading scores", () -> new Loaded(service.board(workshop.id(), party.seat()),
                service.criteria(workshop.id())), loaded -> {
            if (state.activeParty() == null || state.activeParty().id() != party.id()
                    || state.workshop() == null || state.workshop().id() != workshop.id()) {
                return;
            }
            criteria.setAll(loaded.criteria());
            board.set(loaded.board());
            entries.setAll(loaded.board().entries());
            applyFilter();
            summarise(loaded.board());
            ScoringBoard.Entry next = advance ? nextAfter(keepId) : find(keepId);
            if (keepsTyping(next)) {
                selected.set(next);   // fresh rounds and scores, but the scores being typed stay
                recompute();
            } else {
                open(next);
            }
        }, Failures.reportTo(dialogs, "Could not load the scores"));
    }

    /** A reload that lands on the initiative whose form holds unsaved scores must not wipe them. */
    private boolean keepsTyping(ScoringBoard.Entry next) {
        ScoringBoard.Entry now = selected.get();
        return dirty.get() && now != null && next != null && now.initiative().id() == next.initiative().id()
                && next.round().acceptsScores();
    }

    private record Loaded(ScoringBoard board, List<ValueCriterion> criteria) {
    }

    private ScoringBoard.Entry find(long id) {
        return entries.stream().filter(e -> e.initiative().id() == id).findFirst()
                .orElse(queue.isEmpty() ? null : queue.get(0));
    }

    /** The next initiative in the queue, after {@code id}, that still needs the active party's scores. */
    private ScoringBoard.Entry nextAfter(long id) {
        int start = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).initiative().id() == id) {
                start = i + 1;
            }
        }
        for (int k = 0; k < entries.size(); k++) {
            ScoringBoard.Entry candidate = entries.get((start + k) % entries.size());
            if (!candidate.scoredByViewer() && candidate.round().acceptsScores()) {
                return candidate;
            }
        }
        return find(id);
    }

    private void open(ScoringBoard.Entry entry) {
        submitAttempted = false;
        firstMissing.set(null);
        selected.set(entry);
        if (entry != null) {
            state.selectedInitiativeProperty().set(entry.initiative().id());
        }
        Assessment own = entry == null ? null : entry.own();
        likelihood.set(own == null ? null : own.risk().likelihood().score());
        impact.set(own == null ? null : own.risk().impact().score());
        for (ValueCriterion criterion : criteria) {
            criterionScoreProperty(criterion).set(own == null ? null : own.criterionScores().get(criterion.id()));
        }
        rationale.set(own == null ? "" : own.rationale());
        formOpen.set(entry != null && entry.round().acceptsScores());
        canOpenRound.set(entry != null && entry.round().revealed());
        canReveal.set(entry != null && !entry.round().revealed() && entry.scoredByViewer());
        recompute();
        dirty.set(false);
    }

    private void recompute() {
        Integer l = likelihood.get();
        Integer i = impact.get();
        risk.set(l != null && i != null ? RiskScore.of(l, i) : null);
        Map<Long, Integer> scores = currentScores();
        valueText.set(scores.size() == criteria.size() && !criteria.isEmpty()
                ? ValueScore.format(ValueScore.of(criteria, scores)) : "–");
        Map<String, String> problems = input().problems(criteria);
        problem.set(submitAttempted && !problems.isEmpty() ? problems.values().iterator().next() : "");
        ScoringBoard.Entry entry = selected.get();
        Assessment own = entry == null ? null : entry.own();
        dirty.set(formOpen.get() && !sameAsOwn(own));
    }

    private boolean sameAsOwn(Assessment own) {
        if (own == null) {
            return likelihood.get() == null && impact.get() == null && currentScores().isEmpty()
                    && rationale.get().isBlank();
        }
        return Objects.equals(likelihood.get(), own.risk().likelihood().score())
                && Objects.equals(impact.get(), own.risk().impact().score())
                && currentScores().equals(own.criterionScores())
                && rationale.get().strip().equals(own.rationale());
    }

    private Map<Long, Integer> currentScores() {
        Map<Long, Integer> scores = new LinkedHashMap<>();
        for (ValueCriterion criterion : criteria) {
            Integer score = criterionScoreProperty(criterion).get();
            if (score != null) {
                scores.put(criterion.id(), score);
            }
        }
        return scores;
    }

    private AssessmentInput input() {
        return new AssessmentInput(likelihood.get(), impact.get(), currentScores(), rationale.get());
    }

    private void applyFilter() {
        ScoringBoard.Entry keep = selected.get();
        queue.setPredicate(entry -> showAll.get() || !entry.scoredByViewer()
                || (keep != null && keep.initiative().id() == entry.initiative().id()));
    }

    private void summarise(ScoringBoard current) {
        Party other = state.parties().stream().filter(p -> p.seat() != current.viewer()).findFirst().orElse(null);
        int total = current.entries().size();
        List<String> parts = new ArrayList<>();
        parts.add("You have scored " + current.ownScored() + " of " + total);
        if (other != null) {
            parts.add(other.label() + " has scored " + current.otherScored() + " of " + total);
        }
        // No "ready to reveal" count: with its own scores known, a party would learn the other's from it.
        summary.set(String.join("  \u00B7  ", parts));
        anyReady.set(current.entries().stream().anyMatch(e -> !e.round().revealed()));
        allScored.set(allScoredPrompt(current, other));
    }

    /**
     * "All 14 scored. Pass the laptop to Jonas (Ctrl+P)" once the party has scored every initiative in its current
     * round and some still wait for a reveal; "" otherwise. The other party's count is public in the summary too.
     */
    private static String allScoredPrompt(ScoringBoard current, Party other) {
        int total = current.entries().size();
        boolean waiting = current.entries().stream().anyMatch(e -> e.round().acceptsScores());
        if (total == 0 || current.ownScored() < total || !waiting) {
            return "";
        }
        String all = "All " + total + " scored.";
        if (other == null) {
            return all;
        }
        if (current.otherScored() >= total) {
            return all + " " + other.displayName() + " has scored them all too: reveal them together.";
        }
        return all + " Pass the laptop to " + other.displayName() + " (Ctrl+P)";
    }

    /** The band of the live risk, for styling; null while incomplete. */
    public Band band() {
        return risk.get() == null ? null : risk.get().band();
    }
}
