package org.parley.store;

import static org.parley.store.AgreementMapping.timestamp;
import static org.parley.store.jooq.Tables.AGREEMENT;
import static org.parley.store.jooq.Tables.AGREEMENT_CONDITION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatus;
import org.parley.domain.AgreementTerms;
import org.parley.domain.Signature;
import org.parley.store.jooq.tables.records.AgreementRecord;

/**
 * Agreements, their versions and conditions. A version both parties signed is frozen: every method that
 * writes content refuses it, whatever the caller asks. Only the lifecycle columns of a frozen version move
 * on ({@link #supersede}, {@link #recordRevocation}), and nothing here deletes a signed version.
 *
 * <p>This class holds the queries; {@link AgreementMapping} maps a row to an agreement and back,
 * {@link SnapshotCodec} reads and writes a frozen version's snapshot, and {@link StoredAgreements} reads the rows
 * as stored, for hashing and {@code verify}.
 */
public final class AgreementRepository {

    private final Store store;

    public AgreementRepository(Store store) {
        this.store = store;
    }

    // reads

    public Optional<Agreement> find(long id) {
        return load(AGREEMENT.ID.eq(id)).stream().findFirst();
    }

    /** Every version of the initiative's agreement, oldest first. */
    public List<Agreement> versions(long initiativeId) {
        return load(AGREEMENT.INITIATIVE_ID.eq(initiativeId));
    }

    /** Every version of every agreement of the workshop, by initiative then version. */
    public List<Agreement> forWorkshop(long workshopId) {
        return load(AGREEMENT.WORKSHOP_ID.eq(workshopId));
    }

    /** The initiative's current agreement: its signed version that is neither superseded nor revoked. */
    public Optional<Agreement> current(long initiativeId) {
        return load(AGREEMENT.INITIATIVE_ID.eq(initiativeId).and(AGREEMENT.STATUS.eq(AgreementStatus.FROZEN.name())))
                .stream().findFirst();
    }

    /** The current agreement of each initiative of the workshop that has one, by initiative id. */
    public Map<Long, Agreement> currentForWorkshop(long workshopId) {
        Map<Long, Agreement> current = new LinkedHashMap<>();
        load(AGREEMENT.WORKSHOP_ID.eq(workshopId).and(AGREEMENT.STATUS.eq(AgreementStatus.FROZEN.name())))
                .forEach(a -> current.put(a.initiativeId(), a));
        return current;
    }

    /** The initiative's open draft, if it has one; there is at most one. */
    public Optional<Agreement> draft(long initiativeId) {
        return load(AGREEMENT.INITIATIVE_ID.eq(initiativeId).and(AGREEMENT.STATUS.eq(AgreementStatus.DRAFT.name())))
                .stream().findFirst();
    }

