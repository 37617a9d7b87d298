package org.parley.ui.initiatives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.Observable;
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
import javafx.collections.transformation.FilteredList;
import org.parley.app.service.InitiativeService;
import org.parley.domain.ComplianceTags;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.InitiativeField;
import org.parley.domain.InitiativeRules;
import org.parley.domain.Workshop;
import org.parley.ui.common.InView;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.SaveChoice;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * The initiatives of the workshop in hand, the filter over them, and the editor of one of them. The editor
 * never saves input with a problem, and never drops unsaved input without asking.
 */
public final class InitiativesViewModel {

    private final JointConsent consent;
    private final InitiativeService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final InView inView;

    private final ObservableList<Initiative> initiatives = FXCollections.observableArrayList();
    private final FilteredList<Initiative> shown = new FilteredList<>(initiatives);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();

    private final ReadOnlyBooleanWrapper hasWorkshop = new ReadOnlyBooleanWrapper(this, "hasWorkshop");
    private final ReadOnlyObjectWrapper<Initiative> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyBooleanWrapper editorOpen = new ReadOnlyBooleanWrapper(this, "editorOpen");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final StringProperty sponsor = new SimpleStringProperty(this, "sponsor", "");
    private final StringProperty cost = new SimpleStringProperty(this, "cost", "");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final Map<InitiativeField, ReadOnlyStringWrapper> problems = new EnumMap<>(InitiativeField.class);

    private InitiativeRules.Input loaded = emptyInput();
    private boolean saveAttempted;
    /** True while a save chosen on leaving runs: asking again then would save twice. */
    private boolean savingToLeave;
    /** Counts filter passes, so that only the latest one's result is applied. */
    private long filterPasses;

