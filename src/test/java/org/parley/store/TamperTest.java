package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Agreement;
import org.parley.domain.AuditChain;
import org.parley.domain.AuditVerification;
import org.parley.domain.Condition;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestStores;

/**
 * Changes made behind Parley's back with plain SQL, as someone with the database file and an H2 console
 * could: verify must fail and name the first broken event.
 */
class TamperTest {

    @TempDir
    Path folder;
    private Store store;
    private RevealedWorkshop w;
    private Agreement frozen;
    private AuditChain.Entry frozenEvent;
    private AuditChain.Entry signedEvent;

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        w = RevealedWorkshop.create(store);
        frozen = w.signed(w.assistant, w.terms().withConditions(List.of(
                new Condition("DPA with the model provider", "Legal Counsel", w.today().plusDays(30)),
                new Condition("Prompt-injection testing", "Head of AppSec", w.today().plusDays(45)))));
        w.services.notes().add(w.assistant.id(), w.cto, "Signed; the DPA is next.", w.both);
        frozenEvent = new AuditLog(store).entries().stream().filter(e -> e.kind().equals("AGREEMENT_FROZEN"))
                .findFirst().orElseThrow();
        signedEvent = new AuditLog(store).entries().stream().filter(e -> e.kind().equals("AGREEMENT_SIGNED"))
                .findFirst().orElseThrow();
        assertThat(verify().intact()).as("untouched").isTrue();
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

    private long lastEventId() {
        List<AuditChain.Entry> all = new AuditLog(store).entries();
        return all.get(all.size() - 1).id();
    }

