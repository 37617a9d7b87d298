package org.parley.store;

import static org.parley.store.jooq.Tables.INITIATIVE;
import static org.parley.store.jooq.Tables.INITIATIVE_TAG;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.domain.ComplianceTags;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.RuleViolation;
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

    /** The ids of the workshop's initiatives, and nothing else of them: what an import checks its ids against. */
    public Set<Long> idsOf(long workshopId) {
        return new HashSet<>(store.dsl().select(INITIATIVE.ID).from(INITIATIVE)
                .where(INITIATIVE.WORKSHOP_ID.eq(workshopId))
                .fetch(INITIATIVE.ID));
    }

    /** The initiatives of these ids that exist, by id: two queries for a whole batch, not two per initiative. */
    public Map<Long, Initiative> findAll(Collection<Long> ids) {
        Map<Long, List<String>> tags = new HashMap<>();
        store.dsl().select(INITIATIVE_TAG.INITIATIVE_ID, INITIATIVE_TAG.TAG)
                .from(INITIATIVE_TAG)
                .where(INITIATIVE_TAG.INITIATIVE_ID.in(ids))
                .orderBy(INITIATIVE_TAG.INITIATIVE_ID, INITIATIVE_TAG.TAG)
                .forEach(r -> tags.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
        Map<Long, Initiative> found = new LinkedHashMap<>();
        store.dsl().selectFrom(INITIATIVE)
                .where(INITIATIVE.ID.in(ids))
                .orderBy(INITIATIVE.ID)
                .forEach(r -> found.put(r.getId(), toInitiative(r, tags.getOrDefault(r.getId(), List.of()))));
        return found;
    }

    public Optional<Initiative> find(long id) {
        return store.dsl().selectFrom(INITIATIVE).where(INITIATIVE.ID.eq(id)).fetchOptional()
                .map(r -> toInitiative(r, tagsOf(id)));
    }

    /** The initiative; a RuleViolation saying it is gone, for a command that names one that was deleted meanwhile. */
    public Initiative get(long id) {
        return find(id).orElseThrow(() -> new RuleViolation("Initiative " + id + " does not exist; it may have been "
                + "deleted."));
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

    /**
     * Adds the drafts to the workshop as one JDBC batch for the initiatives and one for their tags, as an import
     * does in chunks of a file: a statement a row took minutes for a large file.
     */
    public void insertAll(long workshopId, List<InitiativeDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        store.inTransaction(() -> {
            OffsetDateTime now = store.timestamp();
            // jOOQ renders the statement once; its batches cannot return generated ids, so JDBC binds the rows and
            // hands back each one's id, in the order of the batch.
            String sql = store.dsl().render(store.dsl().insertInto(INITIATIVE, INITIATIVE.WORKSHOP_ID,
                    INITIATIVE.TITLE, INITIATIVE.DESCRIPTION, INITIATIVE.CATEGORY, INITIATIVE.SPONSOR,
                    INITIATIVE.ESTIMATED_COST, INITIATIVE.CREATED_AT, INITIATIVE.UPDATED_AT)
                    .values((Long) null, null, null, null, null, null, null, null));
            Map<Long, List<String>> tags = new LinkedHashMap<>();
            store.dsl().connection(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {store.columnName(INITIATIVE.ID)})) {
                    for (InitiativeDraft draft : drafts) {
                        insert.setLong(1, workshopId);
                        insert.setString(2, draft.title());
                        insert.setString(3, draft.description());
                        insert.setString(4, draft.category());
                        insert.setString(5, draft.sponsor());
                        insert.setBigDecimal(6, draft.estimatedCost());
                        insert.setObject(7, now);
                        insert.setObject(8, now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    try (ResultSet ids = insert.getGeneratedKeys()) {
                        for (InitiativeDraft draft : drafts) {
                            if (!ids.next()) {
                                throw new StoreException("Adding " + drafts.size() + " initiatives returned fewer ids");
                            }
                            tags.put(ids.getLong(1), draft.tags());
                        }
                    }
                }
            });
            writeTags(tags);
        });
    }

    /** Replaces these initiatives' fields and tags, a batch of statements for all of them. */
    public void updateAll(Map<Long, InitiativeDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        store.inTransaction(() -> {
            OffsetDateTime now = store.timestamp();
            var batch = store.dsl().batch(store.dsl().update(INITIATIVE)
                    .set(INITIATIVE.TITLE, (String) null)
                    .set(INITIATIVE.DESCRIPTION, (String) null)
                    .set(INITIATIVE.CATEGORY, (String) null)
                    .set(INITIATIVE.SPONSOR, (String) null)
                    .set(INITIATIVE.ESTIMATED_COST, (BigDecimal) null)
                    .set(INITIATIVE.UPDATED_AT, (OffsetDateTime) null)
                    .where(INITIATIVE.ID.eq((Long) null)));
            drafts.forEach((id, draft) -> batch.bind(draft.title(), draft.description(), draft.category(),
                    draft.sponsor(), draft.estimatedCost(), now, id));
            int[] counts = batch.execute();
            for (int count : counts) {
                if (count == 0) { // the only reason H2 gives no count is a row that is gone
                    throw new StoreException("An initiative no longer exists; it may have been deleted.");
                }
            }
            store.dsl().deleteFrom(INITIATIVE_TAG).where(INITIATIVE_TAG.INITIATIVE_ID.in(drafts.keySet())).execute();
            Map<Long, List<String>> tags = new LinkedHashMap<>();
            drafts.forEach((id, draft) -> tags.put(id, draft.tags()));
            writeTags(tags);
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
        writeTags(Map.of(initiativeId, tags));
    }

    /** Each initiative's tags, as one batch of a statement rendered once. */
    private void writeTags(Map<Long, List<String>> tagsById) {
        var batch = store.dsl().batch(store.dsl().insertInto(INITIATIVE_TAG, INITIATIVE_TAG.INITIATIVE_ID,
                INITIATIVE_TAG.TAG).values((Long) null, (String) null));
        tagsById.forEach((id, tags) -> tags.forEach(tag -> batch.bind(id, tag)));
        if (batch.size() > 0) {
            batch.execute();
        }
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
