package org.parley.ui.workshops;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parley.app.service.WorkshopService;
import org.parley.domain.Workshop;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * The currency of the workshop's loss amounts (estimates, tolerances, simulated losses): EUR unless both parties
 * choose another. Nothing is converted, so a change needs both parties.
 */
public final class CurrencyViewModel {

    private final WorkshopService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final JointConsent consent;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private String stored;

    public CurrencyViewModel(WorkshopService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state,
                             JointConsent consent) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.consent = consent;
        code.addListener(obs -> dirty.set(stored != null && !typed().equals(stored)));
        state.workshopProperty().addListener((obs, old, now) -> load(now));
        load(state.workshop());
    }

    /** The code as typed; upper-cased when saved. */
    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Saves the currency once both parties agree; a code that is not one is refused with the reason. */
    public void save() {
        Workshop workshop = state.workshop();
        if (workshop == null || !dirty.get()) {
            return;
        }
        String chosen = typed();
        consent.ask("state loss amounts in " + chosen + " (nothing is converted)", both -> tasks.task(
                        "Saving the currency", () -> {
                            service.setCurrency(workshop.id(), chosen, both);
                            return chosen;
                        })
                .onSuccess(saved -> {
                    show(saved);
                    state.tell("Loss amounts of \u201C" + workshop.name() + "\u201D are now in " + saved + ".");
                    state.changed();
                })
                .onFailure(Failures.reportTo(dialogs, "Could not save the currency"))
                .start());
    }

    public void revert() {
        if (stored != null) {
            code.set(stored);
        }
    }

    private void load(Workshop workshop) {
        if (workshop == null) {
            stored = null;
            dirty.set(false);
            return;
        }
        tasks.task("Reading the currency", () -> service.currency(workshop.id()))
                .onSuccess(saved -> {
                    if (state.workshop() != null && state.workshop().id() == workshop.id()) {
                        show(saved);
                    }
                })
                .onFailure(Failures.reportTo(dialogs, "Could not read the currency"))
                .start();
    }

    private String typed() {
        return code.get() == null ? "" : code.get().strip().toUpperCase(Locale.ROOT);
    }

    private void show(String saved) {
        stored = saved;
        code.set(saved);
        dirty.set(false);
    }
}
