package org.parley.ui.divergence;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.parley.app.service.Consent;
import org.parley.app.service.DivergenceService;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.Appetites;
import org.parley.domain.Frontier;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.ui.common.InView;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * Editing one frontier: the active party's own, or, once both are revealed, the agreed one. Five levels
 * (spinners or the chart) and an optional hard cap; the other frontiers show as references.
 */
public final class AppetitesViewModel {

    private final DivergenceService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final InView inView;
    private final JointConsent consent;
    /** True while a save chosen on leaving runs: asking again then would save twice. */
    private boolean savingToLeave;

    private final ReadOnlyObjectWrapper<Appetites> appetites = new ReadOnlyObjectWrapper<>(this, "appetites");
    private final ObjectProperty<AppetiteHolder> editing = new SimpleObjectProperty<>(this, "editing");
    private final FrontierDraft draft = new FrontierDraft();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper canReveal = new ReadOnlyBooleanWrapper(this, "canReveal");
    private final ReadOnlyBooleanWrapper canEditAgreed = new ReadOnlyBooleanWrapper(this, "canEditAgreed");

    public AppetitesViewModel(DivergenceService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state,
                              JointConsent consent) {
        this.consent = consent;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        editing.addListener((obs, old, now) -> show());
        inView = new InView(this::reload, this::forget);
        state.workshopProperty().addListener(inView.onChange());
        // A party taking the laptop starts on its own appetite, not on whatever the other one had open.
        state.activePartyProperty().addListener((obs, old, now) -> {
            editing.set(null);
            inView.changed();
        });
        state.addLeaveGuard(this::leave);
        reload();
        inView.justLoaded();
    }

    // properties

    /** The frontier in the editor. */
    public FrontierDraft draft() {
        return draft;
    }

    /** The frontiers the active party may see. */
    public ReadOnlyObjectProperty<Appetites> appetitesProperty() {
        return appetites.getReadOnlyProperty();
    }

