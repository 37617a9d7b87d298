package org.parley.ui.divergence;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.app.service.DivergenceService;
import org.parley.domain.Analysis;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.ui.common.InView;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * Where the parties diverge, for the map, the ranked list, the heatmaps and the portfolio panel. Built only
 * from revealed scores and the frontiers the active party may see.
 */
public final class DivergenceViewModel {

    /** One contested initiative in the ranked list. */
    public record Contested(long id, String title, DivergenceClass divergenceClass, String why, double magnitude) {
    }

    /** A row of the portfolio panel: one scale's agreement in numbers and words. */
    public record AgreementRow(String scale, String quadratic, String linear, String exact, String reading) {
    }

    private final DivergenceService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final InView inView;

    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<List<MapItem>> items = new ReadOnlyObjectWrapper<>(this, "items", List.of());
    private final Map<DivergenceClass, BooleanProperty> classShown = new EnumMap<>(DivergenceClass.class);
    private final ReadOnlyObjectWrapper<Set<DivergenceClass>> shownClasses =
            new ReadOnlyObjectWrapper<>(this, "shownClasses", EnumSet.allOf(DivergenceClass.class));
    private final ObservableList<Contested> contested = FXCollections.observableArrayList();
    private final ObservableList<AgreementRow> agreement = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper classCounts = new ReadOnlyStringWrapper(this, "classCounts", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyObjectWrapper<int[][]> firstCounts = new ReadOnlyObjectWrapper<>(this, "firstCounts", new int[5][5]);
    private final ReadOnlyObjectWrapper<int[][]> secondCounts = new ReadOnlyObjectWrapper<>(this, "secondCounts", new int[5][5]);
    private final ReadOnlyObjectWrapper<int[][]> differences = new ReadOnlyObjectWrapper<>(this, "differences", new int[5][5]);
    private DivergenceSummary summary = DivergenceSummary.EMPTY;
    /** Counts reloads, so that only the latest one's result is shown. */
    private long reloads;

    public DivergenceViewModel(DivergenceService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        for (DivergenceClass c : DivergenceClass.values()) {
            BooleanProperty shown = new SimpleBooleanProperty(this, c.jsonName(), true);
            shown.addListener(obs -> updateShownClasses());
            classShown.put(c, shown);
        }
        // The analysis follows the workshop, the party and each saved change only while the screen is in view.
        inView = new InView(this::reload, this::forget);
        state.workshopProperty().addListener(inView.onChange());
        state.activePartyProperty().addListener(inView.onChange());
        state.revisionProperty().addListener(inView.onChange());
        reload();
        inView.justLoaded();
    }

    // properties

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** The revealed initiatives as points of the map. */
    public ReadOnlyObjectProperty<List<MapItem>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    /** Whether the map and the list show initiatives of this class. */
    public BooleanProperty classShownProperty(DivergenceClass divergenceClass) {
        return classShown.get(divergenceClass);
    }

    public ReadOnlyObjectProperty<Set<DivergenceClass>> shownClassesProperty() {
        return shownClasses.getReadOnlyProperty();
    }

    /** Contested initiatives (not aligned), hardest first, of the shown classes. */
    public ObservableList<Contested> contested() {
        return contested;
    }

    public ObservableList<AgreementRow> agreement() {
        return agreement;
    }

    public ReadOnlyStringProperty classCountsProperty() {
        return classCounts.getReadOnlyProperty();
    }

    /** What the analysis leaves out, and why, in words; empty when nothing is. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Counts per likelihood (row) and impact (column) of the first party's revealed scores. */
    public ReadOnlyObjectProperty<int[][]> firstCountsProperty() {
        return firstCounts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<int[][]> secondCountsProperty() {
        return secondCounts.getReadOnlyProperty();
    }

    /** The second party's counts minus the first's, cell by cell. */
    public ReadOnlyObjectProperty<int[][]> differencesProperty() {
        return differences.getReadOnlyProperty();
    }

    /** The initiative chosen on any screen; the map highlights it. */
    public LongProperty selectedProperty() {
        return state.selectedInitiativeProperty();
    }

    public List<Party> parties() {
        return state.parties();
    }

    // commands

    public void reload() {
        long generation = ++reloads;
        Workshop workshop = state.workshop();
        Party party = state.activeParty();
        if (workshop == null) {
            forget();
            return;
        }
        String label1 = roleLabel(0);
        String label2 = roleLabel(1);
        // The analysis and everything the screen draws from it are worked out off the FX thread; a result that
        // arrives after another reload was asked for (a new party, workshop or revision) is stale and dropped.
        tasks.run("Analysing the divergence", () -> {
            Analysis result = service.analysis(workshop.id(), party == null ? null : party.seat());
            return new Shown(result, DivergenceSummary.of(result, label1, label2));
        }, shown -> {
            if (generation == reloads) {
                analysis.set(shown.analysis());
                apply(shown.summary());
            }
        }, Failures.reportTo(dialogs, "Could not analyse the divergence"));
    }

    private record Shown(Analysis analysis, DivergenceSummary summary) {
    }

    /** Whether the Divergence screen is in view: the analysis is worked out again only while it is. */
    public InView inView() {
        return inView;
    }

    private void forget() {
        ++reloads;
        analysis.set(null);
        apply(DivergenceSummary.EMPTY);
    }

    /** Asks where to save the map and writes it there with {@code render}. */
    public void exportMap(PngRenderer render) {
        Workshop workshop = state.workshop();
        String name = (workshop == null ? "divergence" : workshop.name().replaceAll("[^\\p{L}\\p{N}]+", "-"))
                + "-divergence-map.png";
        // The map draws its picture on the FX thread and the file is written here, off it.
        dialogs.chooseSaveFile("Export the divergence map", name, "PNG image", "*.png").ifPresent(file ->
                tasks.run("Exporting the map", () -> {
                    render.write(file);
                    return file;
                }, written -> state.tell("Exported the map to " + written + "."),
                        Failures.reportTo(dialogs, "Could not export the map")));
    }

    /** Writes the map as a PNG file; the view's map does this on the FX thread. */
    @FunctionalInterface
    public interface PngRenderer {
        void write(Path file) throws Exception;
    }

    private void updateShownClasses() {
        EnumSet<DivergenceClass> shown = EnumSet.noneOf(DivergenceClass.class);
        classShown.forEach((c, on) -> {
            if (on.get()) {
                shown.add(c);
            }
        });
        shownClasses.set(shown);
        showContested();
    }

    private void apply(DivergenceSummary now) {
        summary = now;
        items.set(now.items());
        firstCounts.set(now.firstCounts());
        secondCounts.set(now.secondCounts());
        differences.set(now.differences());
        note.set(now.note());
        classCounts.set(now.classCounts());
        agreement.setAll(now.agreement());
        showContested();
    }

    private void showContested() {
        Set<DivergenceClass> shown = shownClasses.get();
        contested.setAll(summary.contested().stream().filter(c -> shown.contains(c.divergenceClass())).toList());
    }

    private String roleLabel(int index) {
        return state.parties().size() > index ? state.parties().get(index).roleLabel() : "Party " + (index + 1);
    }
}
