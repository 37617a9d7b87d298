package org.parley.ui.session;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.parley.app.service.SessionService;
import org.parley.domain.SessionProgress;
import org.parley.domain.Workshop;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * Where the workshop in hand stands, for the session bar: reloaded when the workshop changes and whenever a
 * screen says that stored data changed. It holds counts only, which both parties may see.
 */
public final class SessionBarViewModel {

    private final SessionService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final ReadOnlyObjectWrapper<SessionProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private long loading;

    public SessionBarViewModel(SessionService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        state.workshopProperty().addListener((obs, old, now) -> reload());
        state.revisionProperty().addListener((obs, old, now) -> reload());
    }

    // properties

    /** The counts of the workshop in hand; null while there is none or before the first load. */
    public ReadOnlyObjectProperty<SessionProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The role label of the party in seat 1 or 2 ("CISO", "CTO"), as the counts name them. */
    public String name(int seat) {
        return state.parties().size() >= seat ? state.parties().get(seat - 1).roleLabel() : "Party " + seat;
    }

    // commands

    public void reload() {
        Workshop workshop = state.workshop();
        if (workshop == null) {
            progress.set(null);
            return;
        }
        long ticket = ++loading;
        tasks.run("Reading where the session stands", () -> service.progress(workshop.id()), loaded -> {
            // Only the newest load counts: an older one may finish later and is about a workshop left behind.
            if (ticket == loading) {
                progress.set(loaded);
            }
        }, Failures.reportTo(dialogs, "Could not read where the session stands"));
    }
}
