package org.parley.app.service;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.parley.domain.Actor;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementRules;
import org.parley.domain.AgreementSnapshot;
import org.parley.domain.AgreementStatement;
import org.parley.domain.AgreementStatus;
import org.parley.domain.AgreementTerms;
import org.parley.domain.Analysis;
import org.parley.domain.AuditKind;
import org.parley.domain.AuditVerification;
import org.parley.domain.Frontier;
import org.parley.domain.Initiative;
import org.parley.domain.Party;
import org.parley.domain.PinRules;
import org.parley.domain.RuleViolation;
import org.parley.domain.SealVerification;
import org.parley.domain.SignedIds;
import org.parley.domain.Signatures;
import org.parley.domain.SigningKey;
import org.parley.store.AgreementRepository;
import org.parley.store.AuditLog;
import org.parley.store.SignedIdRepository;
import org.parley.store.Store;
import org.parley.store.StoredAgreements;

/**
 * Signing agreements: each party signs a draft's statement with the key its PIN unlocks, the second signature
 * freezes the draft with a snapshot of what both see, and both signing a revocation revokes it. Also what
 * {@code verify} needs to check those signatures against the store as it is now.
 */
final class AgreementSigning {

    private final Store store;
    private final AgreementRepository agreements;
    private final StoredAgreements stored;
    private final AgreementChecks checks;
    private final WorkshopService workshops;
    private final ConsentService consents;
    private final DivergenceService divergence;
    private final AuditLog audit;
    private final SignedIdRepository signedIds;
    private final ZoneId zone;

    AgreementSigning(Store store, AgreementChecks checks, WorkshopService workshops, ConsentService consents,
                     DivergenceService divergence, ZoneId zone) {
        this.store = store;
        this.agreements = new AgreementRepository(store);
        this.stored = new StoredAgreements(store);
        this.checks = checks;
        this.workshops = workshops;
        this.consents = consents;
        this.divergence = divergence;
        this.audit = new AuditLog(store);
        this.signedIds = new SignedIdRepository(store);
        this.zone = zone;
    }

    /**
     * The party signs a draft with its PIN, which unlocks its signing key; five wrong PINs in a row mean a
     * thirty-second wait. It signs the SHA-256 of the agreement's statement (see {@link AgreementStatement}); the
     * second signature freezes the draft with a snapshot of what both see now, and a version it amends becomes
     * superseded.
     */
    Agreement sign(long agreementId, Party party, String pin) {
        // Checked before the transaction: a wrong PIN must count even though the signature is refused.
        Consent consent = consents.confirm(party, pin);
        return signAs(agreementId, party, consent);
    }

    /** Signs with the key that {@code consent} holds for {@code party}, unlocked by its PIN. */
    Agreement signAs(long agreementId, Party party, Consent consent) {
        return signAs(agreementId, party, consent, workshopId -> divergence.analysis(workshopId, null));
    }

    /**
     * Both parties sign each of the workshop's drafts, as {@link #signAs} does one signature at a time, all judged on
     * one analysis of the workshop: a signature changes no score and no appetite, so the analysis the next one reads
     * would be the same, and reading it again per signature makes signing thousands quadratic.
     */
    void signAllAs(long workshopId, List<Long> agreementIds, Consent both) {
        ConsentRule.requireBoth(both, workshopId, "sign agreements together");
        store.inTransaction(() -> {
            Analysis analysis = divergence.analysis(workshopId, null);
            LongFunction<Analysis> once = id -> id == workshopId ? analysis
                    : divergence.analysis(id, null);
            for (long agreementId : agreementIds) {
                for (Party party : both.parties()) {
                    signAs(agreementId, party, both, once);
                }
            }
        });
    }

