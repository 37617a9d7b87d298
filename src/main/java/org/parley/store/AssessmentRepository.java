package org.parley.store;

import static org.parley.store.jooq.Tables.ASSESSMENT;
import static org.parley.store.jooq.Tables.ASSESSMENT_SCORE;
import static org.parley.store.jooq.Tables.INITIATIVE;
import static org.parley.store.jooq.Tables.PARTY;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.parley.domain.Assessment;
import org.parley.domain.AssessmentInput;
import org.parley.domain.RiskScore;
import org.parley.domain.Seat;
import org.parley.domain.ValueCriterion;
import org.parley.domain.ValueScore;
import org.parley.domain.quant.LossEstimate;

/**
 * Assessments and their criterion scores. Callers decide what a party may see; this class only reads
 * what it is asked for, so every query names the party or the rounds it wants.
 */
public final class AssessmentRepository {

    private final Store store;
    private final CriterionRepository criteria;

    public AssessmentRepository(Store store) {
        this.store = store;
        this.criteria = new CriterionRepository(store);
    }

    /** Inserts or replaces the party's assessment of the initiative in the round; returns true if it replaced one. */
    public boolean save(long initiativeId, long partyId, int round, AssessmentInput input) {
        return store.inTransaction(() -> {
            var existing = store.dsl().select(ASSESSMENT.ID).from(ASSESSMENT)
                    .where(ASSESSMENT.INITIATIVE_ID.eq(initiativeId), ASSESSMENT.PARTY_ID.eq(partyId),
                            ASSESSMENT.ROUND.eq(round))
                    .fetchOptional(ASSESSMENT.ID);
            long id;
            OffsetDateTime now = store.timestamp();
            if (existing.isPresent()) {
                id = existing.get();
                store.dsl().update(ASSESSMENT)
                        .set(ASSESSMENT.LIKELIHOOD, input.likelihood())
                        .set(ASSESSMENT.IMPACT, input.impact())
                        .set(ASSESSMENT.RATIONALE, input.rationale())
                        .set(ASSESSMENT.PROBABILITY, probability(input))
                        .set(ASSESSMENT.LOSS_LOW, low(input))
                        .set(ASSESSMENT.LOSS_HIGH, high(input))
                        .set(ASSESSMENT.SUBMITTED_AT, now)
                        .where(ASSESSMENT.ID.eq(id))
                        .execute();
                store.dsl().deleteFrom(ASSESSMENT_SCORE).where(ASSESSMENT_SCORE.ASSESSMENT_ID.eq(id)).execute();
            } else {
                id = store.dsl().insertInto(ASSESSMENT)
                        .set(ASSESSMENT.INITIATIVE_ID, initiativeId)
                        .set(ASSESSMENT.PARTY_ID, partyId)
                        .set(ASSESSMENT.ROUND, round)
                        .set(ASSESSMENT.LIKELIHOOD, input.likelihood())
                        .set(ASSESSMENT.IMPACT, input.impact())
                        .set(ASSESSMENT.RATIONALE, input.rationale())
                        .set(ASSESSMENT.PROBABILITY, probability(input))
                        .set(ASSESSMENT.LOSS_LOW, low(input))
                        .set(ASSESSMENT.LOSS_HIGH, high(input))
                        .set(ASSESSMENT.SUBMITTED_AT, now)
                        .returning(ASSESSMENT.ID)
                        .fetchOne()
                        .getId();
            }
            var insert = store.dsl().insertInto(ASSESSMENT_SCORE, ASSESSMENT_SCORE.ASSESSMENT_ID,
                    ASSESSMENT_SCORE.CRITERION_ID, ASSESSMENT_SCORE.SCORE);
            for (Map.Entry<Long, Integer> score : input.criterionScores().entrySet()) {
                insert = insert.values(id, score.getKey(), score.getValue());
            }
            if (!input.criterionScores().isEmpty()) {
                insert.execute();
            }
            return existing.isPresent();
        });
    }

    /** One assessment of {@link #saveAll}: the party's scores of an initiative in a round. */
    public record ToSave(long initiativeId, int round, AssessmentInput input) {
    }

