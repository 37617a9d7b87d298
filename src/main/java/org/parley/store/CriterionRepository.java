package org.parley.store;

import static org.parley.store.jooq.Tables.VALUE_CRITERION;

import java.util.List;
import org.parley.domain.ValueCriterion;
import org.parley.store.jooq.tables.records.ValueCriterionRecord;

/** The value criteria of each workshop, in their display order. */
public final class CriterionRepository {

    private final Store store;

    public CriterionRepository(Store store) {
        this.store = store;
    }

    public List<ValueCriterion> forWorkshop(long workshopId) {
        return store.dsl().selectFrom(VALUE_CRITERION)
                .where(VALUE_CRITERION.WORKSHOP_ID.eq(workshopId))
                .orderBy(VALUE_CRITERION.POSITION)
                .fetch(CriterionRepository::toCriterion);
    }

    public ValueCriterion insert(long workshopId, int position, String name, double weight) {
        ValueCriterionRecord record = store.dsl().newRecord(VALUE_CRITERION);
        record.setWorkshopId(workshopId);
        record.setPosition(position);
        record.setName(name.strip());
        record.setWeight(weight);
        record.store();
        return toCriterion(record);
    }

    /** Renames and reweighs criteria in place, keeping their ids (scores refer to them). */
    public void update(ValueCriterion criterion) {
        store.dsl().update(VALUE_CRITERION)
                .set(VALUE_CRITERION.NAME, criterion.name().strip())
                .set(VALUE_CRITERION.WEIGHT, criterion.weight())
                .set(VALUE_CRITERION.POSITION, criterion.position())
                .where(VALUE_CRITERION.ID.eq(criterion.id()))
                .execute();
    }

    public void delete(long criterionId) {
        store.dsl().deleteFrom(VALUE_CRITERION).where(VALUE_CRITERION.ID.eq(criterionId)).execute();
    }

    private static ValueCriterion toCriterion(ValueCriterionRecord r) {
        return new ValueCriterion(r.getId(), r.getPosition(), r.getName(), r.getWeight());
    }
}
