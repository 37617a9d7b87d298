package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Consent;
import org.parley.domain.Actor;
import org.parley.domain.Agreement;
import org.parley.domain.AuditChain;
import org.parley.domain.AuditVerification;
import org.parley.domain.Decision;
import org.parley.domain.Party;
import org.parley.domain.Seals;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestStores;

/**
 * What the parties sealed with their keys, changed behind Parley's back with plain SQL as someone with the
 * store file and an H2 console could: verify must name the event each change contradicts. Before signing keys,
 * none of these was reported (issue 9: a revealed score, a forged draft signature, a replaced public key, a
 * draft's decision, a reset wrong-PIN count, a signed initiative's title, a party's revealed appetite).
 */
class SealTamperTest {

    @TempDir
    Path folder;
    private Store store;
    private RevealedWorkshop w;

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        w = RevealedWorkshop.create(store);
        assertThat(verify().intact()).as("untouched: " + verify().broken()).isTrue();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private AuditVerification.Result verify() {
        return w.services.audit().verify();
    }

    private void sql(String statement) {
        store.dsl().execute(statement);
    }

    private AuditChain.Entry event(String kind, long subject) {
        return new AuditLog(store).entries().stream()
                .filter(e -> e.kind().equals(kind) && e.subjectId() != null && e.subjectId() == subject)
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void aRevealedScoreChangedWithSqlIsNamedAtItsReveal() {
        sql("UPDATE assessment SET likelihood = 1 WHERE initiative_id = " + w.assistant.id() + " AND party_id = "
                + w.ciso.id());

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.eventId()).isEqualTo(event("ROUND_REVEALED", w.assistant.id()).id());
        assertThat(broken.reason()).isEqualTo("the revealed assessments of initiative " + w.assistant.id()
                + ", round 1 no longer match the hash sealed at their reveal: a score or rationale was changed "
                + "behind Parley's back");
    }

    @Test
    void aRevealedRationaleChangedWithSqlIsNamedToo() {
        sql("UPDATE assessment SET rationale = 'I always said it was fine.' WHERE initiative_id = "
                + w.pipeline.id() + " AND party_id = " + w.cto.id());

        assertThat(verify().broken().eventId()).isEqualTo(event("ROUND_REVEALED", w.pipeline.id()).id());
    }

