package org.parley.store;

import static org.parley.store.jooq.Tables.LOSS_TOLERANCE;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.quant.ToleranceCurve;

/**
 * The stored loss tolerances of each workshop, one per holder as for the appetites, kept in their text form. Whether
 * they are revealed is the appetites' flag ({@link AppetiteRepository#revealed}): they are revealed together.
 */
public final class ToleranceRepository {

    private final Store store;

    public ToleranceRepository(Store store) {
        this.store = store;
    }

    /** Every stored tolerance of the workshop; callers decide what a party may see. */
    public Map<AppetiteHolder, ToleranceCurve> forWorkshop(long workshopId) {
        Map<AppetiteHolder, ToleranceCurve> curves = new EnumMap<>(AppetiteHolder.class);
        store.dsl().selectFrom(LOSS_TOLERANCE).where(LOSS_TOLERANCE.WORKSHOP_ID.eq(workshopId)).forEach(r ->
                curves.put(AppetiteHolder.valueOf(r.getHolder()), ToleranceCurve.parse(r.getCurve())));
        return curves;
    }

    /**
     * Every stored tolerance of the workshop as the store holds it, holder name to text, unparsed: what verify compares
     * with the curves the log recorded, so a row changed into something that is not a curve is reported, not thrown.
     */
    public Map<String, String> textsForWorkshop(long workshopId) {
        Map<String, String> texts = new TreeMap<>();
        store.dsl().select(LOSS_TOLERANCE.HOLDER, LOSS_TOLERANCE.CURVE).from(LOSS_TOLERANCE)
                .where(LOSS_TOLERANCE.WORKSHOP_ID.eq(workshopId))
                .forEach(r -> texts.put(r.get(LOSS_TOLERANCE.HOLDER), r.get(LOSS_TOLERANCE.CURVE)));
        return texts;
    }

    public void save(long workshopId, AppetiteHolder holder, ToleranceCurve curve) {
        // An upsert every database runs, as for the appetites.
        store.dsl().insertInto(LOSS_TOLERANCE, LOSS_TOLERANCE.WORKSHOP_ID, LOSS_TOLERANCE.HOLDER, LOSS_TOLERANCE.CURVE,
                        LOSS_TOLERANCE.UPDATED_AT)
                .values(workshopId, holder.name(), curve.text(), store.timestamp())
                .onConflict(LOSS_TOLERANCE.WORKSHOP_ID, LOSS_TOLERANCE.HOLDER)
                .doUpdate()
                .set(LOSS_TOLERANCE.CURVE, curve.text())
                .set(LOSS_TOLERANCE.UPDATED_AT, store.timestamp())
                .execute();
    }
}
