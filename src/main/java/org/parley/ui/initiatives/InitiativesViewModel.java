package org.parley.ui.initiatives;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.parley.app.service.InitiativeService;
import org.parley.domain.Initiative;
import org.parley.domain.Workshop;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.InView;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * The initiatives of the workshop in hand and the filter over them, with the editor of one of them
 * ({@link InitiativeEditorViewModel}), which this list keeps up to date with what it saves.
 */
public final class InitiativesViewModel {

    private final JointConsent consent;
    private final InitiativeService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final InView inView;
    private final InitiativeEditorViewModel editor;

    private final ObservableList<Initiative> initiatives = FXCollections.observableArrayList();
    private final FilteredList<Initiative> shown = new FilteredList<>(initiatives);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyBooleanWrapper hasWorkshop = new ReadOnlyBooleanWrapper(this, "hasWorkshop");

    /** Counts filter passes, so that only the latest one's result is applied. */
    private long filterPasses;

    public InitiativesViewModel(InitiativeService service, TaskRunner tasks, DialogService dialogs,
                                WorkbenchState state, JointConsent consent) {
        this.consent = consent;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.editor = new InitiativeEditorViewModel(service, tasks, dialogs, state, consent, this::saved);
        filter.addListener((obs, old, text) -> applyFilter());
        shown.addListener((Observable obs) -> updateCount());
        inView = new InView(() -> load(state.workshop()), this::forget);
        state.workshopProperty().addListener(inView.onChange());
        load(state.workshop());
        inView.justLoaded();
    }

    // properties

    /** The initiatives that pass the filter, in the order they were added. */
    public ObservableList<Initiative> shownInitiatives() {
        return shown;
    }

    public ReadOnlyBooleanProperty hasWorkshopProperty() {
        return hasWorkshop.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** The editor of the initiative chosen in the list, or of a new one. */
    public InitiativeEditorViewModel editor() {
        return editor;
    }

    /** Whether the Initiatives screen is in view: it loads another workshop's initiatives only while it is. */
    public InView inView() {
        return inView;
    }

    // commands

    /** Reloads the initiatives of the workshop in hand and closes the editor. */
    public void load(Workshop workshop) {
        initiatives.clear();
        editor.close();
        hasWorkshop.set(workshop != null);
        if (workshop == null) {
            return;
        }
        tasks.task("Loading initiatives", () -> service.initiatives(workshop.id())).onSuccess(list -> {
            if (state.workshop() != null && state.workshop().id() == workshop.id()) {
                initiatives.setAll(list);
                editor.suggestFrom(initiatives);
                if (!editor.openProperty().get() && !shown.isEmpty()) {
                    editor.show(shown.get(0));
                }
            }
        }).onFailure(Failures.reportTo(dialogs, "Could not load the initiatives")).start();
    }

    /** Opens the initiative last chosen on another screen, if it is not the one in the editor. */
    public void showChosen() {
        long chosen = state.selectedInitiativeProperty().get();
        Initiative current = editor.editingProperty().get();
        if (chosen < 0 || (current != null && current.id() == chosen)) {
            return;
        }
        initiatives.stream().filter(i -> i.id() == chosen).findFirst().ifPresent(editor::edit);
    }

    /**
     * Deletes the initiative in the editor: asks the store first whether it may go, so a refusal comes before any
     * confirmation; then the person confirms, and the other party too when both must agree.
     */
    public void delete() {
        Initiative target = editor.editingProperty().get();
        if (target == null) {
            if (editor.openProperty().get() && editor.form().dirtyProperty().get()
                    && dialogs.confirm("Discard new initiative", "Discard the initiative you are writing?", "Discard")) {
                editor.close();
            }
            return;
        }
        tasks.task("Checking " + target.title(), () -> service.deletion(target.id())).onSuccess(deletion -> {
            if (deletion.refused()) {
                dialogs.showError("Cannot delete the initiative", deletion.refusal());
            } else if (dialogs.confirm("Delete initiative", "Delete \u201C" + target.title() + "\u201D from this "
                    + "workshop, with " + (deletion.draftAgreements() > 0 ? "its draft agreement and " : "")
                    + "both parties' scores of it, revealed or not? This cannot be undone."
                    + (deletion.needsBoth() ? " Scoring has started, so both parties must agree: the other party "
                    + "confirms next." : ""), "Delete")) {
                deleteConfirmed(target);
            }
        }).onFailure(Failures.reportTo(dialogs, "Could not delete the initiative")).start();
    }

    private void deleteConfirmed(Initiative target) {
        consent.run("Deleting " + target.title(), given -> {
            service.delete(target.id(), given);
            return target;
        }, deleted -> {
            initiatives.removeIf(i -> i.id() == deleted.id());
            if (editor.editingProperty().get() != null && editor.editingProperty().get().id() == deleted.id()) {
                editor.close();
            }
            editor.suggestFrom(initiatives);
            state.changed();
            state.tell("Deleted \u201C" + deleted.title() + "\u201D.");
        }, Failures.reportTo(dialogs, "Could not delete the initiative"));
    }

    private void forget() {
        initiatives.clear();
        editor.close();
    }

    /** The editor stored {@code initiative}: it takes its place in the list, or joins it when new. */
    private void saved(Initiative initiative) {
        int index = indexOf(initiative.id());
        if (index >= 0) {
            initiatives.set(index, initiative);
        } else if (state.workshop() != null && state.workshop().id() == initiative.workshopId()) {
            initiatives.add(initiative);
        }
        editor.suggestFrom(initiatives);
    }

    /**
     * Filters the initiatives: which of them match is worked out off the FX thread, and applying the result
     * there is a set lookup per initiative. Initiatives added or changed since the pass began are matched on
     * the spot; a pass overtaken by a newer filter is dropped.
     */
    private void applyFilter() {
        long pass = ++filterPasses;
        String[] words = filter.get() == null ? new String[0]
                : filter.get().strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (Arrays.stream(words).allMatch(String::isEmpty)) {
            shown.setPredicate(null);
            updateCount();
            return;
        }
        List<Initiative> snapshot = List.copyOf(initiatives);
        tasks.task("Filtering the initiatives", () -> {
            Set<Initiative> matched = Collections.newSetFromMap(new IdentityHashMap<>());
            snapshot.stream().filter(i -> matches(i, words)).forEach(matched::add);
            return matched;
        }).onSuccess(matched -> {
            if (pass != filterPasses) {
                return;
            }
            Set<Initiative> looked = Collections.newSetFromMap(new IdentityHashMap<>(snapshot.size()));
            looked.addAll(snapshot);
            shown.setPredicate(i -> looked.contains(i) ? matched.contains(i) : matches(i, words));
            updateCount();
        }).onFailure(Failures.reportTo(dialogs, "Could not filter the initiatives")).start();
    }

    private static boolean matches(Initiative initiative, String[] words) {
        String haystack = (initiative.title() + "\n" + initiative.category() + "\n" + initiative.sponsor() + "\n"
                + String.join("\n", initiative.tags())).toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private void updateCount() {
        int all = initiatives.size();
        String noun = all == 1 ? " initiative" : " initiatives";
        countText.set(shown.size() == all ? all + noun : shown.size() + " of " + all + noun);
    }

    private int indexOf(long id) {
        for (int i = 0; i < initiatives.size(); i++) {
            if (initiatives.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
