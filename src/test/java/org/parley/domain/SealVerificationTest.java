package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code verify} finds when the store no longer holds what the log sealed, on a log written here: a workshop
 * whose two parties register their keys and reveal one round under both signatures. Each test changes one thing
 * behind Parley's back and expects exactly that to be named.
 */
class SealVerificationTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final long WORKSHOP = 10;
    private static final long INITIATIVE = 100;
    private static final String ROUND_HASH = "a".repeat(64);

    private final SigningKey ciso = newKey();
    private final SigningKey cto = newKey();
    private final List<SealVerification.Event> log = new ArrayList<>();
    private Map<Long, SealVerification.PartyState> parties;
    private Map<InitiativeRound, String> revealed;
    private Map<Long, Long> initiatives;
    private Map<Long, List<String>> criteria;
    private List<SealVerification.StoredSignature> signatures;
    private List<SealVerification.StoredRevocation> revocations;
    private Map<Long, String> draftTerms;
    private Map<Long, String> appetites;
    private Map<Long, String> statements;
    private Set<Long> changedInitiatives;

    private static SigningKey newKey() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] encoded = pair.getPublic().getEncoded();
            // An X.509 Ed25519 key is a 12-byte header and the 32 raw bytes.
            byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
            return new SigningKey(pair.getPrivate(), Base64.getEncoder().encodeToString(raw));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SealVerification.Event event(AuditKind kind, Long workshop, Long party, Long subject,
                                         Map<String, Object> payload) {
        AuditChain.Entry entry = new AuditChain.Entry(log.size() + 1, AT, workshop, party, "someone", kind.name(),
                subject, "{}", "", "");
        return new SealVerification.Event(entry, payload);
    }

    private SealVerification.Event add(AuditKind kind, Long workshop, Long party, Long subject,
                                       Map<String, Object> payload) {
        SealVerification.Event event = event(kind, workshop, party, subject, payload);
        log.add(event);
        return event;
    }

    private static Map<String, Object> signature(long party, SigningKey key, String purpose, String hash) {
        return Map.of(SealVerification.PARTY, party, SealVerification.FINGERPRINT, key.fingerprint(),
                SealVerification.SIGNATURE, key.sign(SealVerification.message(purpose, hash)));
    }

    private static Map<String, Object> seal(String purpose, String hash, List<Map<String, Object>> signatures) {
        return Map.of(SealVerification.PURPOSE, purpose, SealVerification.HASH, hash, SealVerification.SIGNATURES,
                signatures);
    }

    private Map<String, Object> revealSealedBy(long round, Map<Long, SigningKey> signers) {
        List<Map<String, Object>> signed = new ArrayList<>();
        signers.forEach((party, key) -> signed.add(signature(party, key, SealVerification.REVEAL, ROUND_HASH)));
        return Map.of("round", round, SealVerification.SEAL, seal(SealVerification.REVEAL, ROUND_HASH, signed));
    }

    @BeforeEach
    void aWorkshopWhosePartiesRegisterTheirKeysAndRevealOneRound() {
        add(AuditKind.WORKSHOP_CREATED, WORKSHOP, null, WORKSHOP, Map.of(
                SealVerification.LABELS, Map.of("1", "Amira Haddad (CISO)", "2", "Jonas Berg (CTO)"),
                SealVerification.CRITERIA, List.of("Growth (weight 1)")));
        add(AuditKind.PIN_SET, WORKSHOP, 1L, 1L, Map.of(SealVerification.PUBLIC_KEY, ciso.publicKey()));
        add(AuditKind.PIN_SET, WORKSHOP, 2L, 2L, Map.of(SealVerification.PUBLIC_KEY, cto.publicKey()));
        add(AuditKind.ROUND_REVEALED, WORKSHOP, null, INITIATIVE, revealSealedBy(1, Map.of(1L, ciso, 2L, cto)));

        parties = new HashMap<>(Map.of(
                1L, new SealVerification.PartyState(ciso.publicKey(), true, 0, null, "Amira Haddad (CISO)"),
                2L, new SealVerification.PartyState(cto.publicKey(), true, 0, null, "Jonas Berg (CTO)")));
        revealed = new HashMap<>(Map.of(new InitiativeRound(INITIATIVE, 1), ROUND_HASH));
        initiatives = new HashMap<>(Map.of(INITIATIVE, WORKSHOP));
        criteria = new HashMap<>(Map.of(WORKSHOP, List.of("Growth (weight 1)")));
        signatures = new ArrayList<>();
        revocations = new ArrayList<>();
        draftTerms = new HashMap<>();
        appetites = new HashMap<>();
        statements = new HashMap<>();
        changedInitiatives = Set.of();
    }

    private List<String> found() {
        SealVerification.Stored stored = new SealVerification.Stored(parties, revealed, initiatives, appetites, criteria,
                signatures, revocations, statements, draftTerms, changedInitiatives);
        return SealVerification.check(log, stored).stream().map(AuditVerification.Break::describe).toList();
    }

    private static String at(long event, AuditKind kind, String why) {
        return "event " + event + " (" + AT + ", " + kind.name() + "): " + why;
    }

    @Test
    void anUntouchedLogAndStoreAgree() {
        assertThat(found()).isEmpty();
    }

    @Test
    void assessmentsChangedAfterTheirRevealAreFoundAtTheReveal() {
        revealed.put(new InitiativeRound(INITIATIVE, 1), "b".repeat(64));

        assertThat(found()).containsExactly(at(4, AuditKind.ROUND_REVEALED, "the revealed assessments of initiative "
                + "100, round 1 no longer match the hash sealed at their reveal: a score or rationale was changed "
                + "behind Parley's back"));
    }

    @Test
    void aRevealedRoundTheStoreNoLongerHoldsIsFoundUnlessItsInitiativeIsGone() {
        revealed.clear();

        assertThat(found()).containsExactly(at(4, AuditKind.ROUND_REVEALED, "round 1 of initiative 100 is no longer "
                + "revealed with both assessments, though this event revealed it: it was changed behind Parley's "
                + "back"));

        initiatives.clear();
        assertThat(found()).isEmpty();
    }

    @Test
    void aRoundRevealedInTheStoreWithoutAnEventIsFound() {
        revealed.put(new InitiativeRound(INITIATIVE, 2), "c".repeat(64));

        assertThat(found()).containsExactly("round 2 of initiative 100 is revealed in the store, but no event of the "
                + "log revealed it: it was revealed, or its event removed, behind Parley's back");
    }

    @Test
    void aRevealOnlyOnePartySignedIsFound() {
        add(AuditKind.ROUND_REVEALED, WORKSHOP, null, INITIATIVE, revealSealedBy(2, Map.of(1L, ciso)));
        revealed.put(new InitiativeRound(INITIATIVE, 2), ROUND_HASH);

        assertThat(found()).containsExactly(at(5, AuditKind.ROUND_REVEALED, "party 2 has a key but did not sign this "
                + "reveal: the event was written behind Parley's back"));
    }

    @Test
    void aSignatureMadeWithAnotherPartysKeyDoesNotVerify() {
        add(AuditKind.ROUND_REVEALED, WORKSHOP, null, INITIATIVE, revealSealedBy(2, Map.of(1L, cto, 2L, cto)));
        revealed.put(new InitiativeRound(INITIATIVE, 2), ROUND_HASH);

        assertThat(found()).containsExactly(
                at(5, AuditKind.ROUND_REVEALED, "the signature of party 1 does not verify with the key that party had "
                        + "at this event: it was forged, or the key was replaced behind Parley's back"),
                at(5, AuditKind.ROUND_REVEALED, "party 1 has a key but did not sign this reveal: the event was "
                        + "written behind Parley's back"));
    }

    @Test
    void aRevealWithoutASealWhileThePartiesHadKeysIsFound() {
        add(AuditKind.ROUND_REVEALED, WORKSHOP, null, INITIATIVE, Map.of("round", 2L));
        revealed.put(new InitiativeRound(INITIATIVE, 2), ROUND_HASH);

        assertThat(found()).containsExactly(at(5, AuditKind.ROUND_REVEALED, "it reveals a round while the parties had "
                + "keys, but carries no seal: its seal was removed behind Parley's back"));
    }

    @Test
    void aSealWithoutItsPurposeIsFound() {
        add(AuditKind.APPETITE_CHANGED, WORKSHOP, null, null, Map.of(SealVerification.SEAL,
                Map.of(SealVerification.HASH, ROUND_HASH, SealVerification.SIGNATURES, List.of())));

        assertThat(found()).contains(at(5, AuditKind.APPETITE_CHANGED, "its seal has no purpose, hash or list of "
                + "signatures"));
    }

    @Test
    void aRevealNamingAnotherWorkshopThanTheInitiativesIsFound() {
        add(AuditKind.ROUND_REVEALED, 11L, null, INITIATIVE, revealSealedBy(2, Map.of(1L, ciso, 2L, cto)));
        revealed.put(new InitiativeRound(INITIATIVE, 2), ROUND_HASH);

        assertThat(found()).containsExactly(at(5, AuditKind.ROUND_REVEALED, "it reveals initiative 100 of workshop 10 "
                + "as if of workshop 11: it was changed behind Parley's back"));
    }

    @Test
    void aPartysKeyPinOrNameChangedInTheStoreIsFoundAtTheEventThatLastSetIt() {
        parties.put(1L, new SealVerification.PartyState(cto.publicKey(), false, 0, null, "Eve (CISO)"));

        assertThat(found()).containsExactly(
                at(2, AuditKind.PIN_SET, "the public key of party 1 in the store is not the one the log registered "
                        + "last: it was replaced behind Parley's back"),
                at(2, AuditKind.PIN_SET, "the PIN of party 1 was removed from the store behind Parley's back; the log "
                        + "has no event removing it"),
                at(1, AuditKind.WORKSHOP_CREATED, "party 1 is called \u201CEve (CISO)\u201D in the store, but the log "
                        + "last named it \u201CAmira Haddad (CISO)\u201D: it was renamed behind Parley's back"));
    }

    @Test
    void aPartyWithAKeyAndAPinNoEventSetIsFound() {
        parties.put(3L, new SealVerification.PartyState(ciso.publicKey(), true, 0, null, "Someone"));

        assertThat(found()).containsExactly(
                "party 3 has a public key that no event registered: it was written behind Parley's back",
                "party 3 has a PIN that no event set: it was written behind Parley's back");
    }

    @Test
    void aRenamingInTheLogIsTheNameTheStoreMustHold() {
        add(AuditKind.PARTY_RENAMED, WORKSHOP, 1L, 1L, Map.of("to", "Dana Reyes (CISO)"));

        assertThat(found()).containsExactly(at(5, AuditKind.PARTY_RENAMED, "party 1 is called \u201CAmira Haddad "
                + "(CISO)\u201D in the store, but the log last named it \u201CDana Reyes (CISO)\u201D: it was renamed "
                + "behind Parley's back"));
    }

    @Test
    void wrongPinsResetInTheStoreAreFound() {
        add(AuditKind.PIN_REFUSED, WORKSHOP, 2L, 2L, Map.of(SealVerification.FAILURES, 3L));

        assertThat(found()).containsExactly(at(5, AuditKind.PIN_REFUSED, "party 2 has 0 wrong PINs in a row in the "
                + "store, but the log leaves 3: the count was reset behind Parley's back"));

        parties.put(2L, new SealVerification.PartyState(cto.publicKey(), true, 3, null, "Jonas Berg (CTO)"));
        assertThat(found()).isEmpty();
    }

    @Test
    void valueCriteriaChangedInTheStoreAreFound() {
        criteria.put(WORKSHOP, List.of("Growth (weight 2)"));

        assertThat(found()).containsExactly(at(1, AuditKind.WORKSHOP_CREATED, "the value criteria of workshop 10 are "
                + "not the ones this event recorded last: a name or weight was changed behind Parley's back"));
    }

    @Test
    void draftTermsChangedSinceTheirProposalAreFound() {
        add(AuditKind.AGREEMENT_PROPOSED, WORKSHOP, 1L, 7L, Map.of(SealVerification.TERMS_HASH, "d".repeat(64)));
        draftTerms.put(7L, "d".repeat(64));

        assertThat(found()).isEmpty();

        draftTerms.put(7L, "e".repeat(64));
        assertThat(found()).containsExactly(at(5, AuditKind.AGREEMENT_PROPOSED, "the draft agreement 7 no longer has "
                + "the terms last proposed: they were changed behind Parley's back"));
    }

    @Test
    void signaturesAndRevocationsWithoutTheirSealedEventsAreFound() {
        signatures.add(new SealVerification.StoredSignature(7, 1, 1L, "FROZEN", "f".repeat(64), "proof",
                ciso.publicKey()));
        revocations.add(new SealVerification.StoredRevocation(7, 2, 2L));

        assertThat(found()).containsExactly(
                "seat 2's revocation of agreement 7 has no sealed event of that party: it was written behind "
                        + "Parley's back",
                "seat 1's signature of agreement 7 has no AGREEMENT_SIGNED event with a seal: it was written behind "
                        + "Parley's back");
    }

    @Test
    void aSignOffFromBeforeKeysNeedsNoSeal() {
        add(AuditKind.AGREEMENT_SIGNED, WORKSHOP, 1L, 7L, Map.of(SealVerification.SEAT, 1L));
        signatures.add(new SealVerification.StoredSignature(7, 1, 1L, "FROZEN", null, null, null));

        assertThat(found()).isEmpty();
    }

    @Test
    void anInitiativeChangedAfterItsAgreementWasSignedIsFound() {
        changedInitiatives = Set.of(7L);

        assertThat(found()).containsExactly("the initiative of agreement 7 no longer reads as it did when both signed: "
                + "its title or description was changed behind Parley's back");
    }

    private Map<String, Object> sealedBy(String purpose, String hash, long party, SigningKey key) {
        return seal(purpose, hash, List.of(signature(party, key, purpose, hash)));
    }

    @Test
    void appetitesChangedAfterTheirSealAreFound() {
        String hash = "1".repeat(64);
        add(AuditKind.APPETITE_CHANGED, WORKSHOP, null, null, Map.of(SealVerification.SEAL,
                seal(SealVerification.APPETITES, hash, List.of(signature(1, ciso, SealVerification.APPETITES, hash),
                        signature(2, cto, SealVerification.APPETITES, hash)))));
        appetites.put(WORKSHOP, hash);

        assertThat(found()).isEmpty();

        appetites.put(WORKSHOP, "2".repeat(64));
        assertThat(found()).containsExactly(at(5, AuditKind.APPETITE_CHANGED, "the appetites of workshop 10 no longer "
                + "match the hash sealed at their last change: a frontier was changed behind Parley's back"));
    }

    @Test
    void aSignedAgreementMustStillSayWhatItsSealSigned() {
        String statement = "3".repeat(64);
        Map<String, Object> seal = sealedBy(SealVerification.agreement(1), statement, 1, ciso);
        add(AuditKind.AGREEMENT_SIGNED, WORKSHOP, 1L, 7L, Map.of(SealVerification.SEAT, 1L, SealVerification.SEAL, seal));
        String proof = (String) ((Map<?, ?>) ((List<?>) seal.get(SealVerification.SIGNATURES)).get(0))
                .get(SealVerification.SIGNATURE);
        signatures.add(new SealVerification.StoredSignature(7, 1, 1L, "FROZEN", statement, proof, ciso.publicKey()));
        statements.put(7L, statement);

        assertThat(found()).isEmpty();

        statements.put(7L, "4".repeat(64));
        assertThat(found()).containsExactly(at(5, AuditKind.AGREEMENT_SIGNED, "agreement 7 no longer says what seat 1 "
                + "signed: its terms, scores or initiative were changed behind Parley's back"));

        statements.put(7L, statement);
        signatures.set(0, new SealVerification.StoredSignature(7, 1, 1L, "FROZEN", statement, proof, cto.publicKey()));
        assertThat(found()).containsExactly(at(5, AuditKind.AGREEMENT_SIGNED, "seat 1's signature of agreement 7 in "
                + "the store is not the one this event sealed: it was forged or changed behind Parley's back"));
    }

    @Test
    void aSealForTheOtherSeatOrPurposeIsNotTheSignersOwn() {
        String statement = "3".repeat(64);
        add(AuditKind.AGREEMENT_SIGNED, WORKSHOP, 1L, 7L, Map.of(SealVerification.SEAT, 1L, SealVerification.SEAL,
                sealedBy(SealVerification.agreement(2), statement, 1, ciso)));

        assertThat(found()).containsExactly(at(5, AuditKind.AGREEMENT_SIGNED, "its seal is not seat 1's own signature "
                + "for this: it was written behind Parley's back"));
    }

    @Test
    void aRevocationSealedByItsPartyIsTheOneTheStoreHolds() {
        add(AuditKind.AGREEMENT_SIGNED, WORKSHOP, 2L, 7L, Map.of(SealVerification.SEAT, 2L, "revocation", true,
                SealVerification.SEAL, sealedBy(SealVerification.revocation(2), "5".repeat(64), 2, cto)));
        revocations.add(new SealVerification.StoredRevocation(7, 2, 2L));

        assertThat(found()).isEmpty();
    }

    @Test
    void roundsRevealedTogetherMustBeTheOnesTheirOneSealSigned() {
        revealTogether(1, Map.of(1L, ciso, 2L, cto));

        assertThat(found()).isEmpty();

        revealed.put(new InitiativeRound(101, 1), "6".repeat(64));
        assertThat(found()).containsExactly(at(5, AuditKind.ROUND_REVEALED, "the revealed assessments of initiative "
                + "101, round 1 no longer match the hash sealed at their reveal: a score or rationale was changed "
                + "behind Parley's back"));
    }

    @Test
    void aRevealOfManyRoundsWithoutItsSealIsFound() {
        add(AuditKind.ROUNDS_REVEALED, WORKSHOP, null, null, Map.of(SealVerification.COUNT, 1L));

        assertThat(found()).containsExactly(at(5, AuditKind.ROUNDS_REVEALED, "it ends a reveal of many rounds but "
                + "carries no seal for one"));
    }

    @Test
    void aPinClearedUnderItsOwnKeyLeavesThePartyWithoutOneInTheStoreToo() {
        add(AuditKind.PIN_CLEARED, WORKSHOP, 1L, 1L, Map.of(SealVerification.SEAL,
                sealedBy(SealVerification.clearKey(1), "7".repeat(64), 1, ciso)));
        parties.put(1L, new SealVerification.PartyState(null, false, 0, null, "Amira Haddad (CISO)"));

        assertThat(found()).isEmpty();

        parties.put(1L, new SealVerification.PartyState(null, true, 0, null, "Amira Haddad (CISO)"));
        assertThat(found()).containsExactly(at(5, AuditKind.PIN_CLEARED, "party 1 has a PIN that no event set: it was "
                + "written behind Parley's back"));
    }

    @Test
    void aRightPinEndsTheCountOfWrongOnes() {
        add(AuditKind.PIN_REFUSED, WORKSHOP, 2L, 2L, Map.of(SealVerification.FAILURES, 3L));
        add(AuditKind.PIN_ACCEPTED, WORKSHOP, 2L, 2L, Map.of(SealVerification.FAILURES, 0L));

        assertThat(found()).isEmpty();
    }

    @Test
    void aRevocationSealedForSigningIsNotARevocation() {
        add(AuditKind.AGREEMENT_SIGNED, WORKSHOP, 2L, 7L, Map.of(SealVerification.SEAT, 2L, "revocation", true,
                SealVerification.SEAL, sealedBy(SealVerification.agreement(2), "5".repeat(64), 2, cto)));
        revocations.add(new SealVerification.StoredRevocation(7, 2, 2L));

        assertThat(found()).containsExactly(at(5, AuditKind.AGREEMENT_SIGNED, "its seal is not seat 2's own signature "
                + "for this: it was written behind Parley's back"));
    }

    @Test
    void aChangedInitiativeIsNamedAtTheFreezingOfItsAgreement() {
        add(AuditKind.AGREEMENT_FROZEN, WORKSHOP, null, 7L, Map.of());
        changedInitiatives = Set.of(7L);

        assertThat(found()).containsExactly(at(5, AuditKind.AGREEMENT_FROZEN, "the initiative of agreement 7 no longer "
                + "reads as it did when both signed: its title or description was changed behind Parley's back"));
    }

    private void revealTogether(long count, Map<Long, SigningKey> signers) {
        String together = Seals.revealedTogether(List.of(new Seals.RevealedRound(101, 1, ROUND_HASH)));
        initiatives.put(101L, WORKSHOP);
        revealed.put(new InitiativeRound(101, 1), ROUND_HASH);
        add(AuditKind.ROUND_REVEALED, WORKSHOP, null, 101L, Map.of("round", 1L, SealVerification.HASH, ROUND_HASH,
                SealVerification.TOGETHER, together));
        List<Map<String, Object>> signed = new ArrayList<>();
        signers.forEach((party, key) -> signed.add(signature(party, key, SealVerification.REVEAL_TOGETHER, together)));
        add(AuditKind.ROUNDS_REVEALED, WORKSHOP, null, null, Map.of(SealVerification.COUNT, count,
                SealVerification.SEAL, seal(SealVerification.REVEAL_TOGETHER, together, signed)));
    }

    @Test
    void aRevealOfManyRoundsOnlyOnePartySignedIsFound() {
        revealTogether(1, Map.of(1L, ciso));

        assertThat(found()).containsExactly(at(6, AuditKind.ROUNDS_REVEALED, "party 2 has a key but did not sign this "
                + "reveal: the event was written behind Parley's back"));
    }

    @Test
    void aRevealOfManyRoundsThatCountsOtherRoundsThanTheLogIsFound() {
        revealTogether(2, Map.of(1L, ciso, 2L, cto));

        assertThat(found()).containsExactly(at(6, AuditKind.ROUNDS_REVEALED, "the rounds it sealed are not the ones "
                + "the log reveals with it: a revealed round was added, removed or changed behind Parley's back"));
    }
}