    /** The number the initiative's next version gets. */
    public int nextVersion(long initiativeId) {
        Integer max = store.dsl().select(DSL.max(AGREEMENT.VERSION)).from(AGREEMENT)
                .where(AGREEMENT.INITIATIVE_ID.eq(initiativeId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    /** How many versions of the workshop's agreements were signed by both, whatever became of them since. */
    public int signedInWorkshop(long workshopId) {
        return store.dsl().fetchCount(AGREEMENT, AGREEMENT.WORKSHOP_ID.eq(workshopId).and(signed()));
    }

    /** How many versions of the initiative's agreement were signed by both. */
    public int signedForInitiative(long initiativeId) {
        return store.dsl().fetchCount(AGREEMENT, AGREEMENT.INITIATIVE_ID.eq(initiativeId).and(signed()));
    }

    /** Which of these initiatives have an agreement signed by both: one query for a batch of an import. */
    public Set<Long> signedAmong(Collection<Long> initiativeIds) {
        return new HashSet<>(store.dsl().selectDistinct(AGREEMENT.INITIATIVE_ID).from(AGREEMENT)
                .where(AGREEMENT.INITIATIVE_ID.in(initiativeIds).and(signed()))
                .fetch(AGREEMENT.INITIATIVE_ID));
    }

    // writes

    /** Stores a new draft and returns it with its id. */
    public Agreement insertDraft(Agreement draft) {
        if (!draft.isDraft() || draft.id() != 0) {
            throw new IllegalArgumentException("Only a new draft is inserted, not " + draft.status() + " " + draft.id());
        }
        return store.inTransaction(() -> {
            AgreementRecord record = store.dsl().newRecord(AGREEMENT);
            record.setWorkshopId(draft.workshopId());
            record.setInitiativeId(draft.initiativeId());
            record.setVersion(draft.version());
            record.setSupersedes(draft.supersedes());
            record.setStatus(AgreementStatus.DRAFT.name());
            AgreementMapping.writeDraft(record, draft);
            record.store();
            writeConditions(record.getId(), draft.terms());
            return find(record.getId()).orElseThrow();
        });
    }

    /** Saves a draft's terms and signatures. Refuses when the stored version is no longer a draft. */
    public Agreement saveDraft(Agreement draft) {
        return store.inTransaction(() -> {
            AgreementRecord record = lockDraft(draft.id());
            AgreementMapping.writeDraft(record, draft);
            record.store();
            store.dsl().deleteFrom(AGREEMENT_CONDITION).where(AGREEMENT_CONDITION.AGREEMENT_ID.eq(draft.id())).execute();
            writeConditions(draft.id(), draft.terms());
            return find(draft.id()).orElseThrow();
        });
    }

    /** Freezes a draft both signed: its signatures, the time and the snapshot. Refuses anything but a draft. */
    public Agreement freeze(Agreement frozen) {
        if (frozen.status() != AgreementStatus.FROZEN) {
            throw new IllegalArgumentException("Only a frozen agreement is frozen, not a " + frozen.status());
        }
        return store.inTransaction(() -> {
            AgreementRecord record = lockDraft(frozen.id());
            AgreementMapping.writeSignatures(record, frozen);
            record.setFrozenAt(timestamp(frozen.frozenAt()));
            record.setSnapshot(SnapshotCodec.write(frozen.snapshot()));
            record.setStatus(AgreementStatus.FROZEN.name());
            record.store();
            return find(frozen.id()).orElseThrow();
        });
    }

    /** Marks a frozen version superseded by a newer one; its content stays as it is. */
    public Agreement supersede(Agreement superseded) {
        return store.inTransaction(() -> {
            lockFrozen(superseded.id(), "superseded");
            store.dsl().update(AGREEMENT)
                    .set(AGREEMENT.STATUS, AgreementStatus.SUPERSEDED.name())
                    .set(AGREEMENT.SUPERSEDED_BY, superseded.supersededBy())
                    .set(AGREEMENT.SUPERSEDED_AT, timestamp(superseded.supersededAt()))
                    .where(AGREEMENT.ID.eq(superseded.id()), AGREEMENT.STATUS.eq(AgreementStatus.FROZEN.name()))
                    .execute();
            return find(superseded.id()).orElseThrow();
        });
    }

    /** Records the revocation signatures of a frozen version, and REVOKED once both signed; content untouched. */
    public Agreement recordRevocation(Agreement revoking) {
        return store.inTransaction(() -> {
            lockFrozen(revoking.id(), "revoked");
            Signature first = revoking.firstRevocation();
            Signature second = revoking.secondRevocation();
            store.dsl().update(AGREEMENT)
                    .set(AGREEMENT.FIRST_REVOKED_BY, first == null ? null : first.partyId())
                    .set(AGREEMENT.FIRST_REVOKER, first == null ? null : first.label())
                    .set(AGREEMENT.FIRST_REVOKED_AT, first == null ? null : timestamp(first.at()))
                    .set(AGREEMENT.SECOND_REVOKED_BY, second == null ? null : second.partyId())
                    .set(AGREEMENT.SECOND_REVOKER, second == null ? null : second.label())
                    .set(AGREEMENT.SECOND_REVOKED_AT, second == null ? null : timestamp(second.at()))
                    .set(AGREEMENT.REVOKED_AT, timestamp(revoking.revokedAt()))
                    .set(AGREEMENT.STATUS, revoking.status().name())
                    .where(AGREEMENT.ID.eq(revoking.id()), AGREEMENT.STATUS.eq(AgreementStatus.FROZEN.name()))
                    .execute();
            return find(revoking.id()).orElseThrow();
        });
    }

    /** Removes the initiative's unsigned drafts, before the initiative itself is removed. Signed versions stay. */
    public int deleteDrafts(long initiativeId) {
        return store.dsl().deleteFrom(AGREEMENT)
                .where(AGREEMENT.INITIATIVE_ID.eq(initiativeId), AGREEMENT.STATUS.eq(AgreementStatus.DRAFT.name()))
                .execute();
    }

    /** Removes the workshop's unsigned drafts, before the workshop itself is removed. Signed versions stay. */
    public int deleteDraftsOfWorkshop(long workshopId) {
        return store.dsl().deleteFrom(AGREEMENT)
                .where(AGREEMENT.WORKSHOP_ID.eq(workshopId), AGREEMENT.STATUS.eq(AgreementStatus.DRAFT.name()))
                .execute();
    }

    // internals

    private static Condition signed() {
        return AGREEMENT.STATUS.ne(AgreementStatus.DRAFT.name());
    }

    private AgreementRecord lockDraft(long id) {
        AgreementRecord record = lock(id);
        if (!AgreementStatus.DRAFT.name().equals(record.getStatus())) {
            throw new StoreException("Agreement " + id + " (version " + record.getVersion() + ") was signed by both "
                    + "parties and is frozen: Parley never changes it. Amend it to propose a new version.");
        }
        return record;
    }

    private void lockFrozen(long id, String what) {
        AgreementRecord record = lock(id);
        if (!AgreementStatus.FROZEN.name().equals(record.getStatus())) {
            throw new StoreException("Agreement " + id + " (version " + record.getVersion() + ") is "
                    + record.getStatus().toLowerCase(Locale.ROOT) + "; only a signed, current agreement can be "
                    + what + ".");
        }
    }

    private AgreementRecord lock(long id) {
        return store.dsl().selectFrom(AGREEMENT).where(AGREEMENT.ID.eq(id)).forUpdate().fetchOptional()
                .orElseThrow(() -> new StoreException("Agreement " + id + " does not exist."));
    }

    /** Records the SHA-256 of the statement the draft's signatures are of; only a draft takes it. */
    public void recordStatement(long agreementId, String statementHash) {
        store.inTransaction(() -> {
            AgreementRecord record = lockDraft(agreementId);
            record.setStatementHash(statementHash);
            record.store();
        });
    }

    /** The SHA-256 of the statement the agreement's signatures are of, or null before any signature. */
    public String statementHash(long agreementId) {
        return store.dsl().select(AGREEMENT.STATEMENT_HASH).from(AGREEMENT).where(AGREEMENT.ID.eq(agreementId))
                .fetchOne(AGREEMENT.STATEMENT_HASH);
    }

    private void writeConditions(long agreementId, AgreementTerms terms) {
        if (terms.conditions().isEmpty()) {
            return;
        }
        var insert = store.dsl().insertInto(AGREEMENT_CONDITION, AGREEMENT_CONDITION.AGREEMENT_ID,
                AGREEMENT_CONDITION.POSITION, AGREEMENT_CONDITION.DESCRIPTION, AGREEMENT_CONDITION.OWNER,
                AGREEMENT_CONDITION.DUE_DATE);
        int position = 0;
        for (org.parley.domain.Condition condition : terms.conditions()) {
            insert = insert.values(agreementId, ++position, condition.description(), condition.owner(),
                    condition.dueDate());
        }
        insert.execute();
    }

    private List<Agreement> load(Condition where) {
        List<AgreementRecord> records = store.dsl().selectFrom(AGREEMENT).where(where)
                .orderBy(AGREEMENT.INITIATIVE_ID, AGREEMENT.VERSION).fetch();
        Map<Long, List<org.parley.domain.Condition>> conditions = new HashMap<>();
        if (!records.isEmpty()) {
            store.dsl().selectFrom(AGREEMENT_CONDITION)
                    .where(AGREEMENT_CONDITION.AGREEMENT_ID.in(records.stream().map(AgreementRecord::getId).toList()))
                    .orderBy(AGREEMENT_CONDITION.AGREEMENT_ID, AGREEMENT_CONDITION.POSITION)
                    .forEach(c -> conditions.computeIfAbsent(c.getAgreementId(), id -> new ArrayList<>())
                            .add(new org.parley.domain.Condition(c.getDescription(), c.getOwner(), c.getDueDate())));
        }
        List<Agreement> agreements = new ArrayList<>(records.size());
        for (AgreementRecord r : records) {
            agreements.add(AgreementMapping.toAgreement(r, conditions.getOrDefault(r.getId(), List.of())));
        }
        return agreements;
    }
}
