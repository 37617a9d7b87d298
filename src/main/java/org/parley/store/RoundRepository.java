package org.parley.store;

import static org.parley.store.jooq.Tables.INITIATIVE;
import static org.parley.store.jooq.Tables.INITIATIVE_ROUND;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.domain.RoundState;

/** Which round each initiative is in and whether it has been revealed. */
public final class RoundRepository {

    private final Store store;

    public RoundRepository(Store store) {
        this.store = store;
    }

    /** The round state of every initiative of the workshop that has left the default (round 1, unrevealed). */
    public Map<Long, RoundState> forWorkshop(long workshopId) {
        Map<Long, RoundState> states = new HashMap<>();
        store.dsl().select(INITIATIVE_ROUND.INITIATIVE_ID, INITIATIVE_ROUND.ROUND, INITIATIVE_ROUND.REVEALED_AT)
                .from(INITIATIVE_ROUND)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(INITIATIVE_ROUND.INITIATIVE_ID))
                .where(INITIATIVE.WORKSHOP_ID.eq(workshopId))
                .orderBy(INITIATIVE_ROUND.INITIATIVE_ID, INITIATIVE_ROUND.ROUND)
                .forEach(r -> states.put(r.value1(), new RoundState(r.value1(), r.value2(), r.value3() != null)));
        return states;
    }

    public RoundState of(long initiativeId) {
        return store.dsl().selectFrom(INITIATIVE_ROUND)
                .where(INITIATIVE_ROUND.INITIATIVE_ID.eq(initiativeId))
                .orderBy(INITIATIVE_ROUND.ROUND.desc())
                .limit(1)
                .fetchOptional(r -> new RoundState(initiativeId, r.getRound(), r.getRevealedAt() != null))
                .orElse(RoundState.first(initiativeId));
    }

    public void reveal(RoundState state) {
        int updated = store.dsl().update(INITIATIVE_ROUND)
                .set(INITIATIVE_ROUND.REVEALED_AT, store.timestamp())
                .where(INITIATIVE_ROUND.INITIATIVE_ID.eq(state.initiativeId()), INITIATIVE_ROUND.ROUND.eq(state.round()))
                .execute();
        if (updated == 0) {
            store.dsl().insertInto(INITIATIVE_ROUND)
                    .set(INITIATIVE_ROUND.INITIATIVE_ID, state.initiativeId())
                    .set(INITIATIVE_ROUND.ROUND, state.round())
                    .set(INITIATIVE_ROUND.OPENED_AT, store.timestamp())
                    .set(INITIATIVE_ROUND.REVEALED_AT, store.timestamp())
                    .execute();
        }
    }

    /**
     * Reveals these rounds, as {@link #reveal} would one by one, in two batches: an update of the rounds that have a
     * row ({@code withRows} holds their initiatives) and an insert of first rounds that never had one.
     */
    public void revealAll(List<RoundState> states, Set<Long> withRows) {
        if (states.isEmpty()) {
            return;
        }
        store.inTransaction(() -> {
            var now = store.timestamp();
            var update = store.dsl().batch(store.dsl().update(INITIATIVE_ROUND)
                    .set(INITIATIVE_ROUND.REVEALED_AT, now)
                    .where(INITIATIVE_ROUND.INITIATIVE_ID.eq((Long) null), INITIATIVE_ROUND.ROUND.eq((Integer) null)));
            var insert = store.dsl().batch(store.dsl().insertInto(INITIATIVE_ROUND, INITIATIVE_ROUND.INITIATIVE_ID,
                    INITIATIVE_ROUND.ROUND, INITIATIVE_ROUND.OPENED_AT, INITIATIVE_ROUND.REVEALED_AT)
                    .values((Long) null, null, null, null));
            boolean updates = false;
            boolean inserts = false;
            for (RoundState state : states) {
                if (withRows.contains(state.initiativeId())) {
                    update.bind(now, state.initiativeId(), state.round());
                    updates = true;
                } else {
                    insert.bind(state.initiativeId(), state.round(), now, now);
                    inserts = true;
                }
            }
            if (updates) {
                update.execute();
            }
            if (inserts) {
                insert.execute();
            }
        });
    }

    public void open(RoundState next, Long partyId) {
        store.dsl().insertInto(INITIATIVE_ROUND)
                .set(INITIATIVE_ROUND.INITIATIVE_ID, next.initiativeId())
                .set(INITIATIVE_ROUND.ROUND, next.round())
                .set(INITIATIVE_ROUND.OPENED_AT, store.timestamp())
                .set(INITIATIVE_ROUND.OPENED_BY, partyId)
                .execute();
    }
}
