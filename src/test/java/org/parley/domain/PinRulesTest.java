package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PinRulesTest {

    /** RFC 7914 (scrypt), section 11: test vectors for PBKDF2 with HMAC-SHA-256. */
    @Test
    void pbkdf2MatchesTheRfc7914TestVectors() {
        assertThat(HexFormat.of().formatHex(PinRules.pbkdf2("passwd", bytes("salt"), 1, 512)))
                .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        assertThat(HexFormat.of().formatHex(PinRules.pbkdf2("Password", bytes("NaCl"), 80000, 512)))
                .isEqualTo("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                        + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLegacyHashMatchesOnlyItsPin() {
        String stored = legacyHash("4711", "salt-of-sixteen!", 1000);

        assertThat(PinRules.matches("4711", stored)).isTrue();
        assertThat(PinRules.matches("4712", stored)).isFalse();
        assertThat(PinRules.matches("4711", legacyHash("4711", "another salt....", 1000)))
                .as("each hash is checked with its own salt").isTrue();
    }

    @Test
    void aLegacyHashOfOneIterationToTwoMillionAndOfAtMost64BytesIsChecked() {
        assertThat(PinRules.matches("4711", legacy(1, 256))).isTrue();
        assertThat(PinRules.matches("4711", legacy(2_000_000, 256))).isTrue();
        assertThat(PinRules.matches("4711", legacy(1, 512))).isTrue();
        assertThat(PinRules.matches("4711", legacy(1, 8))).isTrue();
    }

    @Test
    void aLegacyHashOutsideThoseBoundsNeverMatches() {
        String oneIteration = legacy(1, 256);

        assertThat(PinRules.matches("4711", oneIteration.replace("$1$", "$0$"))).isFalse();
        assertThat(PinRules.matches("4711", oneIteration.replace("$1$", "$2000001$"))).isFalse();
        assertThat(PinRules.matches("4711", legacy(1, 520))).as("65 bytes").isFalse();
        assertThat(PinRules.matches("4711", oneIteration.substring(0, oneIteration.lastIndexOf('$') + 1) + "$"))
                .isFalse();
    }

    @Test
    void aLegacyHashOfAnotherSchemeOrShapeOrWithoutAPinNeverMatches() {
        String stored = legacy(1, 256);

        assertThat(PinRules.matches(null, stored)).isFalse();
        assertThat(PinRules.matches("4711", stored.replace("pbkdf2-sha256", "pbkdf2-sha1"))).isFalse();
        assertThat(PinRules.matches("4711", stored + "$extra")).isFalse();
        assertThat(PinRules.matches("4711", stored.replace("$1$", "$one$"))).isFalse();
        assertThat(PinRules.matches("4711", stored.substring(0, stored.lastIndexOf('$') + 1) + "not*base64"))
                .isFalse();
    }

    /** A legacy hash of "4711" with {@code bits} of hash: the length a stored hash says it checks. */
    private static String legacy(int iterations, int bits) {
        return legacyHash("4711", "salt-of-sixteen!", iterations, bits);
    }

    /** A hash as Parley wrote them before version 6: {@code pbkdf2-sha256$iterations$salt$hash}, base64. */
    static String legacyHash(String pin, String salt, int iterations) {
        return legacyHash(pin, salt, iterations, 256);
    }

    private static String legacyHash(String pin, String salt, int iterations, int bits) {
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder().withoutPadding();
        byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
        return PinRules.LEGACY_SCHEME + "$" + iterations + "$" + base64.encodeToString(saltBytes) + "$"
                + base64.encodeToString(PinRules.pbkdf2(pin, saltBytes, iterations, bits));
    }

    @Test
    void garbledHashesNeverMatch() {
        assertThat(PinRules.matches("4711", null)).isFalse();
        assertThat(PinRules.matches("4711", "plain text")).isFalse();
    }

    @Test
    void pinsHaveEightToSixtyFourCharacters() {
        assertThat(PinRules.problem("1234567")).isEqualTo("A PIN has 8 to 64 characters.");
        assertThat(PinRules.problem("x".repeat(65))).isEqualTo("A PIN has 8 to 64 characters.");
        assertThat(PinRules.problem(" 12345678")).isEqualTo("A PIN cannot start or end with a space.");
        assertThat(PinRules.problem("12345678")).isNull();
        assertThat(PinRules.problem("x".repeat(64))).isNull();
    }

    @Test
    void fiveWrongPinsInARowMeanAThirtySecondWait() {
        PinGuard guard = new PinGuard();
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        for (int i = 0; i < 4; i++) {
            guard.failed(now);
            assertThat(guard.waitLeft(now)).isZero();
        }
        assertThat(guard.triesLeft()).isEqualTo(1);
        guard.failed(now);
        assertThat(guard.waitLeft(now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(guard.waitLeft(now.plusSeconds(29))).isEqualTo(Duration.ofSeconds(1));
        assertThat(guard.waitLeft(now.plusSeconds(30))).isZero();
    }

    @Test
    void aRightPinResetsTheCount() {
        PinGuard guard = new PinGuard();
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        for (int i = 0; i < 4; i++) {
            guard.failed(now);
        }
        guard.succeeded();
        guard.failed(now);
        assertThat(guard.waitLeft(now)).isZero();
        assertThat(guard.triesLeft()).isEqualTo(4);
    }
}
