package org.parley.ui.initiatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.app.service.ChangedElsewhereException;
import org.parley.app.service.InitiativeService;
import org.parley.domain.ComplianceTags;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.SaveChoice;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * The editor of one initiative of the workshop in hand, new or stored. It never saves input with a problem, and
 * never drops unsaved input without asking: it is the window's leave guard for what is typed in its form.
 */
public final class InitiativeEditorViewModel {

    private final InitiativeService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final JointConsent consent;
    private final Consumer<Initiative> onSaved;

    private final InitiativeForm form = new InitiativeForm();
    private final ReadOnlyObjectWrapper<Initiative> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();

    /** True while a save chosen on leaving runs: asking again then would save twice. */
    private boolean savingToLeave;

    /** @param onSaved takes each initiative as soon as it is stored, before the editor shows it */
    InitiativeEditorViewModel(InitiativeService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state,
                              JointConsent consent, Consumer<Initiative> onSaved) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.consent = consent;
        this.onSaved = onSaved;
        state.addLeaveGuard(this::leave);
        knownTags.setAll(ComplianceTags.KNOWN);
    }

    // properties

    /** The fields being typed, with their problems. */
    public InitiativeForm form() {
        return form;
    }

    /** The initiative in the editor; null while a new one is being written or nothing is open. */
    public ReadOnlyObjectProperty<Initiative> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** True while the editor shows the form, of a stored initiative or a new one. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Categories already used in the workshop, offered while typing one. */
    public ObservableList<String> categories() {
        return categories;
    }

    /** Known compliance regimes and every tag used in the workshop, offered as chips. */
    public ObservableList<String> knownTags() {
        return knownTags;
    }

    // commands

    /** Opens an empty editor for a new initiative, after asking about unsaved changes. */
    public void newInitiative() {
        if (state.workshop() == null) {
            return;
        }
        leave(() -> show(null));
    }

    /**
     * Opens {@code initiative} in the editor, after asking about unsaved changes: true when it is open now; false
     * while the person stays, or until the save they chose has succeeded (then it opens).
     */
    public boolean edit(Initiative initiative) {
        if (initiative != null && editing.get() != null && editing.get().id() == initiative.id() && open.get()) {
            return true;
        }
        boolean[] opened = new boolean[1];
        leave(() -> {
            show(initiative);
            opened[0] = true;
        });
        return opened[0];
    }

    /** Saves the form when it has no problem; otherwise shows every problem at its field. */
    public void save() {
        if (!open.get() || state.workshop() == null) {
            return;
        }
        if (!readyToSave()) {
            return;
        }
        saveInBackground(editing.get(), form.draft(), state.workshop().id(), null);
    }

    /** Puts the form back to what was last saved. */
    public void revert() {
        if (open.get()) {
            show(editing.get());
        }
    }

    /** Shows {@code initiative} as stored, or an empty form for null, without asking about unsaved changes. */
    void show(Initiative initiative) {
        if (initiative != null) {
            state.selectedInitiativeProperty().set(initiative.id());
        }
        editing.set(initiative);
        form.load(initiative);
        open.set(true);
    }

    /** Empties the form and closes the editor, without asking about unsaved changes. */
    void close() {
        show(null);
        open.set(false);
    }

    /** Offers the categories and tags used in {@code initiatives}, the workshop's, while the person types. */
    void suggestFrom(List<Initiative> initiatives) {
        TreeSet<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> usedTags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Initiative initiative : initiatives) {
            if (!initiative.category().isBlank()) {
                used.add(initiative.category());
            }
            usedTags.addAll(initiative.tags());
        }
        categories.setAll(used);
        List<String> offered = new ArrayList<>(ComplianceTags.KNOWN);
        usedTags.stream().filter(tag -> offered.stream().noneMatch(tag::equalsIgnoreCase)).forEach(offered::add);
        knownTags.setAll(offered);
    }

    /** From a first try to save on, every problem shows at its field; true when there is none. */
    private boolean readyToSave() {
        form.markTried();
        boolean valid = form.validProperty().get();
        if (!valid) {
            state.tell("Fix the marked fields to save.");
        }
        return valid;
    }

    /**
     * The leave guard: asks what to do with unsaved changes and calls {@code proceed} when the person may go; after
     * Save only once the initiative is stored, so a failed save leaves them in the editor, still typed.
     */
    private void leave(Runnable proceed) {
        if (!open.get() || !form.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        if (savingToLeave && (tasks.busyProperty().get() || consent.askingProperty().get() != null)) {
            return;
        }
        // Not running and nobody asked: the other party declined at the cover, so the save was dropped; ask again.
        savingToLeave = false;
        String title = form.titleProperty().get();
        String what = title.isBlank() ? "the new initiative" : "\u201C" + title.strip() + "\u201D";
        SaveChoice choice = dialogs.askSaveChanges(what);
        if (choice == SaveChoice.CANCEL) {
            return;
        }
        if (choice == SaveChoice.DISCARD) {
            proceed.run();
            return;
        }
        if (!readyToSave()) {
            return;
        }
        savingToLeave = true;
        saveInBackground(editing.get(), form.draft(), state.workshop().id(), proceed);
    }

    /**
     * Stores the draft, with the other party's consent where the services ask for it; with {@code then} (leaving),
     * runs it once stored, unless the person typed on meanwhile. A failure keeps the form as it is: the typed text
     * stays, the error is shown.
     */
    private void saveInBackground(Initiative target, InitiativeDraft draft, long workshopId, Runnable then) {
        consent.run("Saving " + draft.title(), given -> target == null
                ? service.add(workshopId, draft, given)
                : service.update(target.id(), draft, target, given), saved -> {
            onSaved.accept(saved);
            boolean unchanged = Objects.equals(editing.get(), target) && form.holds(draft);
            if (unchanged) {
                show(saved);
            }
            state.changed();
            state.tell("Saved \u201C" + saved.title() + "\u201D.");
            if (then != null) {
                savingToLeave = false;
                if (unchanged) {
                    then.run();
                }
            }
        }, error -> {
            if (then != null) {
                savingToLeave = false;
            }
            if (error instanceof ChangedElsewhereException changed && Objects.equals(editing.get(), target)) {
                // The form keeps what was typed; it now stands against the newer version, which Revert shows.
                editing.set(changed.current());
            }
            Failures.report(dialogs, "Could not save the initiative", error);
        });
    }
}
