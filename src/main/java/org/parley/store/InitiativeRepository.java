package org.parley.store;

import static org.parley.store.jooq.Tables.INITIATIVE;
import static org.parley.store.jooq.Tables.INITIATIVE_TAG;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.domain.ComplianceTags;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.store.jooq.tables.records.InitiativeRecord;

/** Initiatives and their compliance tags. */
public final class InitiativeRepository {

    private final Store store;

    public InitiativeRepository(Store store) {
        this.store = store;
    }

    /** The workshop's initiatives in the order they were added. */
    public List<Initiative> forWorkshop(long workshopId) {
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        store.dsl().select(INITIATIVE_TAG.INITIATIVE_ID, INITIATIVE_TAG.TAG)
                .from(INITIATIVE_TAG)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(INITIATIVE_TAG.INITIATIVE_ID))
                .where(INITIATIVE.WORKSHOP_ID.eq(workshopId))
                .orderBy(INITIATIVE_TAG.INITIATIVE_ID, INITIATIVE_TAG.TAG)
                .forEach(r -> tags.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
        return store.dsl().selectFrom(INITIATIVE)
                .where(INITIATIVE.WORKSHOP_ID.eq(workshopId))
                .orderBy(INITIATIVE.ID)
                .fetch(r -> toInitiative(r, tags.getOrDefault(r.getId(), List.of())));
    }

    public Optional<Initiative> find(long id) {
        return store.dsl().selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(id)).fetchOptional()
                .map(r -> toInitiative(r, tagsOf(id)));
    }

    public Initiative insert(long workshopId, InitiativeDraft draft) {
        return store.inTransaction(() -> {
            InitiativeRecord record = store.dsl().newRecord(INITIATIVE);
            record.setWorkshopId(workshopId);
            record.setCreatedAt(store.timestamp());
            copy(draft, record);
            record.store();
            writeTags(record.getId(), draft.tags());
            return find(record.getId()).orElseThrow();
        });
    }

    public Initiative update(long id, InitiativeDraft draft) {
        return store.inTransaction(() -> {
            InitiativeRecord record = store.dsl().selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(id)).fetchOptional()
                    .orElseThrow(() -> new StoreException("Initiative " + id + " no longer exists; it may have been deleted."));
            copy(draft, record);
            record.store();
            store.dsl().deleteFrom(INITIATIVE_TAG).where(INITIATIVE_TAG.INITIATIVE_ID.eq(id)).execute();
            writeTags(id, draft.tags());
            return find(id).orElseThrow();
        });
    }

    public void delete(long id) {
        int rows = store.dsl().deleteFrom(INITIATIVE).where(INITIATIVE.ID.eq(id)).execute();
        if (rows != 1) {
            throw new StoreException("Initiative " + id + " no longer exists; it may have been deleted.");
        }
    }

    private void copy(InitiativeDraft draft, InitiativeRecord record) {
        record.setTitle(draft.title());
        record.setDescription(draft.description());
        record.setCategory(draft.category());
        record.setSponsor(draft.sponsor());
        record.setEstimatedCost(draft.estimatedCost());
        record.setUpdatedAt(store.timestamp());
    }

    private void writeTags(long initiativeId, List<String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        var insert = store.dsl().insertInto(INITIATIVE_TAG, INITIATIVE_TAG.INITIATIVE_ID, INITIATIVE_TAG.TAG);
        for (String tag : tags) {
            insert = insert.values(initiativeId, tag);
        }
        insert.execute();
    }

    private List<String> tagsOf(long initiativeId) {
        return store.dsl().select(INITIATIVE_TAG.TAG).from(INITIATIVE_TAG)
                .where(INITIATIVE_TAG.INITIATIVE_ID.eq(initiativeId))
                .orderBy(INITIATIVE_TAG.TAG)
                .fetch(INITIATIVE_TAG.TAG);
    }

    private static Initiative toInitiative(InitiativeRecord r, List<String> tags) {
        return new Initiative(r.getId(), r.getWorkshopId(), r.getTitle(), r.getDescription(), r.getCategory(),
                r.getSponsor(), r.getEstimatedCost(), ComplianceTags.normalise(tags), r.getUpdatedAt().toInstant());
    }
}
