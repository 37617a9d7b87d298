package org.parley.app.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.parley.domain.Actor;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementProblem;
import org.parley.domain.AgreementRules;
import org.parley.domain.AgreementTerms;
import org.parley.domain.AuditKind;
import org.parley.domain.Frontier;
import org.parley.domain.Initiative;
import org.parley.domain.Party;
import org.parley.domain.RiskStanding;
import org.parley.domain.RuleViolation;
import org.parley.domain.SignedIds;
import org.parley.domain.SealVerification;
import org.parley.domain.Signature;
import org.parley.store.AgreementRepository;
import org.parley.store.AuditLog;
import org.parley.store.Store;
import org.parley.store.StoredAgreements;

/**
 * Agreements: proposing and editing a draft, each party signing it with its PIN, freezing it with a snapshot
 * when both have, amending a signed one as a new version, and revoking one. Every change of state is an
 * audit event; freezing records the SHA-256 of the frozen content, which {@code verify} checks. This class
 * proposes and answers questions; {@link AgreementSigning} signs, freezes and revokes.
 */
public final class AgreementService {

    private final Store store;
    private final AgreementRepository agreements;
    private final StoredAgreements stored;
    private final AgreementChecks checks;
    private final AgreementSigning signing;
    private final DivergenceService divergence;
    private final AuditLog audit;
    private final ZoneId zone;

    public AgreementService(Store store, WorkshopService workshops, ConsentService consents,
                            DivergenceService divergence) {
        this.store = store;
        this.agreements = new AgreementRepository(store);
        this.stored = new StoredAgreements(store);
        this.checks = new AgreementChecks(store, divergence);
        this.divergence = divergence;
        this.audit = new AuditLog(store);
        this.zone = ZoneId.systemDefault();
        this.signing = new AgreementSigning(store, checks, workshops, consents, divergence, zone);
    }

    // queries

    public Agreement agreement(long agreementId) {
        return checks.agreement(agreementId);
    }

    /** Every version of the initiative's agreement, oldest first; superseded and revoked ones included. */
    public List<Agreement> versions(long initiativeId) {
        return agreements.versions(initiativeId);
    }

    /** The version the register shows: signed, neither superseded nor revoked. */
    public Optional<Agreement> current(long initiativeId) {
        return agreements.current(initiativeId);
    }

    /** The initiative's open draft (a first proposal or an amendment), if any. */
    public Optional<Agreement> draft(long initiativeId) {
        return agreements.draft(initiativeId);
    }

    /** Every version of every agreement of the workshop, by initiative then version. */
    public List<Agreement> agreements(long workshopId) {
        return agreements.forWorkshop(workshopId);
    }

    /** The day date rules are judged on when terms are proposed now. */
    public LocalDate today() {
        return LocalDate.ofInstant(store.now(), zone);
    }

