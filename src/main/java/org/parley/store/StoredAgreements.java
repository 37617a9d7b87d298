package org.parley.store;

import static org.parley.store.AgreementMapping.instant;
import static org.parley.store.jooq.Tables.AGREEMENT;
import static org.parley.store.jooq.Tables.AGREEMENT_CONDITION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.parley.domain.AgreementContent;
import org.parley.domain.SealVerification;
import org.parley.store.jooq.tables.records.AgreementRecord;

/**
 * The agreement rows exactly as stored, for hashing and for verifying against the audit log. Unlike
 * {@link AgreementRepository}, which reads agreements Parley can work with, this reader takes every column as
 * it is and never fails on odd values: a changed row must be named by {@code verify}, not crash it.
 */
public final class StoredAgreements {

    private final Store store;

    public StoredAgreements(Store store) {
        this.store = store;
    }

    /** The agreements as stored, in id order, with the signatures and revocation signatures their rows claim. */
    public record AsStored(List<AgreementContent> contents, List<SealVerification.StoredSignature> signatures,
                           List<SealVerification.StoredRevocation> revocations) {
    }

    /** Every agreement row as stored, in id order. */
    public List<AgreementContent> contents() {
        return contents(DSL.noCondition());
    }

    /** The workshop's agreement rows as stored, in id order. */
    public List<AgreementContent> contentsOfWorkshop(long workshopId) {
        return contents(AGREEMENT.WORKSHOP_ID.eq(workshopId));
    }

    public Optional<AgreementContent> content(long id) {
        return contents(AGREEMENT.ID.eq(id)).stream().findFirst();
    }

    /**
     * What {@code verify} compares with the audit log, from one reading of the agreements: every row as stored,
     * every signature and every revocation signature a row claims.
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
                instant(r.getSecondSignedAt()), instant(r.getFrozenAt()), r.getSnapshot(),
                AgreementContent.LossRow.of(r.getResidualProbability(), r.getResidualLossLow(),
                        r.getResidualLossHigh()));
    }
}
