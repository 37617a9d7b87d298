package org.parley.ui.workshops;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.app.service.Deletion;
import org.parley.app.service.WorkshopService;
import org.parley.domain.NameRules;
import org.parley.domain.Party;
import org.parley.domain.Plurals;
import org.parley.domain.Workshop;
import org.parley.domain.WorkshopSummary;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/** The workshop switcher: which workshop is in hand, and creating, renaming and deleting workshops. */
public final class WorkshopsViewModel {

    static final String NO_WORKSHOP = "No workshop yet: create one";
    static final String CHOOSE = "Choose a workshop";

    private final JointConsent consent;
    private final WorkshopService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;

    private final ObservableList<WorkshopSummary> workshops = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WorkshopSummary> current = new ReadOnlyObjectWrapper<>(this, "current");
    /** True once the store's list has been read: before that, an empty list says nothing. */
    private final ReadOnlyBooleanWrapper listed = new ReadOnlyBooleanWrapper(this, "listed");
    private final StringBinding switcherText = Bindings.createStringBinding(() -> current.get() != null
            ? current.get().name() : !listed.get() ? "" : workshops.isEmpty() ? NO_WORKSHOP : CHOOSE,
            current, listed, workshops);

    public WorkshopsViewModel(WorkshopService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state, JointConsent consent) {
        this.consent = consent;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
    }

    // properties

    public ObservableList<WorkshopSummary> workshops() {
        return workshops;
    }

    /** The workshop in hand as the switcher shows it. */
    public ReadOnlyObjectProperty<WorkshopSummary> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /**
     * What the switcher shows: the workshop in hand; else "No workshop yet: create one" only when the store has
     * none, or "Choose a workshop". It never follows the switcher's own value, which reloads empty it for a moment.
     */
    public StringBinding switcherTextProperty() {
        return switcherText;
    }

    // commands

    /** Lists the workshops and opens the first, or {@code preferredId} when it exists. */
    public void start(long preferredId) {
        tasks.run("Loading workshops", service::workshops, list -> {
            workshops.setAll(list);
            listed.set(true);
            list.stream().filter(w -> w.id() == preferredId).findFirst()
                    .or(() -> list.stream().findFirst())
                    .ifPresentOrElse(this::open, () -> {
                        current.set(null);
                        state.show(null, List.of());
                    });
        }, Failures.reportTo(dialogs, "Could not list the workshops"));
    }

    /** Refreshes names and initiative counts, keeping the workshop in hand. */
    public void refresh() {
        tasks.run("Loading workshops", service::workshops, list -> {
            WorkshopSummary was = current.get();
            workshops.setAll(list);
            if (was != null) {
                list.stream().filter(w -> w.id() == was.id()).findFirst().ifPresent(current::set);
            }
        }, Failures.reportTo(dialogs, "Could not list the workshops"));
    }

    /**
     * Switches to {@code summary} once every screen lets the person leave: true when it switched now; false while
     * the person stays, or until the saves they chose have succeeded (then it switches).
     */
    public boolean choose(WorkshopSummary summary) {
        if (summary == null || (current.get() != null && current.get().id() == summary.id())) {
            return true;
        }
        boolean[] switched = new boolean[1];
        state.leave(() -> {
            open(summary);
            switched[0] = true;
        });
        return switched[0];
    }

    public void create() {
        state.leave(this::askAndCreate);
    }

    private void askAndCreate() {
        Optional<String> name = dialogs.askText("New workshop", "Name of the new workshop", "", text -> problem(text, -1));
        name.ifPresent(chosen -> tasks.run("Creating " + chosen, () -> service.create(chosen, state.consent()), workshop -> {
            reloadAndOpen(workshop.id());
            state.tell("Created workshop \u201C" + workshop.name() + "\u201D with parties CISO and CTO.");
        }, Failures.reportTo(dialogs, "Could not create the workshop")));
    }

