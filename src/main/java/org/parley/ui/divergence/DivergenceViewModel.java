package org.parley.ui.divergence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
import org.parley.domain.Divergence;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Party;
import org.parley.domain.PortfolioAgreement;
import org.parley.domain.ScaleAgreement;
import org.parley.domain.Workshop;
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
        state.workshopProperty().addListener((obs, old, now) -> reload());
        state.activePartyProperty().addListener((obs, old, now) -> reload());
        state.revisionProperty().addListener((obs, old, now) -> reload());
        reload();
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
        Workshop workshop = state.workshop();
        Party party = state.activeParty();
        if (workshop == null) {
            analysis.set(null);
            show(null);
            return;
        }
        tasks.run("Analysing the divergence", () -> service.analysis(workshop.id(), party == null ? null : party.seat()),
                result -> {
                    if (state.workshop() != null && state.workshop().id() == workshop.id()) {
                        analysis.set(result);
                        show(result);
                    }
                }, Failures.reportTo(dialogs, "Could not analyse the divergence"));
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
        show(analysis.get());
    }

    private void show(Analysis current) {
        contested.clear();
        agreement.clear();
        if (current == null) {
            items.set(List.of());
            note.set("");
            classCounts.set("");
            firstCounts.set(new int[5][5]);
            secondCounts.set(new int[5][5]);
            differences.set(new int[5][5]);
            return;
        }
        List<MapItem> points = new ArrayList<>(current.revealed().size());
        int[][] first = new int[5][5];
        int[][] second = new int[5][5];
        for (Analysis.Revealed r : current.revealed()) {
            DivergenceClass c = current.divergenceOf(r.initiative().id()).map(Divergence::divergenceClass).orElse(null);
            points.add(new MapItem(r.initiative().id(), r.initiative().title(), r.first().value(), r.first().riskScore(),
                    r.second().value(), r.second().riskScore(), c));
            first[r.first().risk().likelihood().score() - 1][r.first().risk().impact().score() - 1]++;
            second[r.second().risk().likelihood().score() - 1][r.second().risk().impact().score() - 1]++;
        }
        int[][] diff = new int[5][5];
        for (int l = 0; l < 5; l++) {
            for (int i = 0; i < 5; i++) {
                diff[l][i] = second[l][i] - first[l][i];
            }
        }
        items.set(List.copyOf(points));
        firstCounts.set(first);
        secondCounts.set(second);
        differences.set(diff);
        List<String> notes = new ArrayList<>();
        if (current.unrevealed() > 0) {
            notes.add(current.unrevealed() + (current.unrevealed() == 1 ? " initiative is" : " initiatives are")
                    + " not yet revealed and left out.");
        }
        if (current.report() == null) {
            notes.add("The appetites are not both revealed, so initiatives are not classified yet.");
        }
        note.set(String.join(" ", notes));
        String label1 = roleLabel(0);
        String label2 = roleLabel(1);
        if (current.report() != null) {
            for (Divergence d : current.report().ranked()) {
                if (d.divergenceClass().isContested() && shownClasses.get().contains(d.divergenceClass())) {
                    contested.add(new Contested(d.initiativeId(), current.byId().get(d.initiativeId()).initiative().title(),
                            d.divergenceClass(), d.why(label1, label2), d.magnitude()));
                }
            }
            List<String> counts = new ArrayList<>();
            for (DivergenceClass c : DivergenceClass.values()) {
                counts.add(c.label() + ": " + current.report().count(c));
            }
            classCounts.set(String.join("   \u00B7   ", counts));
        } else {
            classCounts.set("");
        }
        PortfolioAgreement portfolio = current.agreement();
        agreement.add(row("Likelihood", portfolio.likelihood()));
        agreement.add(row("Impact", portfolio.impact()));
        agreement.add(row("Value", portfolio.value()));
    }

    private String roleLabel(int index) {
        return state.parties().size() > index ? state.parties().get(index).roleLabel() : "Party " + (index + 1);
    }

    private static AgreementRow row(String scale, ScaleAgreement a) {
        if (a.n() == 0) {
            return new AgreementRow(scale, "–", "–", "–", "No revealed initiatives yet");
        }
        return new AgreementRow(scale, String.format(Locale.ROOT, "%.2f", a.kappaQuadratic()),
                String.format(Locale.ROOT, "%.2f", a.kappaLinear()),
                String.format(Locale.ROOT, "%.0f%%", 100 * a.exact()), a.reading());
    }
}
