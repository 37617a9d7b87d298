package org.parley.app.service;

import java.util.List;
import org.parley.domain.WorkshopSession;
import org.parley.store.Leases;
import org.parley.store.Store;

/**
 * The session leases of a server's workshops (issue 17, decision 0036): who is changing which, and an open window's
 * claim on the workshop in view. Every change claims its workshop by itself, in the audit log; this is what the
 * sessions command and the window add. A store file keeps no leases.
 */
public final class LeaseService {

    private final Store store;

    public LeaseService(Store store) {
        this.store = store;
    }

    /** Who is changing which workshop, by workshop name; empty for a store file, which has one owner. */
    public List<WorkshopSession> sessions() {
        return new Leases(store).sessions();
    }

    /** Keeps this session's claim on the workshop in view, if it has one, and lets go of the others it holds. */
    public void keep(Long inView) {
        store.inTransaction(() -> new Leases(store).keep(inView));
    }
}