    /** What the form shows while terms are typed: every problem at its field, and the derived risk. */
    public record Preview(List<AgreementProblem> problems, RiskStanding standing, Frontier agreedAppetite,
                          LocalDate proposedOn) {

        public Preview {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Checks terms for the initiative as if proposed now, without storing anything. */
    public Preview preview(long initiativeId, AgreementTerms terms) {
        Initiative initiative = checks.initiative(initiativeId);
        Frontier agreed = divergence.appetites(initiative.workshopId(), null).agreed();
        LocalDate today = today();
        return new Preview(AgreementRules.check(terms, agreed, today), terms.standing(agreed), agreed, today);
    }

    // commands

    /**
     * Proposes the initiative's first agreement, or a fresh one after a revocation. The initiative must be
     * revealed and the agreed appetite set; a signed agreement is changed by {@link #amend}, a draft by {@link #edit}.
     */
    public Agreement propose(long initiativeId, AgreementTerms terms, Consent consent) {
        Actor actor = consent.actor();
        return store.inTransaction(() -> {
            Initiative initiative = checks.initiative(initiativeId);
            ConsentRule.requireAnyParty(consent, initiative.workshopId(), "propose an agreement");
            Frontier agreed = checks.readyForAgreement(initiative);
            checks.requireNoDraft(initiative);
            agreements.current(initiativeId).ifPresent(current -> {
                throw new RuleViolation("\u201C" + initiative.title() + "\u201D has a signed agreement (version "
                        + current.version() + "); amend it to propose a change.");
            });
            AgreementRules.require(terms, agreed, today());
            Agreement draft = agreements.insertDraft(Agreement.propose(initiative.workshopId(), initiativeId,
                    agreements.nextVersion(initiativeId), null, terms, agreed, store.now(), actor));
            proposed(initiative, draft, actor, Map.of());
            return draft;
        });
    }

    /** Changes a draft's terms. Any signature already given is cleared: both must sign what they agree. */
    public Agreement edit(long agreementId, AgreementTerms terms, Consent consent) {
        Actor actor = consent.actor();
        return store.inTransaction(() -> {
            Agreement before = agreement(agreementId);
            Initiative initiative = checks.initiative(before.initiativeId());
            ConsentRule.requireAnyParty(consent, initiative.workshopId(), "change a draft agreement");
            Frontier agreed = checks.readyForAgreement(initiative);
            Agreement edited = before.edit(terms, agreed, store.now(), actor);
            AgreementRules.require(terms, agreed, today());
            Agreement saved = agreements.saveDraft(edited);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("edited", true);
            List<String> cleared = Stream.of(before.firstSignature(), before.secondSignature())
                    .filter(Objects::nonNull).map(Signature::label).toList();
            if (!cleared.isEmpty()) {
                extra.put("signaturesCleared", cleared);
            }
            proposed(initiative, saved, actor, extra);
            return saved;
        });
    }

    /** Proposes a new version of a signed agreement with changed terms; it supersedes the old once both sign it. */
    public Agreement amend(long agreementId, AgreementTerms terms, Consent consent) {
        Actor actor = consent.actor();
        return store.inTransaction(() -> {
            Agreement signed = agreement(agreementId);
            Initiative initiative = checks.initiative(signed.initiativeId());
            ConsentRule.requireAnyParty(consent, initiative.workshopId(), "amend an agreement");
            Frontier agreed = checks.readyForAgreement(initiative);
            checks.requireNoDraft(initiative);
            Agreement amendment = signed.amend(agreements.nextVersion(signed.initiativeId()), terms, agreed,
                    store.now(), actor);
            AgreementRules.require(terms, agreed, today());
            Agreement draft = agreements.insertDraft(amendment);
            proposed(initiative, draft, actor, Map.of("amends", signed.version()));
            return draft;
        });
    }

    /** {@link #amend(long, AgreementTerms, Consent)} starting from the signed version's own terms. */
    public Agreement amend(long agreementId, Consent consent) {
        return amend(agreementId, agreement(agreementId).terms(), consent);
    }

    /**
     * The party signs a draft with its PIN, which unlocks its signing key; five wrong PINs in a row mean a
     * thirty-second wait. The second signature freezes the draft; see {@link AgreementSigning}.
     */
    public Agreement sign(long agreementId, Party party, String pin) {
        return signing.sign(agreementId, party, pin);
    }

    /** Signs with the key that {@code consent} holds for {@code party}, unlocked by its PIN. */
    Agreement signAs(long agreementId, Party party, Consent consent) {
        return signing.signAs(agreementId, party, consent);
    }

    /** Both parties sign each of the workshop's drafts, judged on one analysis of the workshop. */
    void signAllAs(long workshopId, List<Long> agreementIds, Consent both) {
        signing.signAllAs(workshopId, agreementIds, both);
    }

    /**
     * The party signs the revocation of the current agreement with its PIN. One signature leaves the revocation
     * pending; with both the agreement is revoked and the initiative has no current agreement.
     */
    public Agreement signRevocation(long agreementId, Party party, String pin) {
        return signing.signRevocation(agreementId, party, pin);
    }

    /** What {@code verify} compares of a workshop's signed agreements with the store as it is now. */
    AgreementSigning.SignedNow signedNow(long workshopId, Map<Long, Initiative> initiatives, SignedIds ids) {
        return signing.signedNow(workshopId, initiatives, ids);
    }

    private void proposed(Initiative initiative, Agreement draft, Actor actor, Map<String, Object> extra) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(SealVerification.TERMS_HASH, stored.content(draft.id()).orElseThrow().termsSha256());
        payload.put("initiative", initiative.title());
        payload.put("version", draft.version());
        payload.put("decision", draft.terms().decision().label());
        payload.put("exception", draft.isException());
        payload.putAll(extra);
        audit.append(initiative.workshopId(), actor, AuditKind.AGREEMENT_PROPOSED, draft.id(), payload);
    }
}
