package org.parley.ui.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.app.service.AgreementService;
import org.parley.app.service.DivergenceService;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementVersions;
import org.parley.domain.Analysis;
import org.parley.domain.Divergence;
import org.parley.domain.Frontier;
import org.parley.domain.Seat;
import org.parley.domain.Workshop;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * The revealed initiatives in negotiation, each with where its agreement stands; the one chosen, with both parties'
 * positions on it and why they diverge. The list is loaded with the analysis it comes from.
 */
public final class ItemsViewModel {

    /** A revealed initiative in the list, with where its agreement stands. */
    public record Item(long id, String title, String divergence, String status, boolean exception) {
    }

    private final DivergenceService divergence;
    private final AgreementService agreements;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Item> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Analysis.Revealed> positions = new ReadOnlyObjectWrapper<>(this, "positions");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(this, "why", "");
    private Analysis analysis;
    /** Counts reloads, so that only the latest one's result is shown. */
    private long reloads;
    private LocalDate today = LocalDate.now();

    ItemsViewModel(DivergenceService divergence, AgreementService agreements, TaskRunner tasks, DialogService dialogs,
                   WorkbenchState state) {
        this.divergence = divergence;
        this.agreements = agreements;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
    }

    // properties

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyObjectProperty<Item> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Both parties' latest revealed assessments of the selected initiative. */
    public ReadOnlyObjectProperty<Analysis.Revealed> positionsProperty() {
        return positions.getReadOnlyProperty();
    }

    /** The divergence class and why, in words. */
    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    /** The agreed appetite, or null until both parties revealed theirs. */
    Frontier appetite() {
        return analysis == null ? null : analysis.appetites().agreed();
    }

    /** The store's date at the last load: a draft is proposed on it. */
    LocalDate today() {
        return today;
    }

    // commands

    /**
     * Loads the list off the FX thread; then {@code open} gets the initiative to show: the one shown before, else the
     * one chosen on another screen, else the first (null for none). A result overtaken by a later reload is dropped.
     */
    void reload(Consumer<Item> open) {
        long generation = ++reloads;
        Workshop workshop = state.workshop();
        if (workshop == null) {
            items.clear();
            open.accept(null);
            return;
        }
        tasks.task("Loading the negotiation", () -> {
            Analysis loaded = divergence.analysis(workshop.id(), null);
            return new Loaded(loaded, items(loaded, agreements.agreements(workshop.id())), agreements.today());
        }).onSuccess(loaded -> {
            if (generation != reloads) {
                return;
            }
            analysis = loaded.analysis();
            today = loaded.today();
            items.setAll(loaded.items());
            long keep = selected.get() != null ? selected.get().id() : state.selectedInitiativeProperty().get();
            List<Item> list = loaded.items();
            open.accept(list.stream().filter(i -> i.id() == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }).onFailure(Failures.reportTo(dialogs, "Could not load the negotiation")).start();
    }

    /** Empties the list without store work, and drops a load still running. */
    void forget() {
        ++reloads;
        items.clear();
    }

    /** Chooses {@code item} (null for none), with both positions on it and why they diverge. */
    void open(Item item) {
        selected.set(item);
        if (item == null) {
            positions.set(null);
            why.set("");
            return;
        }
        state.selectedInitiativeProperty().set(item.id());
        positions.set(analysis.byId().get(item.id()));
        Optional<Divergence> d = analysis.divergenceOf(item.id());
        why.set(d.map(x -> x.divergenceClass().label() + ": " + x.why(Seats.label(state.parties(), Seat.FIRST),
                        Seats.label(state.parties(), Seat.SECOND)))
                .orElse("The appetites are not both revealed yet, so this initiative is not classified."));
    }

    /** Says in the list where the initiative's agreement stands now that it has {@code versions}. */
    void refresh(long initiativeId, List<Agreement> versions) {
        for (int i = 0; i < items.size(); i++) {
            Item old = items.get(i);
            if (old.id() == initiativeId) {
                AgreementVersions stand = AgreementVersions.of(versions);
                Item fresh = new Item(old.id(), old.title(), old.divergence(), stand.summary(), stand.exception());
                if (!fresh.equals(old)) {
                    items.set(i, fresh);
                    if (selected.get() != null && selected.get().id() == initiativeId) {
                        selected.set(fresh);
                    }
                }
            }
        }
    }

    /** One row per revealed initiative, with its class and where its agreement stands. */
    private static List<Item> items(Analysis analysis, List<Agreement> all) {
        Map<Long, List<Agreement>> byInitiative = all.stream().collect(Collectors.groupingBy(Agreement::initiativeId));
        List<Item> list = new ArrayList<>(analysis.revealed().size());
        for (Analysis.Revealed r : analysis.revealed()) {
            long id = r.initiative().id();
            List<Agreement> own = byInitiative.getOrDefault(id, List.of());
            AgreementVersions stand = AgreementVersions.of(own);
            String cls = analysis.divergenceOf(id).map(d -> d.divergenceClass().label()).orElse("");
            list.add(new Item(id, r.initiative().title(), cls, stand.summary(), stand.exception()));
        }
        return List.copyOf(list);
    }

    private record Loaded(Analysis analysis, List<Item> items, LocalDate today) {
    }
}
