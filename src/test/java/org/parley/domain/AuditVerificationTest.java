package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verification over rows as stored: the chain, the frozen agreements' hashes and their statuses. */
class AuditVerificationTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    /** Builds a valid chain from (kind, subject, payload) triples. */
    private static List<AuditChain.Entry> chain(Object... triples) {
        List<AuditChain.Entry> events = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 0; i < triples.length; i += 3) {
            long id = i / 3 + 1;
            String kind = (String) triples[i];
            Long subject = (Long) triples[i + 1];
            String payload = (String) triples[i + 2];
            Instant at = T0.plusSeconds(id);
            String hash = AuditChain.hashOf(id, at, 1L, null, "CISO", kind, subject, payload, previous);
            events.add(new AuditChain.Entry(id, at, 1L, null, "CISO", kind, subject, payload, previous, hash));
            previous = hash;
        }
        return events;
    }

    private static String frozen(AgreementContent content) {
        return "{\"sha256\":\"" + content.sha256() + "\",\"version\":1}";
    }

    @Test
    void anIntactLogWithItsFrozenAgreementVerifiesAndReportsItsHead() {
        AgreementContent agreement = CanonicalJsonTest.content("FROZEN", "Legal Counsel", "{}", "Why");
        List<AuditChain.Entry> events = chain("WORKSHOP_CREATED", 1L, "{}", "AGREEMENT_FROZEN", 3L, frozen(agreement));

        AuditVerification.Result result = AuditVerification.verify(events, List.of(agreement), null);

        assertThat(result.intact()).as(String.valueOf(result.broken())).isTrue();
        assertThat(result.events()).isEqualTo(2);
        assertThat(result.signedAgreements()).isEqualTo(1);
        assertThat(result.lastHash()).isEqualTo(events.get(1).hash());
        assertThat(AuditVerification.verify(List.of(), List.of(), null).lastHash()).isEqualTo(AuditChain.GENESIS);
    }

    @Test
    void aChangedFrozenAgreementIsNamedAtTheEventThatRecordedItsHash() {
        AgreementContent signed = CanonicalJsonTest.content("FROZEN", "Legal Counsel", "{}", "Why");
        List<AuditChain.Entry> events = chain("WORKSHOP_CREATED", 1L, "{}", "AGREEMENT_FROZEN", 3L, frozen(signed));
        AgreementContent changed = CanonicalJsonTest.content("FROZEN", "Legal Counsel", "{}", "Why not");

        AuditVerification.Break broken = AuditVerification.verify(events, List.of(changed), null).broken();

        assertThat(broken.eventId()).isEqualTo(2);
        assertThat(broken.kind()).isEqualTo("AGREEMENT_FROZEN");
        assertThat(broken.at()).isEqualTo(T0.plusSeconds(2));
        assertThat(broken.describe()).isEqualTo("event 2 (2026-11-23T09:00:02Z, AGREEMENT_FROZEN): agreement 3 "
                + "(version 1 for initiative 5) no longer matches the SHA-256 recorded when it was signed: its fields, "
                + "conditions or snapshot were changed behind Parley's back");
    }

    @Test
    void anUnknownKindIsReportedNotThrown() {
        List<AuditChain.Entry> events = chain("WORKSHOP_CREATED", 1L, "{}", "COFFEE_BREAK", null, "{}");

        AuditVerification.Break broken = AuditVerification.verify(events, List.of(), null).broken();

        assertThat(broken.eventId()).isEqualTo(2);
        assertThat(broken.reason()).contains("its kind \"COFFEE_BREAK\" is not one Parley writes");
    }

    @Test
    void aSignedAgreementNoEventKnowsOfIsReported() {
        AgreementContent inserted = CanonicalJsonTest.content("FROZEN", "Legal Counsel", "{}", "Why");

        AuditVerification.Break broken = AuditVerification.verify(chain("WORKSHOP_CREATED", 1L, "{}"),
                List.of(inserted), null).broken();

        assertThat(broken.eventId()).isNull();
        assertThat(broken.describe()).isEqualTo("agreement 3 (version 1 for initiative 5) is marked FROZEN, but no "
                + "AGREEMENT_FROZEN event records its signing: it was inserted or changed behind Parley's back");
    }

    @Test
    void aStatusTheEventsDoNotExplainIsNamedAtTheEventThatSetIt() {
        AgreementContent signed = CanonicalJsonTest.content("FROZEN", "Legal Counsel", "{}", "Why");
        List<AuditChain.Entry> events = chain("AGREEMENT_FROZEN", 3L, frozen(signed), "AGREEMENT_REVOKED", 3L, "{}");

        AuditVerification.Break broken = AuditVerification.verify(events, List.of(signed), null).broken();

        assertThat(broken.eventId()).isEqualTo(2);
        assertThat(broken.reason()).isEqualTo("agreement 3 (version 1 for initiative 5) is FROZEN in the store, but "
                + "the events leave it REVOKED: its status was changed behind Parley's back");
    }

    @Test
    void theFirstBrokenEventWinsWhateverWasCheckedFirst() {
        AgreementContent signed = CanonicalJsonTest.content("FROZEN", "Legal Counsel", "{}", "Why");
        List<AuditChain.Entry> events = chain("WORKSHOP_CREATED", 1L, "{}", "AGREEMENT_FROZEN", 3L, frozen(signed),
                "NOTE_ADDED", 5L, "{}");
        AuditChain.Entry third = events.get(2);
        events.set(2, new AuditChain.Entry(3, third.at(), 1L, null, "CTO", third.kind(), 5L, "{}", third.prevHash(),
                third.hash()));
        AgreementContent changed = CanonicalJsonTest.content("FROZEN", "Someone else", "{}", "Why");

        AuditVerification.Break broken = AuditVerification.verify(events, List.of(changed), null).broken();

        assertThat(broken.eventId()).isEqualTo(2);
    }

    @Test
    void aNotedHashMustStillBeInTheLog() {
        List<AuditChain.Entry> events = chain("WORKSHOP_CREATED", 1L, "{}", "INITIATIVE_ADDED", 2L, "{}");
        String noted = events.get(1).hash();
        List<AuditChain.Entry> truncated = events.subList(0, 1);

        assertThat(AuditVerification.verify(events, List.of(), noted.substring(0, 12)).intact()).isTrue();
        AuditVerification.Break broken = AuditVerification.verify(truncated, List.of(), noted).broken();
        assertThat(broken.eventId()).isEqualTo(1);
        assertThat(broken.reason()).startsWith("the log ends here and no event has the hash you noted, " + noted
                + ": events after the one you noted were deleted from the end of the log");
    }
}