    /**
     * Inserts or replaces the party's assessments, as {@link #save} would one by one, in batches: one query finds
     * those it replaces, one batch updates them, one inserts the new ones and one their criterion scores. Returns the
     * initiatives whose assessment it replaced.
     */
    public Set<Long> saveAll(long partyId, List<ToSave> assessments) {
        if (assessments.isEmpty()) {
            return Set.of();
        }
        return store.inTransaction(() -> {
            OffsetDateTime now = store.timestamp();
            Map<Long, Integer> rounds = new HashMap<>();
            assessments.forEach(a -> rounds.put(a.initiativeId(), a.round()));
            // Existing ones of this party in these rounds, "initiative" to assessment id; chunks keep IN lists short.
            Map<Long, Long> existing = new HashMap<>();
            List<Long> ids = new ArrayList<>(rounds.keySet());
            for (int from = 0; from < ids.size(); from += 1000) {
                store.dsl().select(ASSESSMENT.ID, ASSESSMENT.INITIATIVE_ID, ASSESSMENT.ROUND).from(ASSESSMENT)
                        .where(ASSESSMENT.PARTY_ID.eq(partyId),
                                ASSESSMENT.INITIATIVE_ID.in(ids.subList(from, Math.min(ids.size(), from + 1000))))
                        .forEach(r -> {
                            if (r.value3().equals(rounds.get(r.value2()))) {
                                existing.put(r.value2(), r.value1());
                            }
                        });
            }
            List<ToSave> replacing = assessments.stream().filter(a -> existing.containsKey(a.initiativeId())).toList();
            List<ToSave> adding = assessments.stream().filter(a -> !existing.containsKey(a.initiativeId())).toList();
            Map<Long, ToSave> byId = new LinkedHashMap<>();
            if (!replacing.isEmpty()) {
                var update = store.dsl().batch(store.dsl().update(ASSESSMENT)
                        .set(ASSESSMENT.LIKELIHOOD, (Integer) null).set(ASSESSMENT.IMPACT, (Integer) null)
                        .set(ASSESSMENT.RATIONALE, (String) null).set(ASSESSMENT.PROBABILITY, (Double) null)
                        .set(ASSESSMENT.LOSS_LOW, (Double) null).set(ASSESSMENT.LOSS_HIGH, (Double) null)
                        .set(ASSESSMENT.SUBMITTED_AT, (OffsetDateTime) null)
                        .where(ASSESSMENT.ID.eq((Long) null)));
                var clear = store.dsl().batch(store.dsl().deleteFrom(ASSESSMENT_SCORE)
                        .where(ASSESSMENT_SCORE.ASSESSMENT_ID.eq((Long) null)));
                for (ToSave a : replacing) {
                    long id = existing.get(a.initiativeId());
                    update.bind(a.input().likelihood(), a.input().impact(), a.input().rationale(), probability(a.input()),
                            low(a.input()), high(a.input()), now, id);
                    clear.bind(id);
                    byId.put(id, a);
                }
                update.execute();
                clear.execute();
            }
            if (!adding.isEmpty()) {
                // jOOQ batches cannot return generated ids: JDBC binds the rows and hands back each id in order.
                String sql = store.dsl().render(store.dsl().insertInto(ASSESSMENT, ASSESSMENT.INITIATIVE_ID,
                        ASSESSMENT.PARTY_ID, ASSESSMENT.ROUND, ASSESSMENT.LIKELIHOOD, ASSESSMENT.IMPACT,
                        ASSESSMENT.RATIONALE, ASSESSMENT.SUBMITTED_AT, ASSESSMENT.PROBABILITY, ASSESSMENT.LOSS_LOW,
                        ASSESSMENT.LOSS_HIGH)
                        .values((Long) null, null, null, null, null, null, null, null, null, null));
                store.dsl().connection(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {store.columnName(ASSESSMENT.ID)})) {
                        for (ToSave a : adding) {
                            insert.setLong(1, a.initiativeId());
                            insert.setLong(2, partyId);
                            insert.setInt(3, a.round());
                            insert.setInt(4, a.input().likelihood());
                            insert.setInt(5, a.input().impact());
                            insert.setString(6, a.input().rationale());
                            insert.setObject(7, now);
                            insert.setObject(8, probability(a.input()), Types.DOUBLE);
                            insert.setObject(9, low(a.input()), Types.DOUBLE);
                            insert.setObject(10, high(a.input()), Types.DOUBLE);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            for (ToSave a : adding) {
                                if (!keys.next()) {
                                    throw new StoreException("Saving " + adding.size() + " assessments returned "
                                            + "fewer ids");
                                }
                                byId.put(keys.getLong(1), a);
                            }
                        }
                    }
                });
            }
            var scores = store.dsl().batch(store.dsl().insertInto(ASSESSMENT_SCORE, ASSESSMENT_SCORE.ASSESSMENT_ID,
                    ASSESSMENT_SCORE.CRITERION_ID, ASSESSMENT_SCORE.SCORE).values((Long) null, null, null));
            boolean anyScore = false;
            for (Map.Entry<Long, ToSave> saved : byId.entrySet()) {
                for (Map.Entry<Long, Integer> score : saved.getValue().input().criterionScores().entrySet()) {
                    scores.bind(saved.getKey(), score.getKey(), score.getValue());
                    anyScore = true;
                }
            }
            if (anyScore) {
                scores.execute();
            }
            return Set.copyOf(existing.keySet());
        });
    }

    /** One party's assessments of the workshop's initiatives, every round. */
    public List<Assessment> ofParty(long workshopId, long partyId) {
        return load(workshopId, ASSESSMENT.PARTY_ID.eq(partyId));
    }

    /** Every assessment of the workshop, both parties, every round: only for callers that filter by reveal. */
    public List<Assessment> ofWorkshop(long workshopId) {
        return load(workshopId, DSL.noCondition());
    }

    public Optional<Assessment> find(long initiativeId, long partyId, int round) {
        Long workshopId = store.dsl().select(INITIATIVE.WORKSHOP_ID).from(INITIATIVE)
                .where(INITIATIVE.ID.eq(initiativeId)).fetchOne(INITIATIVE.WORKSHOP_ID);
        if (workshopId == null) {
            return Optional.empty();
        }
        return load(workshopId, ASSESSMENT.INITIATIVE_ID.eq(initiativeId)
                .and(ASSESSMENT.PARTY_ID.eq(partyId)).and(ASSESSMENT.ROUND.eq(round))).stream().findFirst();
    }

    /** True once anyone has scored any initiative of the workshop: from then on its criteria are fixed. */
    public boolean anyInWorkshop(long workshopId) {
        return store.dsl().fetchExists(store.dsl().selectOne().from(ASSESSMENT)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(ASSESSMENT.INITIATIVE_ID))
                .where(INITIATIVE.WORKSHOP_ID.eq(workshopId)));
    }

    /** True once anyone has submitted an assessment of the initiative, in any round. */
    public boolean anyForInitiative(long initiativeId) {
        return store.dsl().fetchExists(store.dsl().selectOne().from(ASSESSMENT)
                .where(ASSESSMENT.INITIATIVE_ID.eq(initiativeId)));
    }

    private List<Assessment> load(long workshopId, Condition condition) {
        List<ValueCriterion> workshopCriteria = criteria.forWorkshop(workshopId);
        Map<Long, Map<Long, Integer>> scores = new HashMap<>();
        store.dsl().select(ASSESSMENT_SCORE.ASSESSMENT_ID, ASSESSMENT_SCORE.CRITERION_ID, ASSESSMENT_SCORE.SCORE)
                .from(ASSESSMENT_SCORE)
                .join(ASSESSMENT).on(ASSESSMENT.ID.eq(ASSESSMENT_SCORE.ASSESSMENT_ID))
                .join(INITIATIVE).on(INITIATIVE.ID.eq(ASSESSMENT.INITIATIVE_ID))
                .where(INITIATIVE.WORKSHOP_ID.eq(workshopId).and(condition))
                .forEach(r -> scores.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        List<Assessment> result = new ArrayList<>();
        for (Record r : store.dsl().select(ASSESSMENT.fields()).select(PARTY.SEAT)
                .from(ASSESSMENT)
                .join(INITIATIVE).on(INITIATIVE.ID.eq(ASSESSMENT.INITIATIVE_ID))
                .join(PARTY).on(PARTY.ID.eq(ASSESSMENT.PARTY_ID))
                .where(INITIATIVE.WORKSHOP_ID.eq(workshopId).and(condition))
                .orderBy(ASSESSMENT.INITIATIVE_ID, ASSESSMENT.ROUND, PARTY.SEAT)
                .fetch()) {
            Map<Long, Integer> own = scores.getOrDefault(r.get(ASSESSMENT.ID), Map.of());
            result.add(new Assessment(r.get(ASSESSMENT.ID), r.get(ASSESSMENT.INITIATIVE_ID), Seat.of(r.get(PARTY.SEAT)),
                    r.get(ASSESSMENT.ROUND), RiskScore.of(r.get(ASSESSMENT.LIKELIHOOD), r.get(ASSESSMENT.IMPACT)), own,
                    ValueScore.of(workshopCriteria, own), r.get(ASSESSMENT.RATIONALE),
                    r.get(ASSESSMENT.SUBMITTED_AT).withOffsetSameInstant(ZoneOffset.UTC).toInstant(),
                    r.get(ASSESSMENT.PROBABILITY) == null ? null : new LossEstimate(r.get(ASSESSMENT.PROBABILITY),
                            r.get(ASSESSMENT.LOSS_LOW), r.get(ASSESSMENT.LOSS_HIGH))));
        }
        return result;
    }

    private static Double probability(AssessmentInput input) {
        return input.loss() == null ? null : input.loss().probability();
    }

    private static Double low(AssessmentInput input) {
        return input.loss() == null ? null : input.loss().low();
    }

    private static Double high(AssessmentInput input) {
        return input.loss() == null ? null : input.loss().high();
    }
}
