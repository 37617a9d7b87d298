package org.parley.store;

import static org.parley.store.jooq.Tables.WORKSHOP;
import static org.parley.store.jooq.Tables.WORKSHOP_LEASE;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.impl.DSL;
import org.parley.domain.WorkshopSession;
import org.parley.store.jooq.tables.records.WorkshopLeaseRecord;

/**
 * The session leases of a server's workshops (issue 17, decision 0036): a workshop is changed by one session at a
 * time. A session claims a workshop with its first change and holds it while it keeps changing it; it lets go when it
 * closes, or when it has not renewed the lease for {@link #TIMEOUT}, as after a crash. Readings (exports, board packs)
 * claim nothing. A store file has one owner, so it keeps no leases.
 */
public final class Leases {

    /** How long a lease outlives its session's last change. */
    public static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Store store;

    public Leases(Store store) {
        this.store = store;
    }

    /**
     * Claims the workshop for this store's session, or renews its claim, inside the caller's transaction; refuses
     * while another session holds it. The audit log claims with every change; a deletion claims first, since its
     * event follows the workshop's removal. Claims take the audit chain's lock, so they never race.
     */
    public void claim(long workshopId) {
        if (store.onServer()) {
            store.lockAuditChain();
            claimLocked(workshopId);
        }
    }

    /** As {@link #claim}, for the audit log, which holds the chain's lock already. */
    void claimLocked(long workshopId) {
        if (!store.onServer()) {
            return;
        }
        OffsetDateTime now = store.timestamp();
        StoreSession session = store.session();
        WorkshopLeaseRecord lease = store.dsl().selectFrom(WORKSHOP_LEASE)
                .where(WORKSHOP_LEASE.WORKSHOP_ID.eq(workshopId)).forUpdate().fetchOne();
        if (lease == null) {
            if (!store.dsl().fetchExists(WORKSHOP, WORKSHOP.ID.eq(workshopId))) {
                return; // removed in this transaction, its lease with it: nothing is left to claim
            }
            store.dsl().insertInto(WORKSHOP_LEASE, WORKSHOP_LEASE.WORKSHOP_ID, WORKSHOP_LEASE.SESSION,
                    WORKSHOP_LEASE.HOLDER, WORKSHOP_LEASE.HOST, WORKSHOP_LEASE.SINCE, WORKSHOP_LEASE.RENEWED_AT)
                    .values(workshopId, session.id(), session.holder(), session.host(), now, now).execute();
            return;
        }
        boolean ours = lease.getSession().equals(session.id());
        if (!ours && live(lease, now)) {
            String workshop = store.dsl().select(WORKSHOP.NAME).from(WORKSHOP).where(WORKSHOP.ID.eq(workshopId))
                    .fetchOne(WORKSHOP.NAME);
            throw new WorkshopInSessionException(new WorkshopSession(workshopId, workshop, lease.getHolder(),
                    lease.getHost(), lease.getSince().toInstant(), lease.getRenewedAt().toInstant(), true),
                    lease.getHolder().equals(session.holder()) && lease.getHost().equals(session.host()));
        }
        store.dsl().update(WORKSHOP_LEASE)
                .set(WORKSHOP_LEASE.SESSION, session.id())
                .set(WORKSHOP_LEASE.HOLDER, session.holder())
                .set(WORKSHOP_LEASE.HOST, session.host())
                .set(WORKSHOP_LEASE.SINCE, ours ? lease.getSince() : now)
                .set(WORKSHOP_LEASE.RENEWED_AT, now)
                .where(WORKSHOP_LEASE.WORKSHOP_ID.eq(workshopId)).execute();
    }

    /**
     * What an open window does every half minute: keeps its claim on the workshop in view, if it has one, and lets go
     * of the others it holds, so that a pair who moved on frees the workshop they left.
     *
     * @param inView the workshop in view, or null for none
     */
    public void keep(Long inView) {
        if (!store.onServer()) {
            return;
        }
        String session = store.session().id();
        store.dsl().deleteFrom(WORKSHOP_LEASE).where(WORKSHOP_LEASE.SESSION.eq(session))
                .and(inView == null ? DSL.trueCondition() : WORKSHOP_LEASE.WORKSHOP_ID.ne(inView)).execute();
        if (inView != null) {
            store.dsl().update(WORKSHOP_LEASE).set(WORKSHOP_LEASE.RENEWED_AT, store.timestamp())
                    .where(WORKSHOP_LEASE.SESSION.eq(session)).and(WORKSHOP_LEASE.WORKSHOP_ID.eq(inView)).execute();
        }
    }

    /** Lets go of every workshop this store's session holds: when it closes. */
    void releaseAll() {
        if (store.onServer()) {
            store.dsl().deleteFrom(WORKSHOP_LEASE).where(WORKSHOP_LEASE.SESSION.eq(store.session().id())).execute();
        }
    }

    /** The leases as they stand, by workshop name; a lease past its timeout is listed as no longer live. */
    public List<WorkshopSession> sessions() {
        OffsetDateTime now = store.timestamp();
        return store.dsl().select(WORKSHOP_LEASE.fields()).select(WORKSHOP.NAME)
                .from(WORKSHOP_LEASE).join(WORKSHOP).on(WORKSHOP.ID.eq(WORKSHOP_LEASE.WORKSHOP_ID))
                .orderBy(WORKSHOP.NAME)
                .fetch(r -> {
                    WorkshopLeaseRecord lease = r.into(WORKSHOP_LEASE);
                    return new WorkshopSession(lease.getWorkshopId(), r.get(WORKSHOP.NAME), lease.getHolder(),
                            lease.getHost(), lease.getSince().toInstant(), lease.getRenewedAt().toInstant(),
                            live(lease, now));
                });
    }

    private static boolean live(WorkshopLeaseRecord lease, OffsetDateTime now) {
        Instant expires = lease.getRenewedAt().toInstant().plus(TIMEOUT);
        return expires.isAfter(now.toInstant());
    }
}