    @Test
    void aSignatureForgedIntoADraftWithSqlIsNamed() {
        Agreement draft = w.services.agreements().propose(w.assistant.id(), w.terms(), w.cisoAlone);
        sql("UPDATE agreement SET second_signed_by = " + w.cto.id() + ", second_signer = 'CTO', "
                + "second_signed_at = CURRENT_TIMESTAMP WHERE id = " + draft.id());

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.eventId()).as("no event records it").isNull();
        assertThat(broken.reason()).isEqualTo("seat 2's signature of agreement " + draft.id() + " has no "
                + "AGREEMENT_SIGNED event with a seal: it was written behind Parley's back");
    }

    @Test
    void aSignatureCopiedIntoADraftWithSqlIsNamedAtTheSigningItDoesNotMatch() {
        Agreement draft = w.services.agreements().propose(w.assistant.id(), w.terms(), w.cisoAlone);
        w.services.agreements().sign(draft.id(), w.ciso, RevealedWorkshop.CISO_PIN);
        sql("UPDATE agreement SET second_signed_by = " + w.cto.id() + ", second_signer = 'CTO', "
                + "second_signed_at = CURRENT_TIMESTAMP, second_signature = first_signature WHERE id = " + draft.id());

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.reason()).contains("seat 2's signature of agreement " + draft.id());
    }

    @Test
    void aReplacedPublicKeyIsNamedAtTheEventThatRegisteredTheKey() {
        sql("UPDATE party SET public_key = (SELECT public_key FROM party WHERE id = " + w.cto.id() + ") WHERE id = "
                + w.ciso.id());

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.kind()).isEqualTo("PIN_SET");
        assertThat(broken.reason()).isEqualTo("the public key of party " + w.ciso.id() + " in the store is not the "
                + "one the log registered last: it was replaced behind Parley's back");
    }

    @Test
    void aDraftsDecisionChangedWithSqlIsNamedAtItsProposal() {
        Agreement draft = w.services.agreements().propose(w.assistant.id(), w.terms(), w.cisoAlone);
        sql("UPDATE agreement SET decision = '" + Decision.PROCEED.name() + "' WHERE id = " + draft.id());

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.eventId()).isEqualTo(event("AGREEMENT_PROPOSED", draft.id()).id());
        assertThat(broken.reason()).contains("no longer has the terms last proposed");
    }

    @Test
    void aWrongPinCountResetWithSqlIsNamed() {
        for (int i = 0; i < 3; i++) {
            w.services.consents().checkPin(w.cto, "not-the-pin");
        }
        assertThat(verify().intact()).isTrue();
        sql("UPDATE party SET pin_failures = 0 WHERE id = " + w.cto.id());

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.kind()).isEqualTo("PIN_REFUSED");
        assertThat(broken.reason()).isEqualTo("party " + w.cto.id() + " has 0 wrong PINs in a row in the store, but "
                + "the log leaves 3: the count was reset behind Parley's back");
    }

    @Test
    void aSignedInitiativesTitleChangedWithSqlIsNamed() {
        Agreement frozen = w.signed(w.assistant, w.terms());
        sql("UPDATE initiative SET title = 'Harmless FAQ page' WHERE id = " + w.assistant.id());

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.eventId()).isEqualTo(event("AGREEMENT_FROZEN", frozen.id()).id());
        assertThat(broken.reason()).contains("the initiative of agreement " + frozen.id() + " no longer reads as it did");
    }

    @Test
    void aRevealedAppetiteChangedWithSqlIsNamedAtItsLastSeal() {
        sql("UPDATE appetite SET level5 = 25 WHERE workshop_id = " + w.workshop.id()
                + " AND holder = 'FIRST'");

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.kind()).isEqualTo("APPETITE_CHANGED");
        assertThat(broken.reason()).isEqualTo("the appetites of workshop " + w.workshop.id() + " no longer match the "
                + "hash sealed at their last change: a frontier was changed behind Parley's back");
    }

    @Test
    void aPinRemovedWithSqlGivesNobodyThatPartysConsentAndVerifyNamesIt() {
        sql("UPDATE party SET pin_hash = NULL, sealed_key = NULL WHERE id = " + w.cto.id());

        assertThatThrownBy(() -> w.services.consents().confirm(w.cto, null))
                .hasMessageContaining("is missing from the store, though the audit log says it was set");
        AuditVerification.Break broken = verify().broken();
        assertThat(broken.kind()).isEqualTo("PIN_SET");
        assertThat(broken.reason()).contains("the PIN of party " + w.cto.id() + " was removed from the store");
    }

    @Test
    void aRevocationSignatureWrittenWithSqlIsNamedAndDoesNotLetOnePartyRevokeAlone() {
        Agreement frozen = w.signed(w.assistant, w.terms());
        sql("UPDATE agreement SET second_revoked_by = " + w.cto.id() + ", second_revoker = 'CTO', "
                + "second_revoked_at = frozen_at WHERE id = " + frozen.id());

        assertThat(verify().broken().reason()).isEqualTo("seat 2's revocation of agreement " + frozen.id()
                + " has no sealed event of that party: it was written behind Parley's back");
    }

    @Test
    void aRoundMarkedUnrevealedAgainWithSqlIsNamedAtItsReveal() {
        sql("UPDATE initiative_round SET revealed_at = NULL WHERE initiative_id = " + w.pipeline.id());

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.eventId()).isEqualTo(event("ROUND_REVEALED", w.pipeline.id()).id());
        assertThat(broken.reason()).contains("is no longer revealed with both assessments");
    }

    @Test
    void aCriterionWeightChangedWithSqlIsNamed() {
        sql("UPDATE value_criterion SET weight = 5 WHERE workshop_id = " + w.workshop.id() + " AND position = 1");

        assertThat(verify().broken().reason()).isEqualTo("the value criteria of workshop " + w.workshop.id()
                + " are not the ones this event recorded last: a name or weight was changed behind Parley's back");
    }

    @Test
    void thePartyRenamedWithSqlIsNamed() {
        sql("UPDATE party SET role_label = 'CFO' WHERE id = " + w.cto.id());

        assertThat(verify().broken().reason()).isEqualTo("party " + w.cto.id() + " is called \u201CCTO (CFO)\u201D in "
                + "the store, but the log last named it \u201CCTO\u201D: it was renamed behind Parley's back");
    }

    @Test
    void aWaitCutShortWithSqlIsNamed() {
        for (int i = 0; i < 5; i++) {
            w.services.consents().checkPin(w.cto, "not-the-pin");
        }
        assertThat(verify().intact()).isTrue();
        sql("UPDATE party SET pin_locked_until = NULL WHERE id = " + w.cto.id());

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.kind()).isEqualTo("PIN_REFUSED");
        assertThat(broken.reason()).contains("and another wait");
    }

    @Test
    void aPartyOfAnotherWorkshopCannotSignEvenClaimingThisOne() {
        var other = w.services.workshops().create("Elsewhere", Consent.nobody(Actor.WINDOW));
        Party stranger = w.services.workshops().parties(other.id()).get(1);
        w.services.consents().setPin(w.services.consents().confirm(stranger, null), stranger, null, "stranger-pin");
        Party disguised = new Party(stranger.id(), w.workshop.id(), stranger.seat(), "CTO", "CTO", "#000000", true);
        Agreement draft = w.services.agreements().propose(w.assistant.id(), w.terms(), w.cisoAlone);

        assertThatThrownBy(() -> w.services.agreements().sign(draft.id(), disguised, "stranger-pin"))
                .hasMessage("These parties belong to another workshop.");
        assertThat(w.services.agreements().agreement(draft.id()).secondSignature()).isNull();
    }

    @Test
    void everySealedEventCarriesBothPartiesSignaturesWhenBothHaveKeys() {
        // The workshop's two rounds were revealed together: one event seals both (decision 0026).
        AuditChain.Entry reveal = new AuditLog(store).entries().stream()
                .filter(e -> e.kind().equals("ROUNDS_REVEALED")).reduce((first, second) -> second).orElseThrow();

        assertThat(reveal.payload()).contains("\"seal\"").contains("\"signatures\"")
                .contains("\"party\":" + w.ciso.id()).contains("\"party\":" + w.cto.id());
        assertThat(List.of(reveal.actor())).containsExactly("CISO and CTO");
    }

    /**
     * A reveal of many rounds is sealed once (decision 0026): an event per round with its hash, then one event whose
     * seal both parties signed over all of them. These changes are made as someone who can also rewrite the hash
     * chain would make them (every event's hash recomputed afterwards), so only the seal can tell.
     */
    @Nested
    class RevealedTogether {

        @Test
        void eachPartySignsAManyRoundRevealOnceInTheEventThatEndsIt() {
            AuditChain.Entry round = last("ROUND_REVEALED", w.assistant.id());
            AuditChain.Entry seal = last("ROUNDS_REVEALED", null);

            assertThat(round.payload()).contains("\"together\"", "\"sha256\"").doesNotContain("\"signatures\"");
            assertThat(seal.payload()).contains("\"purpose\":\"parley/reveal-together/v1\"", "\"count\":2",
                    "\"party\":" + w.ciso.id(), "\"party\":" + w.cto.id());
            assertThat(seal.id()).isGreaterThan(round.id());
            assertThat(seal.actor()).isEqualTo("CISO and CTO");
        }

        @Test
        void aScoreChangedWithItsRoundsHashRewrittenIsNamedAtTheSeal() {
            sql("UPDATE assessment SET likelihood = 1 WHERE initiative_id = " + w.assistant.id() + " AND party_id = "
                    + w.ciso.id());
            AuditChain.Entry round = last("ROUND_REVEALED", w.assistant.id());
            String storedNow = storedHash(w.assistant.id());
            String sealedThen = field(round, "sha256");
            sql("UPDATE audit_event SET payload = REPLACE(payload, '" + sealedThen + "', '" + storedNow + "') WHERE id = "
                    + round.id());
            rechain();

            AuditVerification.Break broken = verify().broken();

            assertThat(broken.eventId()).isEqualTo(last("ROUNDS_REVEALED", null).id());
            assertThat(broken.reason()).isEqualTo("the rounds it sealed are not the ones the log reveals with it: a "
                    + "revealed round was added, removed or changed behind Parley's back");
        }

        @Test
        void aRoundRemovedFromTheRevealIsNamedAtTheSeal() {
            AuditChain.Entry round = last("ROUND_REVEALED", w.pipeline.id());
            sql("DELETE FROM audit_event WHERE id = " + round.id());
            sql("UPDATE audit_event SET id = id - 1 WHERE id > " + round.id());
            rechain();

            AuditVerification.Break broken = verify().broken();

            assertThat(broken.kind()).isEqualTo("ROUNDS_REVEALED");
            assertThat(broken.reason()).startsWith("the rounds it sealed are not the ones the log reveals with it");
        }

        @Test
        void roundsWhoseSealWasRemovedAreNamed() {
            AuditChain.Entry seal = last("ROUNDS_REVEALED", null);
            sql("DELETE FROM audit_event WHERE id = " + seal.id());
            sql("UPDATE audit_event SET id = id - 1 WHERE id > " + seal.id());
            rechain();

            AuditVerification.Break broken = verify().broken();

            assertThat(broken.kind()).isEqualTo("ROUND_REVEALED");
            assertThat(broken.reason()).isEqualTo("it and 1 other revealed rounds name a seal that no event of the log "
                    + "holds: they were written behind Parley's back");
        }

        @Test
        void aRevealResealedWithoutThePartiesKeysIsNamed() {
            resealOverAChangedScore();
            rechain();

            AuditVerification.Break broken = verify().broken();

            assertThat(broken.kind()).isEqualTo("ROUNDS_REVEALED");
            assertThat(broken.reason()).startsWith("the signature of party ").contains("does not verify with the key");
        }

        @Test
        void aResealMovedToAWorkshopWithoutKeysIsNamed() {
            AuditChain.Entry seal = resealOverAChangedScore();
            // No workshop, so no keys that had to sign, and no signatures.
            sql("UPDATE audit_event SET workshop_id = NULL, payload = REGEXP_REPLACE(payload, "
                    + "'\"signatures\":\\[.*\\]', '\"signatures\":[]') WHERE id = " + seal.id());
            rechain();

            AuditVerification.Break broken = verify().broken();

            assertThat(broken.kind()).isEqualTo("ROUNDS_REVEALED");
            assertThat(broken.reason()).isEqualTo("it seals initiative " + w.assistant.id() + ", which is not of the "
                    + "workshop it names: it was moved to escape its parties' keys behind Parley's back");
        }

        @Test
        void roundsStrippedOfTheirSealWhileThePartiesHadKeysAreNamed() {
            sql("UPDATE assessment SET likelihood = 1 WHERE initiative_id = " + w.assistant.id() + " AND party_id = "
                    + w.ciso.id());
            AuditChain.Entry first = last("ROUND_REVEALED", w.assistant.id());
            AuditChain.Entry seal = last("ROUNDS_REVEALED", null);
            sql("UPDATE audit_event SET payload = '{\"round\":1}' WHERE kind = 'ROUND_REVEALED'");
            sql("UPDATE audit_event SET kind = 'NOTE_ADDED', payload = '{\"text\":\"fine\"}' WHERE id = " + seal.id());
            rechain();

            AuditVerification.Break broken = verify().broken();

            assertThat(broken.eventId()).isEqualTo(first.id());
            assertThat(broken.reason()).isEqualTo("it reveals a round while the parties had keys, but carries no seal: "
                    + "its seal was removed behind Parley's back");
        }

        @Test
        void aRoundRevealedInTheStoreWithoutAnyEventIsNamed() {
            sql("DELETE FROM audit_event WHERE kind IN ('ROUND_REVEALED', 'ROUNDS_REVEALED')");
            renumber();
            rechain();

            AuditVerification.Break broken = verify().broken();

            assertThat(broken.reason()).isEqualTo("round 1 of initiative " + Math.min(w.assistant.id(), w.pipeline.id())
                    + " is revealed in the store, but no event of the log revealed it: it was revealed, or its event "
                    + "removed, behind Parley's back");
        }

        /**
         * The whole reveal redone over a changed score, as a tamperer would: the round's new hash and the new hash
         * of the reveal written into its events, the old signatures left. Returns the sealing event.
         */
        private AuditChain.Entry resealOverAChangedScore() {
            sql("UPDATE assessment SET likelihood = 1 WHERE initiative_id = " + w.assistant.id() + " AND party_id = "
                    + w.ciso.id());
            AuditChain.Entry first = last("ROUND_REVEALED", w.assistant.id());
            AuditChain.Entry second = last("ROUND_REVEALED", w.pipeline.id());
            AuditChain.Entry seal = last("ROUNDS_REVEALED", null);
            String together = Seals.revealedTogether(List.of(
                    new Seals.RevealedRound(w.assistant.id(), 1, storedHash(w.assistant.id())),
                    new Seals.RevealedRound(w.pipeline.id(), 1, storedHash(w.pipeline.id()))));
            sql("UPDATE audit_event SET payload = REPLACE(payload, '" + field(first, "sha256") + "', '"
                    + storedHash(w.assistant.id()) + "') WHERE id = " + first.id());
            sql("UPDATE audit_event SET payload = REPLACE(payload, '" + field(first, "together") + "', '" + together
                    + "') WHERE id IN (" + first.id() + ", " + second.id() + ", " + seal.id() + ")");
            return seal;
        }

        /** Event ids made consecutive again after deletions, as the chain expects. */
        private void renumber() {
            List<AuditChain.Entry> events = new AuditLog(store).entries();
            for (int i = 0; i < events.size(); i++) {
                sql("UPDATE audit_event SET id = " + (i + 1) + " WHERE id = " + events.get(i).id());
            }
        }

        private AuditChain.Entry last(String kind, Long subject) {
            return new AuditLog(store).entries().stream()
                    .filter(e -> e.kind().equals(kind) && (subject == null || subject.equals(e.subjectId())))
                    .reduce((earlier, later) -> later).orElseThrow();
        }

        /** The hash of round 1 of the initiative as the store holds it now. */
        private String storedHash(long initiativeId) {
            return Seals.revealed(initiativeId, 1, new AssessmentRepository(store).ofWorkshop(w.workshop.id()).stream()
                    .filter(a -> a.initiativeId() == initiativeId && a.round() == 1).toList());
        }

        private static String field(AuditChain.Entry event, String name) {
            return event.payload().replaceAll(".*\"" + name + "\":\"([0-9a-f]{64})\".*", "$1");
        }

        /** Every event's link and hash recomputed in order, as someone rewriting the whole log would. */
        private void rechain() {
            List<AuditChain.Entry> events = new AuditLog(store).entries();
            String previous = events.get(0).prevHash();
            for (AuditChain.Entry e : events) {
                String hash = AuditChain.hashOf(e.id(), e.at(), e.workshopId(), e.partyId(), e.actor(), e.kind(),
                        e.subjectId(), e.payload(), previous);
                sql("UPDATE audit_event SET prev_hash = '" + previous + "', hash = '" + hash + "' WHERE id = " + e.id());
                previous = hash;
            }
        }
    }
}
