package org.parley.ui.divergence;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.app.service.Consent;
import org.parley.app.service.DivergenceService;
import org.parley.app.service.QuantService;
import org.parley.app.service.WorkshopService;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Party;
import org.parley.domain.RuleViolation;
import org.parley.domain.Workshop;
import org.parley.domain.quant.LossSimulation;
import org.parley.domain.quant.SimulationProgress;
import org.parley.domain.quant.ToleranceCurve;
import org.parley.domain.quant.Tolerances;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.InView;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * The Losses tab: the tolerances the party at the laptop may see, editing its own (or, once revealed, the agreed
 * one with both parties), and the simulation of both parties' portfolio losses, run in the background with
 * progress and Cancel. A run is forgotten when the workshop changes; it is never kept in the store.
 */
public final class LossesViewModel {

    private static final long PROGRESS_STEPS = 1000;

    private final QuantService quant;
    private final DivergenceService divergence;
    private final WorkshopService workshops;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final JointConsent consent;
    private final InView inView;

    private final ReadOnlyObjectWrapper<QuantService.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Tolerances> tolerances = new ReadOnlyObjectWrapper<>(this, "tolerances");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(this, "currency", "EUR");
    private final ReadOnlyStringWrapper words = new ReadOnlyStringWrapper(this, "words", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<DivergenceClass> divergenceClass = new ReadOnlyObjectWrapper<>(this,
            "divergenceClass");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final BooleanProperty agreedOnly = new SimpleBooleanProperty(this, "agreedOnly");
    private final ReadOnlyObjectWrapper<AppetiteHolder> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final StringProperty toleranceText = new SimpleStringProperty(this, "toleranceText", "");
    private final ReadOnlyStringWrapper toleranceHeading = new ReadOnlyStringWrapper(this, "toleranceHeading", "");
    private final ReadOnlyBooleanWrapper canEditTolerance = new ReadOnlyBooleanWrapper(this, "canEditTolerance");
    private final ObservableList<QuantService.InitiativeLoss> initiatives = FXCollections.observableArrayList();

    public LossesViewModel(QuantService quant, DivergenceService divergence, WorkshopService workshops,
                           TaskRunner tasks, DialogService dialogs, WorkbenchState state, JointConsent consent) {
        this.quant = quant;
        this.divergence = divergence;
        this.workshops = workshops;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.consent = consent;
        inView = new InView(this::reload, this::forget);
        state.workshopProperty().addListener(inView.onChange());
        state.activePartyProperty().addListener((obs, old, now) -> inView.changed());
        // A reveal of the appetites reveals the tolerances too: any change of the store reloads what may be seen.
        state.revisionProperty().addListener(inView.onChange());
        editing.addListener((obs, old, now) -> showTolerance());
        reload();
        inView.justLoaded();
    }

    // properties

    /** The last simulation's figures, or null before the first run. */
    public ReadOnlyObjectProperty<QuantService.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The tolerances the party at the laptop may see. */
    public ReadOnlyObjectProperty<Tolerances> tolerancesProperty() {
        return tolerances.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    /** The class and why, in words; empty until a run with both tolerances revealed. */
    public ReadOnlyStringProperty wordsProperty() {
        return words.getReadOnlyProperty();
    }

    /** What the figures are: how many initiatives, trials and which seed; or how to get some. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DivergenceClass> divergenceClassProperty() {
        return divergenceClass.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Simulates only the initiatives whose signed agreement goes ahead. */
    public BooleanProperty agreedOnlyProperty() {
        return agreedOnly;
    }

    /** Whose tolerance the editor holds: the party at the laptop's, or AGREED once revealed; null when none. */
    public ReadOnlyObjectProperty<AppetiteHolder> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The edited tolerance as typed, "1000000:0.1,10000000:0.01". */
    public StringProperty toleranceTextProperty() {
        return toleranceText;
    }

    public ReadOnlyStringProperty toleranceHeadingProperty() {
        return toleranceHeading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canEditToleranceProperty() {
        return canEditTolerance.getReadOnlyProperty();
    }

    /** The simulated initiatives, the largest expected loss of either party first. */
    public ObservableList<QuantService.InitiativeLoss> initiatives() {
        return initiatives;
    }

    public InView inView() {
        return inView;
    }

    // commands

    /** Reads the tolerances the party at the laptop may see and the workshop's currency. */
    public void reload() {
        Workshop workshop = state.workshop();
        Party party = state.activeParty();
        if (workshop == null) {
            forget();
            return;
        }
        tasks.task("Loading the loss tolerances", () -> new Loaded(
                        divergence.tolerances(workshop.id(), party == null ? null : party.seat()),
                        workshops.currency(workshop.id())))
                .onSuccess(loaded -> {
                    if (state.workshop() == null || state.workshop().id() != workshop.id()) {
                        return;
                    }
                    tolerances.set(loaded.tolerances());
                    currency.set(loaded.currency());
                    AppetiteHolder want = HolderChoice.wanted(editing.get(), party, loaded.tolerances().revealed());
                    if (want == editing.get()) {
                        showTolerance();
                    } else {
                        editing.set(want);
                    }
                    if (result.get() == null) {
                        status.set("Run the simulation to see each party's losses against the tolerances.");
                    }
                })
                .onFailure(Failures.reportTo(dialogs, "Could not load the loss tolerances"))
                .start();
    }

    /** Saves the edited tolerance: a party's own by that party, the agreed one by both. */
    public void saveTolerance() {
        Workshop workshop = state.workshop();
        AppetiteHolder holder = editing.get();
        if (workshop == null || holder == null || !canEditTolerance.get()) {
            return;
        }
        ToleranceCurve curve;
        try {
            curve = ToleranceCurve.parse(toleranceText.get());
        } catch (RuleViolation e) {
            state.tell(e.getMessage());
            return;
        }
        if (holder == AppetiteHolder.AGREED) {
            consent.ask("set the agreed loss tolerance to " + curve.text(),
                    both -> persist(workshop, holder, curve, both));
        } else {
            persist(workshop, holder, curve, state.consent());
        }
    }

    /** Simulates both parties' portfolios in the background; the status bar offers Cancel. */
    public void run() {
        Workshop workshop = state.workshop();
        if (workshop == null || running.get()) {
            return;
        }
        boolean agreed = agreedOnly.get();
        running.set(true);
        tasks.task("Simulating the losses", progress -> quant.simulate(workshop.id(),
                        LossSimulation.DEFAULT_TRIALS, 1, agreed, new SimulationProgress(
                                fraction -> progress.update(Math.round(fraction * PROGRESS_STEPS), PROGRESS_STEPS),
                                progress::cancelled)))
                .onFinished(() -> running.set(false))
                .onSuccess(done -> {
                    if (state.workshop() != null && state.workshop().id() == workshop.id()) {
                        show(done);
                    }
                })
                .onFailure(Failures.reportTo(dialogs, "Could not simulate the losses"))
                .cancellable(() -> state.tell("Simulation cancelled; the figures shown are unchanged."))
                .start();
    }

    private void persist(Workshop workshop, AppetiteHolder holder, ToleranceCurve curve,
                         Consent given) {
        Party saver = state.activeParty();
        tasks.task("Saving the loss tolerance", () -> {
                    divergence.setTolerance(workshop.id(), holder, curve, given);
                    return curve;
                })
                .onSuccess(saved -> {
                    if (holder == AppetiteHolder.AGREED) {
                        state.tell("Saved the agreed loss tolerance: " + saved.text() + ".");
                    } else {
                        state.tellPrivately(saver, "Saved your loss tolerance. It stays private until the appetites "
                                + "are revealed.");
                    }
                    state.changed();
                })
                .onFailure(Failures.reportTo(dialogs, "Could not save the loss tolerance"))
                .start();
    }

    private void show(QuantService.Result done) {
        result.set(done);
        initiatives.setAll(done.byExpectedLoss());
        tolerances.set(done.tolerances().revealed() ? done.tolerances() : tolerances.get());
        status.set(done.initiatives().size() + (done.initiatives().size() == 1 ? " initiative" : " initiatives")
                + (done.agreedOnly() ? " with a signed agreement that goes ahead" : "") + ", "
                + String.format(Locale.ROOT, "%,d", done.trials()) + " simulated years, seed " + done.seed() + ".");
        Tolerances shown = done.tolerances();
        if (done.verdicts() == null) {
            divergenceClass.set(null);
            words.set("Each party's tolerance shows here once both are set and revealed with the appetites.");
        } else {
            divergenceClass.set(done.verdicts().divergenceClass());
            String first = state.parties().size() > 0 ? state.parties().get(0).roleLabel() : "first party";
            String second = state.parties().size() > 1 ? state.parties().get(1).roleLabel() : "second party";
            words.set(new LossWords(first, second, done.currency()).describe(shown.first(), shown.second(),
                    done.first(), done.second()));
        }
    }

    private void showTolerance() {
        Tolerances visible = tolerances.get();
        AppetiteHolder holder = editing.get();
        Party party = state.activeParty();
        canEditTolerance.set(HolderChoice.mayEdit(holder, party, visible != null && visible.revealed()));
        ToleranceCurve current = visible == null || holder == null ? null : visible.of(holder);
        toleranceText.set(current == null ? "" : current.text());
        toleranceHeading.set(HolderChoice.heading(holder, party, current != null, "loss tolerance"));
    }

    private void forget() {
        result.set(null);
        tolerances.set(null);
        initiatives.clear();
        words.set("");
        divergenceClass.set(null);
        editing.set(null);
        showTolerance();
        status.set("");
    }

    private record Loaded(Tolerances tolerances, String currency) {
    }
}
