package org.parley.store;

import static org.parley.store.jooq.Tables.AGREEMENT;
import static org.parley.store.jooq.Tables.AGREEMENT_CONDITION;
import static org.parley.store.jooq.Tables.APPETITE;
import static org.parley.store.jooq.Tables.ASSESSMENT;
import static org.parley.store.jooq.Tables.ASSESSMENT_SCORE;
import static org.parley.store.jooq.Tables.AUDIT_EVENT;
import static org.parley.store.jooq.Tables.INITIATIVE;
import static org.parley.store.jooq.Tables.INITIATIVE_NOTE;
import static org.parley.store.jooq.Tables.INITIATIVE_ROUND;
import static org.parley.store.jooq.Tables.INITIATIVE_TAG;
import static org.parley.store.jooq.Tables.LOSS_TOLERANCE;
import static org.parley.store.jooq.Tables.PARTY;
import static org.parley.store.jooq.Tables.VALUE_CRITERION;
import static org.parley.store.jooq.Tables.WORKSHOP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;
import org.parley.domain.AuditChain;
import org.parley.domain.SignedIds;
import org.parley.domain.TransferredIds;
import org.parley.store.jooq.tables.records.AgreementConditionRecord;
import org.parley.store.jooq.tables.records.AgreementRecord;
import org.parley.store.jooq.tables.records.AppetiteRecord;
import org.parley.store.jooq.tables.records.AssessmentRecord;
import org.parley.store.jooq.tables.records.AssessmentScoreRecord;
import org.parley.store.jooq.tables.records.InitiativeNoteRecord;
import org.parley.store.jooq.tables.records.InitiativeRecord;
import org.parley.store.jooq.tables.records.InitiativeRoundRecord;
import org.parley.store.jooq.tables.records.InitiativeTagRecord;
import org.parley.store.jooq.tables.records.LossToleranceRecord;
import org.parley.store.jooq.tables.records.PartyRecord;
import org.parley.store.jooq.tables.records.ValueCriterionRecord;
import org.parley.store.jooq.tables.records.WorkshopRecord;

/**
 * One workshop's rows, every one of them, read from one store and written into another under the ids that store
 * gives them (decision 0037): what {@code transfer} moves. The store the rows come from may be a file and the one
 * they go to a server, or the other way round; the columns are the same on both.
 */
public final class WorkshopCopy {

    private WorkshopCopy() {
    }

    /** Everything of one workshop as its store holds it, its events in their order, and the ids it was signed under. */
    public record Rows(WorkshopRecord workshop, Result<PartyRecord> parties, Result<ValueCriterionRecord> criteria,
                       Result<InitiativeRecord> initiatives, Result<InitiativeTagRecord> tags,
                       Result<InitiativeRoundRecord> rounds, Result<AssessmentRecord> assessments,
                       Result<AssessmentScoreRecord> scores, Result<AppetiteRecord> appetites,
                       Result<LossToleranceRecord> tolerances, Result<AgreementRecord> agreements,
                       Result<AgreementConditionRecord> conditions, Result<InitiativeNoteRecord> notes,
                       List<AuditChain.Entry> events, SignedIds signed) {

        public String name() {
            return workshop.getName();
        }

        public long id() {
            return workshop.getId();
        }

        /** How many rows of every kind, events included: what a transfer reports having moved. */
        public int rowCount() {
            return 1 + parties.size() + criteria.size() + initiatives.size() + tags.size() + rounds.size()
                    + assessments.size() + scores.size() + appetites.size() + tolerances.size() + agreements.size()
                    + conditions.size() + notes.size() + events.size();
        }
    }