    @Test
    void anEditedEventIsNamed() {
        sql("UPDATE audit_event SET actor = 'Somebody else' WHERE id = 3");

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.eventId()).isEqualTo(3);
        assertThat(broken.reason()).isEqualTo("its content no longer matches its hash (it was changed)");
        assertThat(broken.describe()).startsWith("event 3 (2026-11-23T09:00:00Z, ");
    }

    @Test
    void anEventWhoseKindWasChangedToNonsenseIsNamedWithoutFailing() {
        sql("UPDATE audit_event SET kind = 'COFFEE_BREAK' WHERE id = 2");

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.eventId()).isEqualTo(2);
        assertThat(broken.kind()).isEqualTo("COFFEE_BREAK");
        assertThat(broken.reason()).contains("was changed");
    }

    @Test
    void anEditedFrozenAgreementIsNamedAtTheFirstSignatureItContradicts() {
        sql("UPDATE agreement SET rationale = 'We never agreed to conditions.' WHERE id = " + frozen.id());

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.eventId()).isEqualTo(signedEvent.id());
        assertThat(broken.kind()).isEqualTo("AGREEMENT_SIGNED");
        assertThat(broken.reason()).isEqualTo("agreement " + frozen.id() + " no longer says what seat 1 signed: its "
                + "terms, scores or initiative were changed behind Parley's back");
    }

    @Test
    void anEditedFrozenAgreementSignedBeforeSignatureKeysIsNamedAtTheEventThatRecordedItsHash() {
        // A store from before version 6 has no statement or seal: the frozen content's hash still catches it.
        sql("UPDATE agreement SET statement_hash = NULL, first_signature = NULL, second_signature = NULL WHERE id = "
                + frozen.id());
        sql("UPDATE agreement SET rationale = 'We never agreed to conditions.' WHERE id = " + frozen.id());

        AuditVerification.Break broken = AuditVerification.verify(new AuditLog(store).entries(),
                new StoredAgreements(store).contents(), null).broken();

        assertThat(broken.eventId()).isEqualTo(frozenEvent.id());
        assertThat(broken.kind()).isEqualTo("AGREEMENT_FROZEN");
        assertThat(broken.reason()).isEqualTo("agreement " + frozen.id() + " (version 1 for initiative "
                + w.assistant.id() + ") no longer matches the SHA-256 recorded when it was signed: its fields, "
                + "conditions or snapshot were changed behind Parley's back");
    }

    @Test
    void anEditedSnapshotOrSignatureOfAFrozenAgreementIsNamed() {
        sql("UPDATE agreement SET snapshot = REPLACE(snapshot, '\"likelihood\":4', '\"likelihood\":2') WHERE id = "
                + frozen.id());

        assertThat(verify().broken().eventId()).isEqualTo(signedEvent.id());

        store.close();
        store = TestStores.open(folder.resolve("second"));
        w = RevealedWorkshop.create(store);
        frozen = w.signed(w.assistant, w.terms());
        sql("UPDATE agreement SET second_signer = 'Somebody else (CTO)' WHERE id = " + frozen.id());
        assertThat(verify().broken().kind()).isEqualTo("AGREEMENT_FROZEN");
    }

    @Test
    void anEditedConditionOfAFrozenAgreementIsNamed() {
        sql("UPDATE agreement_condition SET owner = 'Nobody' WHERE agreement_id = " + frozen.id() + " AND position = 2");

        assertThat(verify().broken().eventId()).isEqualTo(signedEvent.id());
    }

    @Test
    void aDeletedConditionOfAFrozenAgreementIsNamed() {
        sql("DELETE FROM agreement_condition WHERE agreement_id = " + frozen.id() + " AND position = 1");

        assertThat(verify().broken().eventId()).isEqualTo(signedEvent.id());
    }

    @Test
    void aDeletedFrozenAgreementIsNamed() {
        sql("DELETE FROM agreement WHERE id = " + frozen.id());

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.eventId()).isEqualTo(frozenEvent.id());
        assertThat(broken.reason()).isEqualTo("the agreement it recorded as signed, agreement " + frozen.id()
                + ", is no longer in the store (deleted behind Parley's back)");
    }

    @Test
    void aStatusChangedBehindParleysBackIsNamed() {
        sql("UPDATE agreement SET status = 'REVOKED' WHERE id = " + frozen.id());

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.eventId()).isEqualTo(frozenEvent.id());
        assertThat(broken.reason()).contains("is REVOKED in the store, but the events leave it FROZEN");

        sql("UPDATE agreement SET status = 'DRAFT' WHERE id = " + frozen.id());
        assertThat(verify().broken().reason()).contains("is DRAFT in the store, but the events leave it FROZEN");
    }

    @Test
    void aDeletedEventInTheMiddleIsNamedByTheEventAfterIt() {
        sql("DELETE FROM audit_event WHERE id = 5");

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.eventId()).isEqualTo(6);
        assertThat(broken.reason()).isEqualTo("event 5 before it is missing (deleted)");
    }

    @Test
    void anEventInsertedInTheMiddleWithAValidHashBreaksTheLinkAfterIt() {
        // Make room after event 4, then insert a well-formed event there, hashed as Parley would.
        sql("UPDATE audit_event SET id = id + 1000 WHERE id > 4");
        sql("UPDATE audit_event SET id = id - 999 WHERE id > 1000");
        AuditChain.Entry fourth = new AuditLog(store).entries().get(3);
        String hash = AuditChain.hashOf(5, fourth.at(), fourth.workshopId(), null, "CISO", "NOTE_ADDED",
                w.assistant.id(), "{\"text\":\"I agreed to everything\"}", fourth.hash());
        sql("INSERT INTO audit_event (id, at, workshop_id, party_id, actor, kind, subject_id, payload, prev_hash, hash) "
                + "VALUES (5, TIMESTAMP WITH TIME ZONE '" + fourth.at() + "', " + fourth.workshopId() + ", NULL, 'CISO', "
                + "'NOTE_ADDED', " + w.assistant.id() + ", '{\"text\":\"I agreed to everything\"}', '" + fourth.hash()
                + "', '" + hash + "')");

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.eventId()).isEqualTo(6);
        assertThat(broken.reason()).isEqualTo("it does not link to the event before it (an event was inserted, "
                + "deleted or changed)");
    }

    @Test
    void anEventAppendedWithABadHashIsNamed() {
        long next = lastEventId() + 1;
        sql("INSERT INTO audit_event (id, at, workshop_id, party_id, actor, kind, subject_id, payload, prev_hash, hash) "
                + "SELECT " + next + ", at, workshop_id, party_id, actor, kind, subject_id, payload, hash, hash "
                + "FROM audit_event WHERE id = " + (next - 1));

        assertThat(verify().broken().eventId()).isEqualTo(next);
    }

    @Test
    void deletingTheNewestEventsIsSeenOnlyAgainstAHashWrittenDownEarlier() {
        String noted = verify().lastHash();
        long last = lastEventId();
        sql("DELETE FROM audit_event WHERE id = " + last);

        assertThat(verify().intact()).as("a shorter chain is still a valid chain").isTrue();
        AuditVerification.Break broken = w.services.audit().verify(noted.substring(0, 16)).broken();
        assertThat(broken.eventId()).isEqualTo(last - 1);
        assertThat(broken.reason()).contains("no event has the hash you noted");
    }

    @Test
    void truncatingTheLogBeforeASigningLeavesASignedAgreementNoEventKnows() {
        sql("DELETE FROM audit_event WHERE id >= " + frozenEvent.id());

        AuditVerification.Break broken = verify().broken();

        assertThat(broken.eventId()).isNull();
        assertThat(broken.reason()).contains("is marked FROZEN, but no AGREEMENT_FROZEN event records its signing");
    }
}