    public void rename() {
        WorkshopSummary target = current.get();
        if (target == null) {
            return;
        }
        Optional<String> name = dialogs.askText("Rename workshop", "New name of \u201C" + target.name() + "\u201D",
                target.name(), text -> problem(text, target.id()));
        name.filter(chosen -> !chosen.equals(target.name())).ifPresent(chosen -> tasks.run("Renaming", () -> {
            service.rename(target.id(), chosen, state.consent());
            return service.workshop(target.id());
        }, workshop -> {
            reloadAndOpen(workshop.id());
            state.tell("Renamed the workshop to \u201C" + workshop.name() + "\u201D.");
        }, Failures.reportTo(dialogs, "Could not rename the workshop")));
    }

    /**
     * Deletes the workshop in hand: asks the store first whether it may go and what would go with it, so a refusal
     * comes before any confirmation; then the person confirms, and the other party too when both must agree.
     */
    public void delete() {
        WorkshopSummary target = current.get();
        if (target == null) {
            return;
        }
        tasks.run("Checking " + target.name(), () -> service.deletion(target.id()), deletion -> {
            if (deletion.refused()) {
                dialogs.showError("Cannot delete the workshop", deletion.refusal());
            } else if (dialogs.confirm("Delete workshop", confirmation(target, deletion), "Delete workshop")) {
                deleteConfirmed(target);
            }
        }, Failures.reportTo(dialogs, "Could not delete the workshop"));
    }

    /** "Delete the workshop “X” with its 3 initiatives, 1 draft agreement, its parties and …?" */
    static String confirmation(WorkshopSummary target, Deletion deletion) {
        String name = "\u201C" + target.name() + "\u201D";
        StringBuilder text = new StringBuilder();
        if (deletion.initiatives() == 0) {
            text.append("Delete the workshop ").append(name).append(" and its parties? It has no initiatives.");
        } else {
            text.append("Delete the workshop ").append(name).append(" with its ")
                    .append(Plurals.count(deletion.initiatives(), "initiative")).append(", ");
            if (deletion.draftAgreements() > 0) {
                text.append(Plurals.count(deletion.draftAgreements(), "draft agreement")).append(", ");
            }
            text.append("its parties and both parties' scores, revealed or not?");
        }
        text.append(" This cannot be undone.");
        if (deletion.needsBoth()) {
            text.append(" Scoring has started, so both parties must agree: the other party confirms next.");
        }
        return text.toString();
    }

    private void deleteConfirmed(WorkshopSummary target) {
        consent.run("Deleting " + target.name(), given -> {
            service.delete(target.id(), given);
            return target;
        }, deleted -> {
            workshops.removeIf(w -> w.id() == deleted.id());
            current.set(null);
            start(-1);
            state.tell("Deleted the workshop \u201C" + deleted.name() + "\u201D.");
        }, Failures.reportTo(dialogs, "Could not delete the workshop"));
    }

    /** Lists again and opens {@code workshopId}; the workshop in hand stays named until the other opens. */
    private void reloadAndOpen(long workshopId) {
        start(workshopId);
    }

    private void open(WorkshopSummary summary) {
        current.set(summary);
        tasks.run("Opening " + summary.name(), () -> new Opened(service.workshop(summary.id()),
                service.parties(summary.id())), opened -> {
            if (current.get() != null && current.get().id() == opened.workshop().id()) {
                state.show(opened.workshop(), opened.parties());
            }
        }, Failures.reportTo(dialogs, "Could not open the workshop"));
    }

    private String problem(String name, long exceptId) {
        String problem = NameRules.workshopNameProblem(name);
        if (problem != null) {
            return problem;
        }
        boolean taken = workshops.stream()
                .anyMatch(w -> w.id() != exceptId && w.name().equalsIgnoreCase(name.strip()));
        return taken ? "A workshop with this name already exists." : null;
    }

    private record Opened(Workshop workshop, List<Party> parties) {
    }
}
