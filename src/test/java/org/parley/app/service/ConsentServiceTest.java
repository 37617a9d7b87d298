package org.parley.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Actor;
import org.parley.domain.AuditChain;
import org.parley.domain.Party;
import org.parley.domain.PinRules;
import org.parley.domain.RuleViolation;
import org.parley.domain.Seat;
import org.parley.domain.Signatures;
import org.parley.domain.Workshop;
import org.parley.store.Store;
import org.parley.store.StoreSql;
import org.parley.testing.TestStores;

/** PINs, the signing keys they unlock, and the consents only a checked PIN gives. */
class ConsentServiceTest {

    @TempDir
    Path folder;
    private Store store;
    private Services services;
    private Workshop workshop;
    private Party ciso;
    private Party cto;

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        services = new Services(store);
        workshop = services.workshops().create("Q3 review", Consent.nobody(Actor.WINDOW));
        List<Party> parties = services.workshops().parties(workshop.id());
        ciso = parties.get(0);
        cto = parties.get(1);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<AuditChain.Entry> events(String kind) {
        return services.audit().events(workshop.id()).stream().filter(e -> e.kind().equals(kind)).toList();
    }

    @Test
    void aNewPinGivesThePartyAKeyWhosePublicHalfTheLogRegisters() {
        Party withPin = services.consents().setPin(services.consents().confirm(ciso, null), ciso, null, "river-stone-7");

        String fingerprint = services.consents().fingerprint(withPin).orElseThrow();
        AuditChain.Entry set = events("PIN_SET").get(0);
        assertThat(set.payload()).contains("\"fingerprint\":\"" + fingerprint + "\"").contains("\"publicKey\":")
                .doesNotContain("river-stone-7");
        assertThat(fingerprint).matches("([0-9a-f]{4}:){7}[0-9a-f]{4}");
        Consent consent = services.consents().confirm(withPin, "river-stone-7");
        assertThat(consent.key(Seat.FIRST)).isPresent();
        assertThat(Signatures.fingerprint(consent.key(Seat.FIRST).orElseThrow().publicKey())).isEqualTo(fingerprint);
    }

    @Test
    void changingThePinKeepsTheKeySoEarlierSignaturesStillVerify() {
        Party withPin = services.consents().setPin(services.consents().confirm(ciso, null), ciso, null, "river-stone-7");
        String before = services.consents().fingerprint(withPin).orElseThrow();

        services.consents().setPin(services.consents().confirm(withPin, "river-stone-7"), withPin, "river-stone-7",
                "lake-cloud-99");

        assertThat(services.consents().fingerprint(withPin)).contains(before);
        assertThat(services.consents().checkPin(withPin, "river-stone-7").accepted()).isFalse();
        assertThat(services.consents().checkPin(withPin, "lake-cloud-99").accepted()).isTrue();
        assertThat(events("PIN_SET").get(0).payload()).contains("\"newKey\":false");
    }

    @Test
    void aNewKeyAfterARemovedOneNeedsTheOtherPartysKeyAndVerifyAcceptsIt() {
        Party first = services.consents().setPin(services.consents().confirm(ciso, null), ciso, null, "river-stone-7");
        Party second = services.consents().setPin(services.consents().confirm(cto, null), cto, null, "lake-cloud-99");
        String oldKey = services.consents().fingerprint(first).orElseThrow();
        Party cleared = services.consents().clearPin(services.consents().confirm(first, "river-stone-7"), first,
                "river-stone-7");
        assertThat(events("PIN_CLEARED").get(0).payload()).as("the key signs its own retirement").contains("\"seal\"");

        Consent alone = services.consents().confirm(cleared, null);
        assertThatThrownBy(() -> services.consents().setPin(alone, cleared, null, "new-stone-8"))
                .isInstanceOf(BothPartiesNeeded.class);
        Consent both = alone.and(services.consents().confirm(second, "lake-cloud-99"));
        services.consents().setPin(both, cleared, null, "new-stone-8");

        assertThat(services.consents().fingerprint(cleared)).isPresent().get().isNotEqualTo(oldKey);
        assertThat(services.audit().verify().broken()).isNull();
    }

    @Test
    void aPinFromBeforeSigningKeysIsUpgradedToAKeyAtItsNextRightUse() {
        StoreSql.execute(store, "UPDATE party SET pin_hash = '" + legacyHash("old-pin-2025") + "' WHERE id = " + ciso.id());
        Party legacy = services.workshops().parties(workshop.id()).get(0);
        assertThat(legacy.hasPin()).isTrue();
        assertThat(services.consents().fingerprint(legacy)).isEmpty();

        assertThat(services.consents().checkPin(legacy, "wrong-pin-2025").accepted()).isFalse();
        Consent consent = services.consents().confirm(legacy, "old-pin-2025");

        assertThat(consent.key(Seat.FIRST)).as("the right PIN upgrades the hash to a vault with a key").isPresent();
        assertThat(services.consents().fingerprint(legacy)).isPresent();
        assertThat(services.consents().checkPin(legacy, "old-pin-2025").accepted()).as("the same PIN still opens")
                .isTrue();
        assertThat(services.audit().verify().intact()).isTrue();
    }

    @Test
    void aLegacyPinShorterThanTodaysMinimumStillHandsOverButCannotSign() {
        StoreSql.execute(store, "UPDATE party SET pin_hash = '" + legacyHash("4711") + "' WHERE id = " + ciso.id());
        Party legacy = services.workshops().parties(workshop.id()).get(0);

        Consent consent = services.consents().confirm(legacy, "4711");

        assertThat(consent.includes(legacy)).isTrue();
        assertThat(consent.key(Seat.FIRST)).as("too short to hold a signing key").isEmpty();
    }

    @Test
    void noConsentWithoutTheRightPinAndNoneClaimedForAParty() {
        Party withPin = services.consents().setPin(services.consents().confirm(ciso, null), ciso, null, "river-stone-7");

        assertThatThrownBy(() -> services.consents().confirm(withPin, "guess-1234"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("pin"))
                .hasMessage("CISO: Wrong PIN. 4 tries left before a 30-second wait.");
        assertThatThrownBy(() -> services.consents().confirm(withPin, null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Consent.nobody(Actor.of(withPin))).isInstanceOf(IllegalArgumentException.class);
        Party stale = withPin.withPin(false);
        assertThatThrownBy(() -> services.consents().confirm(stale, null))
                .as("the store, not the caller's copy, says whether the party has a PIN").isInstanceOf(RuleViolation.class);
    }

    @Test
    void consentsJoinOnlyWithinOneWorkshopAndNameBothParties() {
        Consent first = services.consents().confirm(ciso, null);
        Consent both = first.and(services.consents().confirm(cto, null));
        Workshop other = services.workshops().create("Q4 review", Consent.nobody(Actor.WINDOW));
        Party elsewhere = services.workshops().parties(other.id()).get(1);

        assertThat(both.both()).isTrue();
        assertThat(both.actor().label()).isEqualTo("CISO and CTO");
        assertThat(both.actor().partyId()).isNull();
        assertThatThrownBy(() -> first.and(services.consents().confirm(elsewhere, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> services.divergence().revealAppetites(other.id(), both))
                .hasMessage("These parties belong to another workshop.");
    }

    /** A PIN hash as Parley stored them before signing keys: PBKDF2-HMAC-SHA256, as decision 0009 described. */
    private static String legacyHash(String pin) {
        byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PinRules.LEGACY_SCHEME + "$1000$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(PinRules.pbkdf2(pin, salt, 1000, 256));
    }
}
