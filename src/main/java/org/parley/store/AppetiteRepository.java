package org.parley.store;

import static org.parley.store.jooq.Tables.APPETITE;
import static org.parley.store.jooq.Tables.WORKSHOP;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.Frontier;

/** The stored frontiers of each workshop and whether they have been revealed. */
public final class AppetiteRepository {

    private final Store store;

    public AppetiteRepository(Store store) {
        this.store = store;
    }

    /** Every stored frontier of the workshop; callers decide what a party may see. */
    public Map<AppetiteHolder, Frontier> forWorkshop(long workshopId) {
        Map<AppetiteHolder, Frontier> frontiers = new EnumMap<>(AppetiteHolder.class);
        store.dsl().selectFrom(APPETITE).where(APPETITE.WORKSHOP_ID.eq(workshopId)).forEach(r ->
                frontiers.put(AppetiteHolder.valueOf(r.getHolder()), Frontier.of(
                        List.of(r.getLevel1(), r.getLevel2(), r.getLevel3(), r.getLevel4(), r.getLevel5()),
                        r.getCap() == null ? OptionalInt.empty() : OptionalInt.of(r.getCap()))));
        return frontiers;
    }

    public void save(long workshopId, AppetiteHolder holder, Frontier frontier) {
        List<Integer> levels = frontier.levels();
        Integer cap = frontier.cap().isPresent() ? frontier.cap().getAsInt() : null;
        // An upsert every database runs: PostgreSQL has ON CONFLICT since 9.5, MERGE only since 15.
        store.dsl().insertInto(APPETITE, APPETITE.WORKSHOP_ID, APPETITE.HOLDER, APPETITE.LEVEL1, APPETITE.LEVEL2,
                        APPETITE.LEVEL3, APPETITE.LEVEL4, APPETITE.LEVEL5, APPETITE.CAP, APPETITE.UPDATED_AT)
                .values(workshopId, holder.name(), levels.get(0), levels.get(1), levels.get(2), levels.get(3),
                        levels.get(4), cap, store.timestamp())
                .onConflict(APPETITE.WORKSHOP_ID, APPETITE.HOLDER)
                .doUpdate()
                .set(APPETITE.LEVEL1, levels.get(0))
                .set(APPETITE.LEVEL2, levels.get(1))
                .set(APPETITE.LEVEL3, levels.get(2))
                .set(APPETITE.LEVEL4, levels.get(3))
                .set(APPETITE.LEVEL5, levels.get(4))
                .set(APPETITE.CAP, cap)
                .set(APPETITE.UPDATED_AT, store.timestamp())
                .execute();
    }

    public boolean revealed(long workshopId) {
        return store.dsl().select(WORKSHOP.APPETITES_REVEALED_AT).from(WORKSHOP).where(WORKSHOP.ID.eq(workshopId))
                .fetchOptional(WORKSHOP.APPETITES_REVEALED_AT).isPresent();
    }

    public void markRevealed(long workshopId) {
        store.dsl().update(WORKSHOP).set(WORKSHOP.APPETITES_REVEALED_AT, store.timestamp())
                .where(WORKSHOP.ID.eq(workshopId)).execute();
    }
}
