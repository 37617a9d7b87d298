package org.parley.store;

import static org.parley.store.jooq.Tables.INITIATIVE;
import static org.parley.store.jooq.Tables.WORKSHOP;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.parley.domain.Workshop;
import org.parley.domain.WorkshopSummary;
import org.parley.store.jooq.tables.records.WorkshopRecord;

/** Workshops: the top of everything else in the store. */
public final class WorkshopRepository {

    private final Store store;

    public WorkshopRepository(Store store) {
        this.store = store;
    }

    /** Every workshop with its initiative count, by name. */
    public List<WorkshopSummary> summaries() {
        var count = DSL.count(INITIATIVE.ID).as("initiatives");
        return store.dsl()
                .select(WORKSHOP.ID, WORKSHOP.NAME, count)
                .from(WORKSHOP)
                .leftJoin(INITIATIVE).on(INITIATIVE.WORKSHOP_ID.eq(WORKSHOP.ID))
                .groupBy(WORKSHOP.ID, WORKSHOP.NAME)
                .orderBy(DSL.lower(WORKSHOP.NAME), WORKSHOP.ID)
                .fetch(r -> new WorkshopSummary(r.get(WORKSHOP.ID), r.get(WORKSHOP.NAME), r.get(count)));
    }

    public Optional<Workshop> find(long id) {
        return store.dsl().selectFrom(WORKSHOP).where(WORKSHOP.ID.eq(id)).fetchOptional(WorkshopRepository::toWorkshop);
    }

    /** Names are unique regardless of case, so "fy27 offsite" finds "FY27 offsite". */
    public Optional<Workshop> findByName(String name) {
        return store.dsl().selectFrom(WORKSHOP)
                .where(DSL.lower(WORKSHOP.NAME).eq(name.strip().toLowerCase(Locale.ROOT)))
                .fetchOptional(WorkshopRepository::toWorkshop);
    }

    public boolean isEmpty() {
        return store.dsl().fetchCount(WORKSHOP) == 0;
    }

    public Workshop insert(String name) {
        WorkshopRecord record = store.dsl().newRecord(WORKSHOP);
        record.setName(name.strip());
        record.setCreatedAt(store.timestamp());
        record.store();
        return toWorkshop(record);
    }

    public void rename(long id, String name) {
        int updated = store.dsl().update(WORKSHOP).set(WORKSHOP.NAME, name.strip()).where(WORKSHOP.ID.eq(id)).execute();
        requireOne(updated, id);
    }

    /** Removes the workshop and, through the schema's cascades, everything in it. */
    public void delete(long id) {
        requireOne(store.dsl().deleteFrom(WORKSHOP).where(WORKSHOP.ID.eq(id)).execute(), id);
    }

    private static void requireOne(int rows, long id) {
        if (rows != 1) {
            throw new StoreException("Workshop " + id + " no longer exists; it may have been deleted.");
        }
    }

    private static Workshop toWorkshop(Record r) {
        return new Workshop(r.get(WORKSHOP.ID), r.get(WORKSHOP.NAME), r.get(WORKSHOP.CREATED_AT).toInstant());
    }

    /** Minutes without input before the window locks itself; 0 for never. */
    public int idleLockMinutes(long id) {
        Integer minutes = store.dsl().select(WORKSHOP.IDLE_LOCK_MINUTES).from(WORKSHOP).where(WORKSHOP.ID.eq(id))
                .fetchOne(WORKSHOP.IDLE_LOCK_MINUTES);
        return minutes == null ? 5 : minutes;
    }

    public void setIdleLockMinutes(long id, int minutes) {
        store.dsl().update(WORKSHOP).set(WORKSHOP.IDLE_LOCK_MINUTES, minutes).where(WORKSHOP.ID.eq(id)).execute();
    }

    /** The ISO 4217 code the workshop's loss amounts are in; EUR unless the parties chose another. */
    public String currency(long id) {
        String currency = store.dsl().select(WORKSHOP.CURRENCY).from(WORKSHOP).where(WORKSHOP.ID.eq(id))
                .fetchOne(WORKSHOP.CURRENCY);
        if (currency == null) {
            throw new StoreException("Workshop " + id + " no longer exists; it may have been deleted.");
        }
        return currency;
    }

    public void setCurrency(long id, String currency) {
        requireOne(store.dsl().update(WORKSHOP).set(WORKSHOP.CURRENCY, currency).where(WORKSHOP.ID.eq(id)).execute(), id);
    }
}