    private Agreement signAs(long agreementId, Party party, Consent consent,
                             LongFunction<Analysis> analysisOf) {
        // The consent's own record of the party, as the store had it: never the caller's copy.
        Party signer = ConsentRule.requireParty(consent, party, "sign for " + party.label());
        SigningKey key = signingKey(signer, consent);
        return store.inTransaction(() -> {
            Agreement draft = checks.agreement(agreementId);
            Initiative initiative = checks.initiative(draft.initiativeId());
            ConsentRule.requireAnyParty(consent, initiative.workshopId(), "sign an agreement");
            Frontier agreed = checks.readyForAgreement(initiative);
            if (!agreed.equals(draft.agreedAppetite())) {
                throw new RuleViolation("The agreed appetite changed since version " + draft.version()
                        + " was proposed (from " + draft.agreedAppetite() + " to " + agreed + "). Save the draft again "
                        + "so it is judged on the current appetite; then both sign it.");
            }
            AgreementRules.require(draft.terms(), agreed, draft.proposedOn(zone));
            AgreementSnapshot seen = snapshotNow(initiative, draft.terms(), analysisOf.apply(initiative.workshopId()));
            String statement = AgreementStatement.of(signedIds.all().initiative(initiative.id()), draft, seen).sha256();
            String earlier = agreements.statementHash(agreementId);
            if (earlier != null && !earlier.equals(statement)) {
                throw new RuleViolation("What was signed of version " + draft.version() + " has changed since: the "
                        + "revealed scores or the initiative are not the same. Save the draft again; then both sign it.");
            }
            int seat = signer.seat().number();
            Agreement signed = draft.sign(signer, store.now(), key.sign(AgreementStatement.signedMessage(seat, statement)),
                    key.publicKey());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("initiative", initiative.title());
            payload.put("version", draft.version());
            payload.put("seat", seat);
            payload.put(SealVerification.SEAL, Sealing.seal(SealVerification.agreement(seat), statement, signer, key));
            audit.append(initiative.workshopId(), Actor.of(signer), AuditKind.AGREEMENT_SIGNED, agreementId, payload);
            agreements.saveDraft(signed);
            agreements.recordStatement(agreementId, statement);
            if (!signed.bothSigned()) {
                return checks.agreement(agreementId);
            }
            return freeze(initiative, checks.agreement(agreementId), signer, seen);
        });
    }

    /**
     * The party signs the revocation of the current agreement with its PIN. One signature leaves the revocation
     * pending; with both the agreement is revoked and the initiative has no current agreement.
     */
    Agreement signRevocation(long agreementId, Party party, String pin) {
        Consent consent = consents.confirm(party, pin);
        Party signer = ConsentRule.requireParty(consent, party, "revoke for " + party.label());
        SigningKey key = signingKey(signer, consent);
        return store.inTransaction(() -> {
            Agreement signed = checks.agreement(agreementId);
            Initiative initiative = checks.initiative(signed.initiativeId());
            ConsentRule.requireAnyParty(consent, initiative.workshopId(), "revoke an agreement");
            Agreement revoking = signed.signRevocation(signer, store.now());
            // An amendment in progress would be left superseding a revoked version, which cannot be signed.
            checks.requireNoDraft(initiative);
            Agreement saved = agreements.recordRevocation(revoking);
            String revoked = Signatures.sha256Hex("revoke:" + stored.content(agreementId).orElseThrow().sha256());
            int seat = signer.seat().number();
            audit.append(initiative.workshopId(), Actor.of(signer), AuditKind.AGREEMENT_SIGNED, agreementId,
                    Map.of("initiative", initiative.title(), "version", signed.version(), "seat", seat,
                            "revocation", true,
                            SealVerification.SEAL, Sealing.seal(SealVerification.revocation(seat), revoked, signer, key)));
            if (saved.status() == AgreementStatus.REVOKED) {
                audit.append(initiative.workshopId(), Actor.of(signer), AuditKind.AGREEMENT_REVOKED, agreementId,
                        Map.of("initiative", initiative.title(), "version", signed.version()));
            }
            return saved;
        });
    }

