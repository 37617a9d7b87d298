package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEvent> chain(int length) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            Instant at = Instant.parse("2026-11-23T09:00:00Z").plusSeconds(i);
            String payload = "{\"round\":" + i + "}";
            String hash = AuditChain.hashOf(i, at, 1L, 2L, "CISO", AuditKind.ASSESSMENT_SUBMITTED, 9L, payload, previous);
            events.add(new AuditEvent(i, at, 1L, 2L, "CISO", AuditKind.ASSESSMENT_SUBMITTED, 9L, payload, previous, hash));
            previous = hash;
        }
        return events;
    }

    @Test
    void anUntouchedChainVerifies() {
        assertThat(AuditChain.verify(chain(5))).isEmpty();
        assertThat(AuditChain.verify(List.of())).isEmpty();
    }

    @Test
    void theHashIsSha256OfTheLengthPrefixedFields() {
        // Known answer: SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        assertThat(AuditChain.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        AuditEvent first = chain(1).get(0);
        String text = "1:1|20:2026-11-23T09:00:01Z|1:1|1:2|4:CISO|20:ASSESSMENT_SUBMITTED|1:9|11:{\"round\":1}|64:"
                + AuditChain.GENESIS + "|";
        assertThat(first.hash()).isEqualTo(AuditChain.sha256(text));
    }

    @Test
    void aChangedEventIsNamed() {
        List<AuditEvent> events = chain(5);
        AuditEvent third = events.get(2);
        events.set(2, new AuditEvent(third.id(), third.at(), third.workshopId(), third.partyId(), "CTO", third.kind(),
                third.subjectId(), third.payload(), third.prevHash(), third.hash()));

        assertThat(AuditChain.verify(events)).hasValueSatisfying(broken -> {
            assertThat(broken.eventId()).isEqualTo(3);
            assertThat(broken.reason()).contains("was changed");
        });
    }

    @Test
    void aDeletedEventIsNamedByTheGapItLeaves() {
        List<AuditEvent> events = chain(5);
        events.remove(1);

        assertThat(AuditChain.verify(events)).hasValueSatisfying(broken -> {
            assertThat(broken.eventId()).isEqualTo(3);
            assertThat(broken.reason()).contains("event 2 before it is missing");
        });
    }

    @Test
    void anEventRewrittenWithAFreshHashStillBreaksTheLinkAfterIt() {
        List<AuditEvent> events = chain(5);
        AuditEvent second = events.get(1);
        String forged = AuditChain.hashOf(2, second.at(), 1L, 2L, "CISO", second.kind(), 9L, "{\"round\":99}",
                second.prevHash());
        events.set(1, new AuditEvent(2, second.at(), 1L, 2L, "CISO", second.kind(), 9L, "{\"round\":99}",
                second.prevHash(), forged));

        assertThat(AuditChain.verify(events)).hasValueSatisfying(broken -> {
            assertThat(broken.eventId()).isEqualTo(3);
            assertThat(broken.reason()).contains("does not link");
        });
    }

    @Test
    void oneDeletedEventIsNamedAloneAndTwoAsARange() {
        List<AuditEvent> oneGone = chain(5);
        oneGone.remove(2);
        List<AuditEvent> twoGone = chain(5);
        twoGone.remove(2);
        twoGone.remove(2);

        assertThat(AuditChain.verify(oneGone)).hasValueSatisfying(broken -> assertThat(broken.reason())
                .isEqualTo("event 3 before it is missing (deleted)"));
        assertThat(AuditChain.verify(twoGone)).hasValueSatisfying(broken -> assertThat(broken.reason())
                .isEqualTo("event 3 to 4 before it is missing (deleted)"));
    }

    @Test
    void anEventsHashIsTheHashOfItsStoredFields() {
        AuditEvent first = chain(1).get(0);

        assertThat(AuditChain.hashOf(first)).isEqualTo(first.hash()).matches("[0-9a-f]{64}");
    }
}