    public InitiativesViewModel(InitiativeService service, TaskRunner tasks, DialogService dialogs,
                                WorkbenchState state, JointConsent consent) {
        this.consent = consent;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        for (InitiativeField field : InitiativeField.values()) {
            problems.put(field, new ReadOnlyStringWrapper(this, field.column() + "Problem", ""));
        }
        filter.addListener((obs, old, text) -> applyFilter());
        shown.addListener((Observable obs) -> updateCount());
        for (Observable input : List.of(title, description, category, sponsor, cost, tags)) {
            input.addListener(obs -> recheck());
        }
        inView = new InView(() -> load(state.workshop()), this::forget);
        state.workshopProperty().addListener(inView.onChange());
        state.addLeaveGuard(this::leave);
        knownTags.setAll(ComplianceTags.KNOWN);
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

    /** Categories already used in the workshop, offered while typing one. */
    public ObservableList<String> categories() {
        return categories;
    }

    /** Known compliance regimes and every tag used in the workshop, offered as chips. */
    public ObservableList<String> knownTags() {
        return knownTags;
    }

    /** The initiative in the editor; null while a new one is being written or nothing is open. */
    public ReadOnlyObjectProperty<Initiative> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editorOpenProperty() {
        return editorOpen.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty sponsorProperty() {
        return sponsor;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The problem to show at a field: empty until the person changed the field or tried to save. */
    public ReadOnlyStringProperty problemProperty(InitiativeField field) {
        return problems.get(field).getReadOnlyProperty();
    }

    // commands

    /** Reloads the initiatives of the workshop in hand and closes the editor. */
    public void load(Workshop workshop) {
        initiatives.clear();
        close();
        hasWorkshop.set(workshop != null);
        if (workshop == null) {
            return;
        }
        tasks.run("Loading initiatives", () -> service.initiatives(workshop.id()), list -> {
            if (state.workshop() != null && state.workshop().id() == workshop.id()) {
                initiatives.setAll(list);
                refreshSuggestions();
                if (!editorOpen.get() && !shown.isEmpty()) {
                    open(shown.get(0));
                }
            }
        }, Failures.reportTo(dialogs, "Could not load the initiatives"));
    }

    /** Whether the Initiatives screen is in view: it loads another workshop's initiatives only while it is. */
    public InView inView() {
        return inView;
    }

    private void forget() {
        initiatives.clear();
        close();
    }

    /** Opens an empty editor for a new initiative, after asking about unsaved changes. */
    public void newInitiative() {
        if (state.workshop() == null) {
            return;
        }
        leave(() -> open(null));
    }

    /**
     * Opens {@code initiative} in the editor, after asking about unsaved changes: true when it is open now; false
     * while the person stays, or until the save they chose has succeeded (then it opens).
     */
    public boolean edit(Initiative initiative) {
        if (initiative != null && editing.get() != null && editing.get().id() == initiative.id() && editorOpen.get()) {
            return true;
        }
        boolean[] opened = new boolean[1];
        leave(() -> {
            open(initiative);
            opened[0] = true;
        });
        return opened[0];
    }

    /** Saves the editor's input when it has no problem; otherwise shows every problem at its field. */
    public void save() {
        if (!editorOpen.get() || state.workshop() == null) {
            return;
        }
        if (!readyToSave()) {
            return;
        }
        saveInBackground(editing.get(), InitiativeRules.toDraft(input()), state.workshop().id(), true, null);
    }

    /** From a first try to save on, every problem shows at its field; true when there is none. */
    private boolean readyToSave() {
        saveAttempted = true;
        recheck();
        if (!valid.get()) {
            state.tell("Fix the marked fields to save.");
        }
        return valid.get();
    }

    /** Puts the editor back to what was last saved. */
    public void revert() {
        if (editorOpen.get()) {
            open(editing.get());
        }
    }

    /**
     * Deletes the initiative in the editor: asks the store first whether it may go, so a refusal comes before any
     * confirmation; then the person confirms, and the other party too when both must agree.
     */
    public void delete() {
        Initiative target = editing.get();
        if (target == null) {
            if (editorOpen.get() && dirty.get()
                    && dialogs.confirm("Discard new initiative", "Discard the initiative you are writing?", "Discard")) {
                close();
            }
            return;
        }
        tasks.run("Checking " + target.title(), () -> service.deletion(target.id()), deletion -> {
            if (deletion.refused()) {
                dialogs.showError("Cannot delete the initiative", deletion.refusal());
            } else if (dialogs.confirm("Delete initiative", "Delete \u201C" + target.title() + "\u201D from this "
                    + "workshop, with " + (deletion.draftAgreements() > 0 ? "its draft agreement and " : "")
                    + "both parties' scores of it, revealed or not? This cannot be undone."
                    + (deletion.needsBoth() ? " Scoring has started, so both parties must agree: the other party "
                    + "confirms next." : ""), "Delete")) {
                deleteConfirmed(target);
            }
        }, Failures.reportTo(dialogs, "Could not delete the initiative"));
    }

    private void deleteConfirmed(Initiative target) {
        consent.run("Deleting " + target.title(), given -> {
            service.delete(target.id(), given);
            return target;
        }, deleted -> {
            initiatives.removeIf(i -> i.id() == deleted.id());
            if (editing.get() != null && editing.get().id() == deleted.id()) {
                close();
            }
            refreshSuggestions();
            state.changed();
            state.tell("Deleted \u201C" + deleted.title() + "\u201D.");
        }, Failures.reportTo(dialogs, "Could not delete the initiative"));
    }

    /** Adds or removes one compliance tag of the initiative in the editor. */
    public void setTag(String tag, boolean on) {
        boolean present = tags.stream().anyMatch(tag::equalsIgnoreCase);
        if (on && !present) {
            tags.setAll(ComplianceTags.normalise(concat(tags, tag)));
        } else if (!on && present) {
            tags.removeIf(tag::equalsIgnoreCase);
        }
    }

    /** Adds a tag typed by the person; known regimes get their canonical spelling. */
    public void addTag(String tag) {
        setTag(ComplianceTags.normalise(List.of(tag)).stream().findFirst().orElse(tag), true);
    }

    /** True when the person may move on now; with a save to wait for, false: they move once it succeeded. */
    public boolean mayLeave() {
        boolean[] now = new boolean[1];
        leave(() -> now[0] = true);
        return now[0];
    }

    /**
     * The editor's leave guard: asks what to do with unsaved changes and calls {@code proceed} when the person may
     * go; after Save only once the initiative is stored, so a failed save leaves them in the editor, still typed.
     */
    private void leave(Runnable proceed) {
        if (!editorOpen.get() || !dirty.get()) {
            proceed.run();
            return;
        }
        if (savingToLeave && (tasks.busyProperty().get() || consent.askingProperty().get() != null)) {
            return;
        }
        // Not running and nobody asked: the other party declined at the cover, so the save was dropped; ask again.
        savingToLeave = false;
        String what = title.get().isBlank() ? "the new initiative" : "\u201C" + title.get().strip() + "\u201D";
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
        saveInBackground(editing.get(), InitiativeRules.toDraft(input()), state.workshop().id(), true, proceed);
    }

    /**
     * Stores the draft; with {@code then} (leaving), runs it once stored, unless the person typed on meanwhile.
     * A failure keeps the editor as it is: the typed text stays, the error is shown.
     */
    private void saveInBackground(Initiative target, InitiativeDraft draft, long workshopId, boolean reopen,
                                  Runnable then) {
        consent.run("Saving " + draft.title(), given -> target == null
                ? service.add(workshopId, draft, given)
                : service.update(target.id(), draft, given), saved -> {
            int index = indexOf(saved.id());
            if (index >= 0) {
                initiatives.set(index, saved);
            } else if (state.workshop() != null && state.workshop().id() == saved.workshopId()) {
                initiatives.add(saved);
            }
            refreshSuggestions();
            boolean unchanged = Objects.equals(editing.get(), target)
                    && draft.equals(InitiativeRules.toDraftOrNull(input()));
            if (reopen && unchanged) {
                open(saved);
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
            Failures.report(dialogs, "Could not save the initiative", error);
        });
    }

    /** Opens the initiative last chosen on another screen, if it is not the one in the editor. */
    public void showChosen() {
        long chosen = state.selectedInitiativeProperty().get();
        Initiative current = editing.get();
        if (chosen < 0 || (current != null && current.id() == chosen)) {
            return;
        }
        initiatives.stream().filter(i -> i.id() == chosen).findFirst().ifPresent(this::edit);
    }

    private void open(Initiative initiative) {
        saveAttempted = false;
        if (initiative != null) {
            state.selectedInitiativeProperty().set(initiative.id());
        }
        loaded = initiative == null ? emptyInput() : inputOf(initiative);
        editing.set(initiative);
        title.set(loaded.title());
        description.set(loaded.description());
        category.set(loaded.category());
        sponsor.set(loaded.sponsor());
        cost.set(loaded.cost());
        tags.setAll(ComplianceTags.parse(loaded.tags()));
        editorOpen.set(true);
        recheck();
    }

    private void close() {
        open(null);
        editorOpen.set(false);
    }

    private void recheck() {
        InitiativeRules.Input input = input();
        Map<InitiativeField, String> found = InitiativeRules.check(input);
        valid.set(found.isEmpty());
        dirty.set(!sameInput(input, loaded));
        for (InitiativeField field : InitiativeField.values()) {
            boolean touched = saveAttempted || !Objects.equals(valueOf(field, input), valueOf(field, loaded));
            problems.get(field).set(touched ? found.getOrDefault(field, "") : "");
        }
    }

    private InitiativeRules.Input input() {
        return new InitiativeRules.Input(title.get(), description.get(), category.get(), sponsor.get(), cost.get(),
                String.join("|", tags));
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
        tasks.run("Filtering the initiatives", () -> {
            Set<Initiative> matched = Collections.newSetFromMap(new IdentityHashMap<>());
            snapshot.stream().filter(i -> matches(i, words)).forEach(matched::add);
            return matched;
        }, matched -> {
            if (pass != filterPasses) {
                return;
            }
            Set<Initiative> looked = Collections.newSetFromMap(new IdentityHashMap<>(snapshot.size()));
            looked.addAll(snapshot);
            shown.setPredicate(i -> looked.contains(i) ? matched.contains(i) : matches(i, words));
            updateCount();
        }, Failures.reportTo(dialogs, "Could not filter the initiatives"));
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

    private void refreshSuggestions() {
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

    private static List<String> concat(List<String> list, String extra) {
        List<String> all = new ArrayList<>(list);
        all.add(extra);
        return all;
    }

    private int indexOf(long id) {
        for (int i = 0; i < initiatives.size(); i++) {
            if (initiatives.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameInput(InitiativeRules.Input a, InitiativeRules.Input b) {
        for (InitiativeField field : InitiativeField.values()) {
            if (!Objects.equals(valueOf(field, a), valueOf(field, b))) {
                return false;
            }
        }
        return true;
    }

    /** The value of a field as compared for "changed": surrounding blanks and tag order do not count. */
    private static String valueOf(InitiativeField field, InitiativeRules.Input input) {
        String raw = switch (field) {
            case TITLE -> input.title();
            case DESCRIPTION -> input.description();
            case CATEGORY -> input.category();
            case SPONSOR -> input.sponsor();
            case ESTIMATED_COST -> input.cost();
            case TAGS -> String.join("|", ComplianceTags.parse(input.tags()));
        };
        return raw == null ? "" : raw.strip();
    }

    private static InitiativeRules.Input inputOf(Initiative initiative) {
        BigDecimal amount = initiative.estimatedCost();
        return new InitiativeRules.Input(initiative.title(), initiative.description(), initiative.category(),
                initiative.sponsor(), amount == null ? "" : amount.stripTrailingZeros().toPlainString(),
                String.join("|", initiative.tags()));
    }

    private static InitiativeRules.Input emptyInput() {
        return new InitiativeRules.Input("", "", "", "", "", "");
    }
}
