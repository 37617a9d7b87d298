package org.parley.store;

import static org.parley.store.jooq.Tables.AGREEMENT;
import static org.parley.store.jooq.Tables.AGREEMENT_CONDITION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementContent;
import org.parley.domain.AgreementSnapshot;
import org.parley.domain.AgreementStatus;
import org.parley.domain.AgreementTerms;
import org.parley.domain.Decision;
import org.parley.domain.Frontier;
import org.parley.domain.SealVerification;
import org.parley.domain.Signature;
import org.parley.domain.Treatment;
import org.parley.domain.ValueScore;
import org.parley.store.jooq.tables.records.AgreementRecord;

/**
 * Agreements, their versions and conditions. A version both parties signed is frozen: every method that
 * writes content refuses it, whatever the caller asks. Only the lifecycle columns of a frozen version move
 * on ({@link #supersede}, {@link #recordRevocation}), and nothing here deletes a signed version.
 */
public final class AgreementRepository {

    /** Made on first use: a command that reads no snapshot does not load Jackson's 370 classes. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

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

    /** Every agreement row as stored, for verifying against the audit log; never fails on odd values. */
    public List<AgreementContent> contents() {
        return contents(DSL.noCondition());
    }

    /**
     * What {@code verify} compares with the audit log, from one reading of the agreements: every row as stored,
     * every signature and every revocation signature a row claims. Never fails on odd values.
     */
    public AsStored asStored() {
        AsStored stored = new AsStored(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Map<Long, List<AgreementContent.ConditionRow>> conditions = conditionRows(DSL.noCondition());
        store.dsl().selectFrom(AGREEMENT).orderBy(AGREEMENT.ID).forEach(r -> {
            stored.contents().add(content(r, conditions));
            if (r.getFirstSignedAt() != null) {
                stored.signatures().add(new SealVerification.StoredSignature(r.getId(), 1, r.getFirstSignedBy(),
                        r.getStatus(), r.getStatementHash(), r.getFirstSignature(), r.getFirstPublicKey()));
            }
            if (r.getSecondSignedAt() != null) {
                stored.signatures().add(new SealVerification.StoredSignature(r.getId(), 2, r.getSecondSignedBy(),
                        r.getStatus(), r.getStatementHash(), r.getSecondSignature(), r.getSecondPublicKey()));
            }
            if (r.getFirstRevokedAt() != null) {
                stored.revocations().add(new SealVerification.StoredRevocation(r.getId(), 1, r.getFirstRevokedBy()));
            }
            if (r.getSecondRevokedAt() != null) {
                stored.revocations().add(new SealVerification.StoredRevocation(r.getId(), 2, r.getSecondRevokedBy()));
            }
        });
        return stored;
    }

    /** The agreements as stored, in id order, with the signatures and revocation signatures their rows claim. */
    public record AsStored(List<AgreementContent> contents, List<SealVerification.StoredSignature> signatures,
                           List<SealVerification.StoredRevocation> revocations) {
    }

    public Optional<AgreementContent> content(long id) {
        return contents(AGREEMENT.ID.eq(id)).stream().findFirst();
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
            writeDraft(record, draft);
            record.store();
            writeConditions(record.getId(), draft.terms());
            return find(record.getId()).orElseThrow();
        });
    }

    /** Saves a draft's terms and signatures. Refuses when the stored version is no longer a draft. */
    public Agreement saveDraft(Agreement draft) {
        return store.inTransaction(() -> {
            AgreementRecord record = lockDraft(draft.id());
            writeDraft(record, draft);
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
            signatures(record, frozen);
            record.setFrozenAt(timestamp(frozen.frozenAt()));
            record.setSnapshot(frozen.snapshot().toJson());
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

    private void writeDraft(AgreementRecord record, Agreement draft) {
        AgreementTerms terms = draft.terms();
        record.setAgreedValue(ValueScore.decimal(terms.agreedValue()));
        record.setInherentLikelihood(terms.inherentLikelihood());
        record.setInherentImpact(terms.inherentImpact());
        record.setResidualLikelihood(terms.residualLikelihood());
        record.setResidualImpact(terms.residualImpact());
        record.setDecision(terms.decision().name());
        record.setTreatment(terms.treatment().name());
        record.setRiskOwner(terms.riskOwner());
        record.setReviewDate(terms.reviewDate());
        record.setRationale(terms.rationale());
        record.setAgreedAppetite(draft.agreedAppetite().text());
        OptionalInt cap = draft.agreedAppetite().cap();
        record.setAgreedCap(cap.isPresent() ? cap.getAsInt() : null);
        record.setProposedAt(timestamp(draft.proposedAt()));
        record.setProposedBy(draft.proposedBy());
        signatures(record, draft);
    }

    private static void signatures(AgreementRecord record, Agreement agreement) {
        Signature first = agreement.firstSignature();
        Signature second = agreement.secondSignature();
        record.setFirstSignedBy(first == null ? null : first.partyId());
        record.setFirstSigner(first == null ? null : first.label());
        record.setFirstSignedAt(first == null ? null : timestamp(first.at()));
        record.setSecondSignedBy(second == null ? null : second.partyId());
        record.setSecondSigner(second == null ? null : second.label());
        record.setSecondSignedAt(second == null ? null : timestamp(second.at()));
        record.setFirstSignature(first == null ? null : first.proof());
        record.setFirstPublicKey(first == null ? null : first.publicKey());
        record.setSecondSignature(second == null ? null : second.proof());
        record.setSecondPublicKey(second == null ? null : second.publicKey());
        if (first == null && second == null) {
            record.setStatementHash(null);
        }
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
            agreements.add(toAgreement(r, conditions.getOrDefault(r.getId(), List.of())));
        }
        return agreements;
    }

    private static Agreement toAgreement(AgreementRecord r, List<org.parley.domain.Condition> conditions) {
        try {
            AgreementTerms terms = new AgreementTerms(r.getAgreedValue().doubleValue(), r.getInherentLikelihood(),
                    r.getInherentImpact(), conditions, r.getResidualLikelihood(), r.getResidualImpact(),
                    Decision.valueOf(r.getDecision()), Treatment.valueOf(r.getTreatment()), r.getRiskOwner(),
                    r.getReviewDate(), r.getRationale());
            Frontier appetite = Frontier.parse(r.getAgreedAppetite());
            if (r.getAgreedCap() != null) {
                appetite = appetite.withCap(r.getAgreedCap());
            }
            return new Agreement(r.getId(), r.getWorkshopId(), r.getInitiativeId(), r.getVersion(), r.getSupersedes(),
                    AgreementStatus.valueOf(r.getStatus()), terms, appetite, instant(r.getProposedAt()),
                    r.getProposedBy(), signature(r.getFirstSignedBy(), r.getFirstSigner(), r.getFirstSignedAt(),
                            r.getFirstSignature(), r.getFirstPublicKey()),
                    signature(r.getSecondSignedBy(), r.getSecondSigner(), r.getSecondSignedAt(),
                            r.getSecondSignature(), r.getSecondPublicKey()),
                    instant(r.getFrozenAt()), snapshot(r.getSnapshot()),
                    signature(r.getFirstRevokedBy(), r.getFirstRevoker(), r.getFirstRevokedAt()),
                    signature(r.getSecondRevokedBy(), r.getSecondRevoker(), r.getSecondRevokedAt()),
                    instant(r.getRevokedAt()), r.getSupersededBy(), instant(r.getSupersededAt()));
        } catch (RuntimeException e) {
            throw new StoreException("Agreement " + r.getId() + " cannot be read: it holds values Parley never writes ("
                    + e.getMessage() + "). The store was changed outside Parley; run parley verify.", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static AgreementSnapshot snapshot(String text) {
        if (text == null) {
            return null;
        }
        try {
            return AgreementSnapshot.fromMap(Json.MAPPER.readValue(text, Map.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("its snapshot is not JSON", e);
        }
    }

    private static Signature signature(Long partyId, String label, OffsetDateTime at) {
        return signature(partyId, label, at, null, null);
    }

    private static Signature signature(Long partyId, String label, OffsetDateTime at, String proof, String key) {
        return at == null ? null : new Signature(partyId == null ? 0 : partyId, label == null ? "" : label,
                at.toInstant(), proof, key);
    }

    private List<AgreementContent> contents(Condition where) {
        Map<Long, List<AgreementContent.ConditionRow>> conditions = conditionRows(where);
        return store.dsl().selectFrom(AGREEMENT).where(where).orderBy(AGREEMENT.ID).fetch(r -> content(r, conditions));
    }

    private Map<Long, List<AgreementContent.ConditionRow>> conditionRows(Condition where) {
        Map<Long, List<AgreementContent.ConditionRow>> conditions = new HashMap<>();
        store.dsl().selectFrom(AGREEMENT_CONDITION)
                .where(AGREEMENT_CONDITION.AGREEMENT_ID.in(store.dsl().select(AGREEMENT.ID).from(AGREEMENT).where(where)))
                .orderBy(AGREEMENT_CONDITION.AGREEMENT_ID, AGREEMENT_CONDITION.POSITION)
                .forEach(c -> conditions.computeIfAbsent(c.getAgreementId(), id -> new ArrayList<>())
                        .add(new AgreementContent.ConditionRow(c.getPosition(), c.getDescription(), c.getOwner(),
                                c.getDueDate())));
        return conditions;
    }

    private static AgreementContent content(AgreementRecord r,
                                            Map<Long, List<AgreementContent.ConditionRow>> conditions) {
        return new AgreementContent(
                r.getId(), r.getWorkshopId(), r.getInitiativeId(), r.getVersion(), r.getSupersedes(), r.getStatus(),
                r.getAgreedValue(), r.getInherentLikelihood(), r.getInherentImpact(), r.getResidualLikelihood(),
                r.getResidualImpact(), r.getDecision(), r.getTreatment(), r.getRiskOwner(), r.getReviewDate(),
                r.getRationale(), conditions.getOrDefault(r.getId(), List.of()), r.getAgreedAppetite(),
                r.getAgreedCap(), instant(r.getProposedAt()), r.getProposedBy(), r.getFirstSignedBy(),
                r.getFirstSigner(), instant(r.getFirstSignedAt()), r.getSecondSignedBy(), r.getSecondSigner(),
                instant(r.getSecondSignedAt()), instant(r.getFrozenAt()), r.getSnapshot());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
