package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which signing key each party holds as the log's PIN events go by (decision 0011): a first key on trust, a later
 * one only with the authorisation of the key in use or, after a cleared PIN, of the other party.
 */
class KeyTimelineTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final long WORKSHOP = 10;
    private static final long CISO = 1;
    private static final long CTO = 2;

    private final KeyTimeline timeline = new KeyTimeline();
    private final List<AuditVerification.Break> found = new ArrayList<>();
    private long nextId = 1;

    private SealVerification.Event event(AuditKind kind, Long party, String publicKey) {
        Map<String, Object> payload = new HashMap<>();
        if (publicKey != null) {
            payload.put(SealVerification.PUBLIC_KEY, publicKey);
        }
        AuditChain.Entry entry = new AuditChain.Entry(nextId++, AT, WORKSHOP, party, "someone", kind.name(), null, "{}",
                "", "");
        timeline.saw(entry);
        return new SealVerification.Event(entry, payload);
    }

    private void set(long party, String key, Long... signers) {
        timeline.apply(event(AuditKind.PIN_SET, party, key), Set.of(signers), found);
    }

    private void clear(long party, Long... signers) {
        timeline.apply(event(AuditKind.PIN_CLEARED, party, null), Set.of(signers), found);
    }

    private List<String> reasons() {
        return found.stream().map(AuditVerification.Break::reason).toList();
    }

    @BeforeEach
    void bothPartiesHaveAFirstKeyTakenOnTrust() {
        set(CISO, "ciso-1");
        set(CTO, "cto-1");
        assertThat(found).isEmpty();
    }

    @Test
    void aFirstKeyIsTakenOnTrustAndIsThePartysKeyFromThenOn() {
        assertThat(timeline.keyOf(CISO)).isEqualTo("ciso-1");
        assertThat(timeline.keyOf(CTO)).isEqualTo("cto-1");
        assertThat(timeline.pinSet(CISO)).isTrue();
        assertThat(timeline.partiesWithKeys(WORKSHOP)).containsExactlyInAnyOrder(CISO, CTO);
        assertThat(timeline.lastPinEvent(CISO).entry().id()).isEqualTo(1);
    }

    @Test
    void aPartyTheLogSaysNothingOfHasNoKeyAndNoKnownPin() {
        assertThat(timeline.keyOf(null)).isNull();
        assertThat(timeline.keyOf(9L)).isNull();
        assertThat(timeline.pinSet(9)).isNull();
        assertThat(timeline.lastPinEvent(9)).isNull();
        assertThat(timeline.partiesWithKeys(11)).isEmpty();
    }

    @Test
    void theSameKeyUnderANewPinNeedsNoAuthorisation() {
        set(CISO, "ciso-1");

        assertThat(found).isEmpty();
        assertThat(timeline.keyOf(CISO)).isEqualTo("ciso-1");
        assertThat(timeline.lastPinEvent(CISO).entry().id()).isEqualTo(3);
    }

    @Test
    void aNewKeyAuthorisedByTheKeyInUseReplacesIt() {
        set(CISO, "ciso-2", CISO);

        assertThat(found).isEmpty();
        assertThat(timeline.keyOf(CISO)).isEqualTo("ciso-2");
    }

    @Test
    void aNewKeyTheKeyInUseDidNotAuthoriseIsABreakThoughItIsFollowed() {
        set(CISO, "ciso-2", CTO);

        assertThat(reasons()).containsExactly("a new key for party 1 that its key in use did not authorise: it was "
                + "registered behind Parley's back");
        assertThat(found.get(0).eventId()).isEqualTo(3);
        assertThat(timeline.keyOf(CISO)).isEqualTo("ciso-2");
    }

    @Test
    void aPinClearedWithItsKeysSignatureLeavesThePartyWithoutAKey() {
        clear(CISO, CISO);

        assertThat(found).isEmpty();
        assertThat(timeline.keyOf(CISO)).isNull();
        assertThat(timeline.pinSet(CISO)).isFalse();
        assertThat(timeline.partiesWithKeys(WORKSHOP)).containsExactly(CTO);
    }

    @Test
    void aPinClearedWithoutItsKeysSignatureIsABreak() {
        clear(CISO, CTO);

        assertThat(reasons()).containsExactly("the PIN of party 1 was removed without its key's signature: the event "
                + "was written behind Parley's back");
    }

    @Test
    void aPinClearedTwiceNeedsNoSignatureTheSecondTime() {
        clear(CISO, CISO);
        clear(CISO);

        assertThat(found).isEmpty();
    }

    @Test
    void aKeyAfterAClearedOneNeedsTheOtherPartysSignature() {
        clear(CISO, CISO);
        set(CISO, "ciso-2", CTO);

        assertThat(found).isEmpty();
        assertThat(timeline.keyOf(CISO)).isEqualTo("ciso-2");
    }

    @Test
    void aKeyAfterAClearedOneWithoutTheOtherPartysSignatureIsABreak() {
        clear(CISO, CISO);
        set(CISO, "ciso-2", CISO);

        assertThat(reasons()).containsExactly("a new key for party 1, whose earlier key was cleared, that the other "
                + "party did not authorise: it was registered behind Parley's back");
    }

    @Test
    void whenTheOtherPartyHasNoKeyEitherAKeyAfterAClearedOneIsTakenOnTrust() {
        clear(CTO, CTO);
        clear(CISO, CISO);
        set(CISO, "ciso-2");

        assertThat(found).isEmpty();
        assertThat(timeline.partiesWithKeys(WORKSHOP)).containsExactly(CISO);
    }

    @Test
    void aPinFromBeforeSigningKeysIsSetButGivesNoKey() {
        set(3, null);

        assertThat(timeline.pinSet(3)).isTrue();
        assertThat(timeline.keyOf(3L)).isNull();
        assertThat(found).isEmpty();
    }

    @Test
    void anEventOfNoPartyChangesNothing() {
        timeline.apply(event(AuditKind.PIN_CLEARED, null, null), Set.of(), found);

        assertThat(found).isEmpty();
        assertThat(timeline.partiesWithKeys(WORKSHOP)).containsExactlyInAnyOrder(CISO, CTO);
    }

    @Test
    void onlyThePartiesOfTheWorkshopCount() {
        AuditChain.Entry elsewhere = new AuditChain.Entry(50, AT, 11L, 5L, "someone", AuditKind.PIN_SET.name(), null,
                "{}", "", "");
        timeline.saw(elsewhere);
        timeline.apply(new SealVerification.Event(elsewhere, Map.of(SealVerification.PUBLIC_KEY, "other-5")), Set.of(),
                found);

        assertThat(timeline.partiesWithKeys(WORKSHOP)).containsExactlyInAnyOrder(CISO, CTO);
        assertThat(timeline.partiesWithKeys(11)).containsExactly(5L);
    }
}
