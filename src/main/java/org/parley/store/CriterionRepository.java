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

    private static ValueCriterion toCriterion(ValueCriterionRecord r) {
        return new ValueCriterion(r.getId(), r.getPosition(), r.getName(), r.getWeight());
    }
}
