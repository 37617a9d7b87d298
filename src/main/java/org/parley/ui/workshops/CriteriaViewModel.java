package org.parley.ui.workshops;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.parley.app.service.ScoringService;
import org.parley.app.service.WorkshopService;
import org.parley.domain.CriterionDraft;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.ui.common.InView;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * The value criteria of the workshop in hand: names and weights. Once scoring has started they can still be
 * renamed and reweighed, by both parties together, but none added or removed (decision 0012).
 */
public final class CriteriaViewModel {

    private final JointConsent consent;
    private final WorkshopService workshops;
    private final ScoringService scoring;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final InView inView;

    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.name, row.weight});
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private List<ValueCriterion> loaded = List.of();
    /** True once the person tried to save: then every problem shows, typed in or not. */
    private boolean saveTried;

    public CriteriaViewModel(WorkshopService workshops, ScoringService scoring, TaskRunner tasks,
                             DialogService dialogs, WorkbenchState state, JointConsent consent) {
        this.consent = consent;
        this.workshops = workshops;
        this.scoring = scoring;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        rows.addListener((ListChangeListener<Row>) change -> recheck());
        inView = new InView(() -> load(state.workshop()), this::forget);
        state.workshopProperty().addListener(inView.onChange());
        load(state.workshop());
        inView.justLoaded();
    }

    /** One criterion as edited: its name and its weight as typed. */
    public static final class Row {
        private final Long id;
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final StringProperty weight = new SimpleStringProperty(this, "weight", "1");
        /** True once the person typed in the row; a row just added is no problem until then. */
        private boolean edited;

        Row(Long id, String name, String weight) {
            this.id = id;
            this.name.set(name);
            this.weight.set(weight);
            this.name.addListener(obs -> edited = true);
            this.weight.addListener(obs -> edited = true);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty weightProperty() {
            return weight;
        }
    }

    // properties

    public ObservableList<Row> rows() {
        return rows;
    }

    /** True once scoring has started: the criteria can no longer change. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** What is wrong with the criteria as typed; empty until the person changed them or tried to save. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The weight of a row as a share of all weights, e.g. "25%", or "" while a weight is not a number. */
    public String share(Row row) {
        double total = 0;
        for (Row r : rows) {
            Double w = weight(r);
            if (w == null) {
                return "";
            }
            total += w;
        }
        Double own = weight(row);
        return own == null || total <= 0 ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * own / total);
    }

    // commands

    public void add() {
        if (!locked.get()) {
            rows.add(new Row(null, "", "1"));
        }
    }

    public void remove(Row row) {
        if (!locked.get()) {
            rows.remove(row);
        }
    }

    public void revert() {
        show(loaded);
    }

    /** Reloads the criteria and whether scoring has started, unless there are unsaved edits. */
    public void reload() {
        if (!dirty.get()) {
            load(state.workshop());
        }
    }

    public void save() {
        Workshop workshop = state.workshop();
        if (workshop == null || !dirty.get()) {
            return;
        }
        saveTried = true;
        recheck();
        if (!problem.get().isEmpty()) {
            state.tell(problem.get());
            return;
        }
        List<CriterionDraft> drafts = drafts();
        consent.run("Saving the value criteria", given -> workshops.updateCriteria(workshop.id(), drafts, given),
                saved -> {
                    loaded = saved;
                    show(saved);
                    state.tell("Saved the value criteria.");
                }, Failures.reportTo(dialogs, "Could not save the value criteria"));
    }

    /** Whether Workshop setup is in view: the criteria of another workshop are loaded only while it is. */
    public InView inView() {
        return inView;
    }

    private void forget() {
        saveTried = false;
        loaded = List.of();   // first: emptying the rows against the old criteria would mark them all removed
        rows.clear();
        locked.set(false);
    }

    private void load(Workshop workshop) {
        forget();
        if (workshop == null) {
            return;
        }
        tasks.run("Loading the value criteria", () -> new Loaded(workshops.criteria(workshop.id()),
                scoring.scoringStarted(workshop.id())), result -> {
            if (state.workshop() != null && state.workshop().id() == workshop.id()) {
                loaded = result.criteria();
                locked.set(result.started());
                show(loaded);
            }
        }, Failures.reportTo(dialogs, "Could not load the value criteria"));
    }

    private record Loaded(List<ValueCriterion> criteria, boolean started) {
    }

    private void show(List<ValueCriterion> criteria) {
        saveTried = false;
        List<Row> fresh = new ArrayList<>();
        for (ValueCriterion criterion : criteria) {
            fresh.add(new Row(criterion.id(), criterion.name(), formatWeight(criterion.weight())));
        }
        rows.setAll(fresh);
    }

    private void recheck() {
        List<CriterionDraft> drafts = drafts();
        boolean same = drafts.size() == loaded.size();
        for (int i = 0; same && i < drafts.size(); i++) {
            CriterionDraft d = drafts.get(i);
            ValueCriterion c = loaded.get(i);
            same = d.id() != null && d.id() == c.id() && d.name().strip().equals(c.name()) && d.weight() == c.weight();
        }
        dirty.set(!same);
        // Nothing is marked on criteria just loaded, nor on a row just added and not yet typed in (decision 0005).
        List<Row> considered = saveTried ? rows : rows.stream().filter(r -> r.id != null || r.edited).toList();
        problem.set((!saveTried && same) || (considered.isEmpty() && !rows.isEmpty()) ? "" : problemOf(considered));
    }

    private static String problemOf(List<Row> rows) {
        if (rows.stream().anyMatch(r -> weight(r) == null)) {
            return "Every weight must be a number, such as 1 or 2.5.";
        }
        String found = CriterionDraft.problem(drafts(rows));
        return found == null ? "" : found;
    }

    private List<CriterionDraft> drafts() {
        return drafts(rows);
    }

    private static List<CriterionDraft> drafts(List<Row> rows) {
        List<CriterionDraft> drafts = new ArrayList<>();
        for (Row row : rows) {
            Double w = weight(row);
            drafts.add(new CriterionDraft(row.id, row.name.get(), w == null ? -1 : w));
        }
        return drafts;
    }

    /** The row's weight, or null when its field is empty or not a number. */
    private static Double weight(Row row) {
        String text = row.weight.get();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String formatWeight(double weight) {
        return weight == Math.rint(weight) ? Long.toString((long) weight) : Double.toString(weight);
    }
}