    /** Whose frontier the editor holds: the active party's (FIRST or SECOND) or AGREED; null when none. */
    public ObjectProperty<AppetiteHolder> editingProperty() {
        return editing;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Where the appetites stand, in words: who has set one, whether they are revealed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRevealProperty() {
        return canReveal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canEditAgreedProperty() {
        return canEditAgreed.getReadOnlyProperty();
    }

    // commands

    public void save() {
        save(null);
    }

    /** Saves; with {@code then} (leaving), runs it once saved. A failure keeps the edited frontier and says why. */
    private void save(Runnable then) {
        Workshop workshop = state.workshop();
        AppetiteHolder holder = editing.get();
        Frontier edited = draft.frontierProperty().get();
        if (workshop == null || holder == null) {
            return;
        }
        if (edited == null) {
            state.tell(draft.problemProperty().get());
            return;
        }
        if (!draft.canSaveProperty().get()) {
            return;
        }
        if (holder == AppetiteHolder.AGREED) {
            // The agreed appetite decides what is within appetite: it changes only with both parties.
            savingToLeave = then != null;
            consent.ask("change the agreed appetite to " + words(edited), both -> persist(workshop, holder, edited,
                    both, then));
        } else {
            savingToLeave = then != null;
            persist(workshop, holder, edited, state.consent(), then);
        }
    }

    /** The frontier as the cover names it to the party asked: "6, 7, 10, 12, 15 at values 1 to 5, never above 20". */
    private static String words(Frontier frontier) {
        String levels = String.join(", ", frontier.levels().stream().map(String::valueOf).toList());
        return levels + " at values 1 to 5" + (frontier.cap().isPresent()
                ? ", never above " + frontier.cap().getAsInt() : "");
    }

    private void persist(Workshop workshop, AppetiteHolder holder, Frontier edited, Consent given, Runnable then) {
        Party saver = state.activeParty();
        tasks.task("Saving the appetite", () -> {
            service.setAppetite(workshop.id(), holder, edited, given);
            return edited;
        }).onFinished(() -> savingToLeave = false).onSuccess(saved -> {
            draft.saved(saved);
            if (holder == AppetiteHolder.AGREED) {
                state.tell("Saved the agreed appetite: " + saved + ".");
            } else {
                state.tellPrivately(saver, "Saved your appetite. It stays private until both are revealed.");
            }
            state.changed();
            reload();
            if (then != null && !draft.dirtyProperty().get()) {
                then.run();
            }
        }).onFailure(Failures.reportTo(dialogs, "Could not save the appetite")).start();
    }

    public void revert() {
        show();
    }

    /** Reveals both appetites once both are set; the agreed one starts as their midpoint. */
    public void reveal() {
        Workshop workshop = state.workshop();
        if (workshop == null) {
            return;
        }
        leave(() -> consent.ask("reveal both appetites", both -> tasks.task("Revealing the appetites",
                        () -> service.revealAppetites(workshop.id(), both))
                .onSuccess(result -> {
                    state.tell("Revealed both appetites. The agreed appetite starts as their midpoint: "
                            + result.agreed() + ".");
                    state.changed();
                    reload();
                })
                .onFailure(Failures.reportTo(dialogs, "Could not reveal the appetites"))
                .start()));
    }

    /** Whether the appetites are in view: they are loaded for another workshop or party only while they are. */
    public InView inView() {
        return inView;
    }

    private void forget() {
        appetites.set(null);
        editing.set(null);
        show();
    }

    public void reload() {
        Workshop workshop = state.workshop();
        Party party = state.activeParty();
        if (workshop == null) {
            forget();
            return;
        }
        tasks.task("Loading the appetites", () -> service.appetites(workshop.id(), party == null ? null : party.seat()))
                .onSuccess(loaded -> {
                    appetites.set(loaded);
                    // Offered until revealed, whether or not the other party has set its appetite: that is private.
                    canReveal.set(!loaded.revealed());
                    canEditAgreed.set(loaded.revealed());
                    status.set(describe(loaded, party));
                    AppetiteHolder want = HolderChoice.wanted(editing.get(), party, loaded.revealed());
                    if (want == editing.get()) {
                        show();
                    } else {
                        editing.set(want);
                    }
                })
                .onFailure(Failures.reportTo(dialogs, "Could not load the appetites"))
                .start();
    }

    /**
     * Opens {@code holder}'s appetite in the editor once the edited one may be left: at once, or after the save the
     * person chose has succeeded; never when they stay or the save fails.
     */
    public void edit(AppetiteHolder holder) {
        leave(() -> editing.set(holder));
    }

    /**
     * The editor's leave guard: asks what to do with an unsaved frontier and calls {@code proceed} when the person
     * may go; after Save only once the appetite is stored, so a failed save leaves the edited frontier in place.
     */
    private void leave(Runnable proceed) {
        if (!draft.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        if (savingToLeave && (tasks.busyProperty().get() || consent.askingProperty().get() != null)) {
            return;
        }
        // Not running and nobody asked: the other party declined at the cover, so the save was dropped; ask again.
        savingToLeave = false;
        switch (dialogs.askSaveChanges("the appetite")) {
            case CANCEL -> { }
            case DISCARD -> {
                show();
                proceed.run();
            }
            case SAVE -> {
                if (draft.frontierProperty().get() == null) {
                    state.tell(draft.problemProperty().get());
                } else {
                    save(proceed);
                }
            }
        }
    }

    private void show() {
        Appetites visible = appetites.get();
        AppetiteHolder holder = editing.get();
        Party party = state.activeParty();
        boolean editable = HolderChoice.mayEdit(holder, party, visible != null && visible.revealed());
        Frontier current = visible == null || holder == null ? null : switch (holder) {
            case FIRST -> visible.first();
            case SECOND -> visible.second();
            case AGREED -> visible.agreed();
        };
        heading.set(HolderChoice.heading(holder, party, current != null, "appetite"));
        draft.load(current, editable);
    }

    private String describe(Appetites visible, Party party) {
        if (visible.revealed()) {
            return "Both appetites are revealed. Negotiate the agreed one together.";
        }
        return "Each party sets its appetite in private; reveal them together once both are set."
                + (party != null && visible.of(party.seat()) == null ? " You have not set yours yet." : "");
    }
}
