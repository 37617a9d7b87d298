package org.parley.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatus;
import org.parley.domain.AgreementTerms;
import org.parley.domain.Condition;
import org.parley.domain.Decision;
import org.parley.domain.Frontier;
import org.parley.domain.RiskScore;
import org.parley.domain.Signature;
import org.parley.domain.Treatment;
import org.parley.domain.ValueScore;
import org.parley.domain.quant.LossEstimate;
import org.parley.store.jooq.tables.records.AgreementRecord;

/** How an {@link Agreement} sits in a row of the agreement table, both ways; the conditions have a table of their own. */
final class AgreementMapping {

    private AgreementMapping() {
    }

    /** The agreement a row holds, or a StoreException saying the row holds what Parley never writes. */
    static Agreement toAgreement(AgreementRecord r, List<Condition> conditions) {
        try {
            // Stored scores obey the domain's scale, as when they were proposed: RiskScore.of checks them there.
            RiskScore.of(r.getInherentLikelihood(), r.getInherentImpact());
            RiskScore.of(r.getResidualLikelihood(), r.getResidualImpact());
            AgreementTerms terms = new AgreementTerms(r.getAgreedValue().doubleValue(), r.getInherentLikelihood(),
                    r.getInherentImpact(), conditions, r.getResidualLikelihood(), r.getResidualImpact(),
                    Decision.valueOf(r.getDecision()), Treatment.valueOf(r.getTreatment()), r.getRiskOwner(),
                    r.getReviewDate(), r.getRationale(), residualLoss(r));
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
                    instant(r.getFrozenAt()), SnapshotCodec.read(r.getSnapshot()),
                    signature(r.getFirstRevokedBy(), r.getFirstRevoker(), r.getFirstRevokedAt(), null, null),
                    signature(r.getSecondRevokedBy(), r.getSecondRevoker(), r.getSecondRevokedAt(), null, null),
                    instant(r.getRevokedAt()), r.getSupersededBy(), instant(r.getSupersededAt()));
        } catch (RuntimeException e) {
            throw new StoreException("Agreement " + r.getId() + " cannot be read: it holds values Parley never writes ("
                    + e.getMessage() + "). The store was changed outside Parley; run parley verify.", e);
        }
    }

    /** Writes a draft's terms, appetite, proposer and signatures into its row. */
    static void writeDraft(AgreementRecord record, Agreement draft) {
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
        LossEstimate loss = terms.residualLoss();
        record.setResidualProbability(loss == null ? null : loss.probability());
        record.setResidualLossLow(loss == null ? null : loss.low());
        record.setResidualLossHigh(loss == null ? null : loss.high());
        record.setAgreedAppetite(draft.agreedAppetite().text());
        OptionalInt cap = draft.agreedAppetite().cap();
        record.setAgreedCap(cap.isPresent() ? cap.getAsInt() : null);
        record.setProposedAt(timestamp(draft.proposedAt()));
        record.setProposedBy(draft.proposedBy());
        writeSignatures(record, draft);
    }

    /** Writes both signatures of the version; with neither, the statement they were of is forgotten too. */
    static void writeSignatures(AgreementRecord record, Agreement agreement) {
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

    /** The row's agreed residual loss estimate, or null when it gives none; LossEstimate checks the figures. */
    private static LossEstimate residualLoss(AgreementRecord r) {
        if (r.getResidualProbability() == null && r.getResidualLossLow() == null && r.getResidualLossHigh() == null) {
            return null;
        }
        return new LossEstimate(r.getResidualProbability(), r.getResidualLossLow(), r.getResidualLossHigh());
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Signature signature(Long partyId, String label, OffsetDateTime at, String proof, String key) {
        return at == null ? null : new Signature(partyId == null ? 0 : partyId, label == null ? "" : label,
                at.toInstant(), proof, key);
    }
}