    /** Reads the workshop whole, in the store's current transaction. */
    public static Rows read(Store from, long workshopId) {
        var dsl = from.dsl();
        var initiativeIds = dsl.select(INITIATIVE.ID).from(INITIATIVE).where(INITIATIVE.WORKSHOP_ID.eq(workshopId));
        var agreementIds = dsl.select(AGREEMENT.ID).from(AGREEMENT).where(AGREEMENT.WORKSHOP_ID.eq(workshopId));
        var assessmentIds = dsl.select(ASSESSMENT.ID).from(ASSESSMENT).where(ASSESSMENT.INITIATIVE_ID.in(initiativeIds));
        WorkshopRecord workshop = dsl.selectFrom(WORKSHOP).where(WORKSHOP.ID.eq(workshopId)).fetchSingle();
        return new Rows(workshop,
                dsl.selectFrom(PARTY).where(PARTY.WORKSHOP_ID.eq(workshopId)).orderBy(PARTY.ID).fetch(),
                dsl.selectFrom(VALUE_CRITERION).where(VALUE_CRITERION.WORKSHOP_ID.eq(workshopId))
                        .orderBy(VALUE_CRITERION.ID).fetch(),
                dsl.selectFrom(INITIATIVE).where(INITIATIVE.WORKSHOP_ID.eq(workshopId)).orderBy(INITIATIVE.ID).fetch(),
                dsl.selectFrom(INITIATIVE_TAG).where(INITIATIVE_TAG.INITIATIVE_ID.in(initiativeIds)).fetch(),
                dsl.selectFrom(INITIATIVE_ROUND).where(INITIATIVE_ROUND.INITIATIVE_ID.in(initiativeIds)).fetch(),
                dsl.selectFrom(ASSESSMENT).where(ASSESSMENT.INITIATIVE_ID.in(initiativeIds)).orderBy(ASSESSMENT.ID)
                        .fetch(),
                dsl.selectFrom(ASSESSMENT_SCORE).where(ASSESSMENT_SCORE.ASSESSMENT_ID.in(assessmentIds)).fetch(),
                dsl.selectFrom(APPETITE).where(APPETITE.WORKSHOP_ID.eq(workshopId)).fetch(),
                dsl.selectFrom(LOSS_TOLERANCE).where(LOSS_TOLERANCE.WORKSHOP_ID.eq(workshopId)).fetch(),
                dsl.selectFrom(AGREEMENT).where(AGREEMENT.WORKSHOP_ID.eq(workshopId)).orderBy(AGREEMENT.ID).fetch(),
                dsl.selectFrom(AGREEMENT_CONDITION).where(AGREEMENT_CONDITION.AGREEMENT_ID.in(agreementIds)).fetch(),
                dsl.selectFrom(INITIATIVE_NOTE).where(INITIATIVE_NOTE.INITIATIVE_ID.in(initiativeIds))
                        .orderBy(INITIATIVE_NOTE.ID).fetch(),
                dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.WORKSHOP_ID.eq(workshopId)).orderBy(AUDIT_EVENT.ID)
                        .fetch(AuditLog::toEntry),
                new SignedIdRepository(from).all());
    }

    /**
     * Writes the rows as a new workshop called {@code name}, in the target store's current transaction, and records
     * the ids they were signed under. The events are not written here: they are rewritten with the ids returned.
     */
    public static TransferredIds write(Store to, Rows rows, String name) {
        WorkshopRecord workshop = inserted(to, WORKSHOP, rows.workshop(), WORKSHOP.ID, r -> r.setName(name));
        long workshopId = workshop.getId();
        Map<Long, Long> parties = copyAll(to, PARTY, rows.parties(), PARTY.ID, r -> r.setWorkshopId(workshopId));
        Map<Long, Long> criteria = copyAll(to, VALUE_CRITERION, rows.criteria(), VALUE_CRITERION.ID,
                r -> r.setWorkshopId(workshopId));
        Map<Long, Long> initiatives = copyAll(to, INITIATIVE, rows.initiatives(), INITIATIVE.ID,
                r -> r.setWorkshopId(workshopId));
        batch(to, INITIATIVE_TAG, rows.tags(), r -> r.setInitiativeId(initiatives.get(r.getInitiativeId())));
        batch(to, INITIATIVE_ROUND, rows.rounds(), r -> {
            r.setInitiativeId(initiatives.get(r.getInitiativeId()));
            r.setOpenedBy(mapped(parties, r.getOpenedBy()));
        });
        Map<Long, Long> assessments = copyAll(to, ASSESSMENT, rows.assessments(), ASSESSMENT.ID, r -> {
            r.setInitiativeId(initiatives.get(r.getInitiativeId()));
            r.setPartyId(parties.get(r.getPartyId()));
        });
        batch(to, ASSESSMENT_SCORE, rows.scores(), r -> {
            r.setAssessmentId(assessments.get(r.getAssessmentId()));
            r.setCriterionId(criteria.get(r.getCriterionId()));
        });
        batch(to, APPETITE, rows.appetites(), r -> r.setWorkshopId(workshopId));
        batch(to, LOSS_TOLERANCE, rows.tolerances(), r -> r.setWorkshopId(workshopId));
        Map<Long, Long> agreements = new HashMap<>();
        // In id order, so that the version an agreement supersedes is always there before it.
        for (AgreementRecord source : rows.agreements()) {
            agreements.put(source.getId(), inserted(to, AGREEMENT, source, AGREEMENT.ID, r -> {
                r.setWorkshopId(workshopId);
                r.setInitiativeId(initiatives.get(r.getInitiativeId()));
                r.setSupersedes(mapped(agreements, r.getSupersedes()));
                r.setSupersededBy(null);
                r.setFirstSignedBy(mapped(parties, r.getFirstSignedBy()));
                r.setSecondSignedBy(mapped(parties, r.getSecondSignedBy()));
                r.setFirstRevokedBy(mapped(parties, r.getFirstRevokedBy()));
                r.setSecondRevokedBy(mapped(parties, r.getSecondRevokedBy()));
            }).getId());
        }
        for (AgreementRecord source : rows.agreements()) {
            if (source.getSupersededBy() != null) {
                to.dsl().update(AGREEMENT).set(AGREEMENT.SUPERSEDED_BY, agreements.get(source.getSupersededBy()))
                        .where(AGREEMENT.ID.eq(agreements.get(source.getId()))).execute();
            }
        }
        batch(to, AGREEMENT_CONDITION, rows.conditions(), r -> r.setAgreementId(agreements.get(r.getAgreementId())));
        copyAll(to, INITIATIVE_NOTE, rows.notes(), INITIATIVE_NOTE.ID, r -> {
            r.setInitiativeId(initiatives.get(r.getInitiativeId()));
            r.setPartyId(parties.get(r.getPartyId()));
        });
        SignedIdRepository signed = new SignedIdRepository(to);
        signed.record(SignedIds.Kind.WORKSHOP, Map.of(workshopId, rows.signed().workshop(rows.id())));
        signed.record(SignedIds.Kind.INITIATIVE, signedAs(initiatives, rows.signed()::initiative));
        signed.record(SignedIds.Kind.CRITERION, signedAs(criteria, rows.signed()::criterion));
        return new TransferredIds(rows.id(), workshopId, parties, initiatives, agreements);
    }

    /**
     * Removes the workshop and everything in it, signed agreements too, in the store's current transaction: for a
     * workshop that now lives in another store. Its events stay, links of this store's chain.
     */
    public static void remove(Store from, long workshopId) {
        var dsl = from.dsl();
        List<Long> initiatives = dsl.select(INITIATIVE.ID).from(INITIATIVE).where(INITIATIVE.WORKSHOP_ID.eq(workshopId))
                .fetch(INITIATIVE.ID);
        List<Long> criteria = dsl.select(VALUE_CRITERION.ID).from(VALUE_CRITERION)
                .where(VALUE_CRITERION.WORKSHOP_ID.eq(workshopId)).fetch(VALUE_CRITERION.ID);
        // Versions point at each other; unlinked first, so that none is held by another.
        dsl.update(AGREEMENT).setNull(AGREEMENT.SUPERSEDES).setNull(AGREEMENT.SUPERSEDED_BY)
                .where(AGREEMENT.WORKSHOP_ID.eq(workshopId)).execute();
        dsl.deleteFrom(AGREEMENT).where(AGREEMENT.WORKSHOP_ID.eq(workshopId)).execute();
        dsl.deleteFrom(WORKSHOP).where(WORKSHOP.ID.eq(workshopId)).execute();
        SignedIdRepository signed = new SignedIdRepository(from);
        signed.forget(SignedIds.Kind.WORKSHOP, List.of(workshopId));
        signed.forget(SignedIds.Kind.INITIATIVE, initiatives);
        signed.forget(SignedIds.Kind.CRITERION, criteria);
    }

    private static Map<Long, Long> signedAs(Map<Long, Long> newIds, Function<Long, Long> signedOf) {
        Map<Long, Long> signed = new HashMap<>();
        newIds.forEach((old, now) -> signed.put(now, signedOf.apply(old)));
        return signed;
    }

    private static Long mapped(Map<Long, Long> ids, Long id) {
        return id == null ? null : ids.get(id);
    }

    /** Inserts a copy of each row under a new id; the old id to the new. */
    private static <R extends UpdatableRecord<R>> Map<Long, Long> copyAll(Store to, Table<R> table, Result<R> rows,
            TableField<R, Long> id, Consumer<R> adapt) {
        Map<Long, Long> ids = new HashMap<>();
        for (R source : rows) {
            ids.put(source.get(id), inserted(to, table, source, id, adapt).get(id));
        }
        return ids;
    }

    /** A copy of the row, adapted, inserted under the id the target gives it. */
    private static <R extends UpdatableRecord<R>> R inserted(Store to, Table<R> table, R source, TableField<R, Long> id,
            Consumer<R> adapt) {
        R copy = to.dsl().newRecord(table);
        copy.from(source);
        adapt.accept(copy);
        copy.set(id, null);
        copy.changed(id, false);
        copy.store();
        return copy;
    }

    /** Inserts copies of rows that have no id of their own, adapted, as one batch. */
    private static <R extends TableRecord<R>> void batch(Store to, Table<R> table, Result<R> rows,
            Consumer<R> adapt) {
        if (rows.isEmpty()) {
            return;
        }
        List<R> copies = new ArrayList<>(rows.size());
        for (R source : rows) {
            R copy = to.dsl().newRecord(table);
            copy.from(source);
            adapt.accept(copy);
            copies.add(copy);
        }
        to.dsl().batchInsert(copies).execute();
    }
}