    /**
     * What {@code verify} compares of a workshop's signed agreements with the store as it is now, from one reading of
     * its agreements: the hash of each signed agreement's statement (a frozen one's from its snapshot, a draft's from
     * the scores revealed now; drafts that cannot be judged now are left out), and the frozen agreements whose
     * initiative no longer reads as it did when they were signed. Parley refuses every change to a signed
     * initiative, so any such difference was made behind its back.
     *
     * @param initiatives the workshop's initiatives as stored, by id
     * @param ids         the ids the store's rows were signed under
     */
    SignedNow signedNow(long workshopId, Map<Long, Initiative> initiatives, SignedIds ids) {
        SignedNow now = new SignedNow(new HashMap<>(), new TreeSet<>());
        Analysis analysis = null;
        for (Agreement agreement : agreements.forWorkshop(workshopId)) {
            long signedId = ids.initiative(agreement.initiativeId());
            Initiative initiative = initiatives.get(agreement.initiativeId());
            if (agreement.snapshot() != null) {
                now.statements().put(agreement.id(),
                        AgreementStatement.of(signedId, agreement, agreement.snapshot()).sha256());
                if (initiative != null
                        && !AgreementSnapshot.InitiativeFacts.of(initiative).equals(agreement.snapshot().initiative())) {
                    now.changedInitiatives().add(agreement.id());
                }
            } else if ((agreement.firstSignature() != null || agreement.secondSignature() != null)
                    && initiative != null) {
                try {
                    // The workshop's analysis, taken once and only when a signed draft needs it.
                    analysis = analysis != null ? analysis : divergence.analysis(workshopId, null);
                    now.statements().put(agreement.id(), AgreementStatement.of(signedId, agreement,
                            snapshotNow(initiative, agreement.terms(), analysis)).sha256());
                } catch (RuntimeException e) {
                    // Not revealed or not judgeable now: the signatures are still checked against their events.
                }
            }
        }
        return now;
    }

    /**
     * @param statements         agreement id to the hash of its statement as taken now from the store
     * @param changedInitiatives frozen agreements whose initiative no longer reads as it did when they were signed
     */
    record SignedNow(Map<Long, String> statements, Set<Long> changedInitiatives) {
    }

    private SigningKey signingKey(Party party, Consent consent) {
        return consent.key(party.seat()).orElseThrow(() -> new RuleViolation("pin", party.label() + " needs a PIN "
                + "of at least " + PinRules.MIN_LENGTH + " characters to sign: the PIN unlocks the key its signature "
                + "is made with. Set one under Workshop setup, then sign."));
    }

    private AgreementSnapshot snapshotNow(Initiative initiative, AgreementTerms terms, Analysis analysis) {
        long workshopId = initiative.workshopId();
        Analysis.Revealed revealed = analysis.byId().get(initiative.id());
        if (revealed == null) {
            throw new RuleViolation("\u201C" + initiative.title() + "\u201D has no revealed scores to sign on.");
        }
        return AgreementSnapshot.take(revealed, analysis.appetites(), workshops.parties(workshopId),
                workshops.criteria(workshopId), terms, store.now());
    }

    private Agreement freeze(Initiative initiative, Agreement signed, Party party, AgreementSnapshot snapshot) {
        long workshopId = initiative.workshopId();
        Agreement frozen = agreements.freeze(signed.freeze(snapshot, store.now()));
        String hash = stored.content(frozen.id()).orElseThrow().sha256();
        audit.append(workshopId, Actor.of(party), AuditKind.AGREEMENT_FROZEN, frozen.id(), Map.of(
                "initiative", initiative.title(), "version", frozen.version(), "exception", frozen.isException(),
                AuditVerification.HASH_KEY, hash));
        if (frozen.supersedes() != null) {
            Agreement old = checks.agreement(frozen.supersedes());
            agreements.supersede(old.supersede(frozen.id(), store.now()));
            audit.append(workshopId, Actor.of(party), AuditKind.AGREEMENT_SUPERSEDED, old.id(), Map.of(
                    "initiative", initiative.title(), "version", old.version(), "by", frozen.version()));
        }
        return frozen;
    }
}
