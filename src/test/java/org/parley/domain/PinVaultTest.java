package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

/** All but one test use cheap Argon2id costs (1 MiB, one pass); the cost is read back from the verifier anyway. */
class PinVaultTest {

    private static final String PIN = "tulip 4711";

    private static PinVault cheap(String pin) {
        return PinVault.create(pin, 1024, 1);
    }

    /** RFC 9106 (Argon2), section 5.3: the Argon2id test vector, so the KDF is really Argon2id v1.3. */
    @Test
    void argon2idMatchesTheRfc9106TestVector() {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(32).withIterations(3).withParallelism(4)
                .withSalt(filled(16, 0x02)).withSecret(filled(8, 0x03)).withAdditional(filled(12, 0x04))
                .build());
        byte[] tag = new byte[32];

        generator.generateBytes(filled(32, 0x01), tag);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    /** The stored verifier is HMAC-SHA256 of the Argon2id master key, recomputed here from the stored salt. */
    @Test
    void theVerifierIsAnHmacOfTheArgon2idMasterKey() throws Exception {
        PinVault vault = cheap(PIN);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(1024).withIterations(1).withParallelism(1)
                .withSalt(Base64.getDecoder().decode(salt(vault)))
                .build());
        byte[] master = new byte[32];
        generator.generateBytes(PIN.getBytes(StandardCharsets.UTF_8), master);
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(master, "HmacSHA256"));

        byte[] verifier = hmac.doFinal("parley pin verifier".getBytes(StandardCharsets.UTF_8));

        assertThat(Base64.getEncoder().withoutPadding().encodeToString(verifier)).isEqualTo(verifierPart(vault, 4));
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Test
    void theDefaultCostIsWrittenIntoTheVerifier() {
        // The build gives its test JVMs a cheaper cost; Parley, without the property, pays the real one.
        String suiteCost = System.clearProperty(PinVault.TEST_COST_PROPERTY);
        try {
            PinVault vault = PinVault.create(PIN);

            assertThat(vault.verifier()).startsWith("argon2id$v=19$m=65536,t=3,p=1$");
            assertThat(vault.matches(PIN)).isTrue();
            assertThat(vault.reseal(PIN, "another-pin-9").verifier()).startsWith("argon2id$v=19$m=65536,t=3,p=1$");
        } finally {
            if (suiteCost != null) {
                System.setProperty(PinVault.TEST_COST_PROPERTY, suiteCost);
            }
        }
    }

    @Test
    void theTestSuitesCostIsWrittenIntoTheVerifierSoTheVaultStillOpensWithoutIt() {
        String suiteCost = System.setProperty(PinVault.TEST_COST_PROPERTY, "m=1024,t=1");
        PinVault vault;
        try {
            vault = PinVault.create(PIN);
        } finally {
            if (suiteCost == null) {
                System.clearProperty(PinVault.TEST_COST_PROPERTY);
            } else {
                System.setProperty(PinVault.TEST_COST_PROPERTY, suiteCost);
            }
        }
        assertThat(vault.verifier()).startsWith("argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(vault.matches(PIN)).isTrue();
        assertThat(vault.matches("not-the-pin")).isFalse();
    }

    @Test
    void theRightPinUnlocksAKeyWhoseSignaturesThePublicKeyVerifies() {
        PinVault vault = cheap(PIN);
        String hash = Signatures.sha256Hex("agreement 7, version 2");

        SigningKey key = vault.unlock(PIN).orElseThrow();
        String signature = key.sign(hash);

        assertThat(key.publicKey()).isEqualTo(vault.publicKey());
        assertThat(key.fingerprint()).isEqualTo(vault.fingerprint());
        assertThat(Signatures.verify(vault.publicKey(), hash, signature)).isTrue();
        assertThat(vault.matches(PIN)).isTrue();
    }

    @Test
    void aVaultHoldsNeitherThePinNorThePrivateKeyInTheClear() {
        PinVault vault = cheap(PIN);

        assertThat(vault.verifier())
                .matches("argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(Base64.getDecoder().decode(vault.publicKey())).hasSize(32);
        assertThat(Base64.getDecoder().decode(vault.sealedKey()))
                .as("nonce, 48-byte PKCS#8 key, GCM tag").hasSize(12 + 48 + 16);
        assertThat(vault.toString()).doesNotContain(PIN);
        assertThat(vault.unlock(PIN).orElseThrow().toString()).isEqualTo("SigningKey[" + vault.fingerprint() + "]");
    }

    @Test
    void aWrongPinUnlocksNothing() {
        PinVault vault = cheap(PIN);

        assertThat(vault.unlock("tulip 4712")).isEmpty();
        assertThat(vault.unlock("")).isEmpty();
        assertThat(vault.unlock(null)).isEmpty();
        assertThat(vault.matches("tulip 4711 ")).isFalse();
    }

    @Test
    void anInvalidPinMakesNoVault() {
        assertThatThrownBy(() -> cheap("12"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("pin"))
                .hasMessage(PinRules.problem("12"));
        assertThatThrownBy(() -> cheap(null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void twoVaultsOfTheSamePinShareNothing() {
        PinVault first = cheap(PIN);
        PinVault second = cheap(PIN);

        assertThat(salt(second)).as("a fresh salt").isNotEqualTo(salt(first));
        assertThat(second.verifier()).isNotEqualTo(first.verifier());
        assertThat(second.publicKey()).as("a fresh key pair").isNotEqualTo(first.publicKey());
        assertThat(second.sealedKey()).isNotEqualTo(first.sealedKey());
    }

    @Test
    void resealingKeepsTheKeyPairAndRetiresTheOldPin() {
        PinVault vault = cheap(PIN);

        PinVault resealed = vault.reseal(PIN, "staple 0815", 1024, 1);

        assertThat(resealed.publicKey()).isEqualTo(vault.publicKey());
        assertThat(salt(resealed)).isNotEqualTo(salt(vault));
        assertThat(resealed.matches(PIN)).isFalse();
        SigningKey key = resealed.unlock("staple 0815").orElseThrow();
        assertThat(Signatures.verify(vault.publicKey(), new byte[] {1, 2, 3}, key.sign(new byte[] {1, 2, 3}))).isTrue();
    }

    @Test
    void resealingNeedsTheCurrentPinAndAValidNewOne() {
        PinVault vault = cheap(PIN);

        assertThatThrownBy(() -> vault.reseal("wrong pin!", "staple 0815", 1024, 1))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("currentPin"))
                .hasMessage("The current PIN is not right.");
        assertThatThrownBy(() -> vault.reseal(PIN, "12", 1024, 1))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("pin"));
    }

    @Test
    void anEditedVerifierDoesNotUnlock() {
        PinVault vault = cheap(PIN);

        PinVault otherVerifier = withVerifierPart(vault, 4, flipFirstByte(verifierPart(vault, 4)));
        PinVault otherSalt = withVerifierPart(vault, 3, flipFirstByte(verifierPart(vault, 3)));

        assertThat(otherVerifier.unlock(PIN)).as("verifier").isEmpty();
        assertThat(otherSalt.unlock(PIN)).as("salt").isEmpty();
        assertThat(withVerifierPart(vault, 2, "m=2048,t=1,p=1").unlock(PIN)).as("cost").isEmpty();
    }

    @Test
    void aDamagedVaultFailsClearly() {
        PinVault vault = cheap(PIN);

        for (PinVault damaged : new PinVault[] {
                new PinVault("plain text", vault.publicKey(), vault.sealedKey()),
                new PinVault(vault.verifier().replace("argon2id", "argon2i"), vault.publicKey(), vault.sealedKey()),
                withVerifierPart(vault, 1, "v=16"),
                withVerifierPart(vault, 2, "m=99999999,t=1,p=1"),
                withVerifierPart(vault, 4, "not*base64"),
                withVerifierPart(vault, 4, ""),
                new PinVault(vault.verifier(), vault.publicKey().substring(4), vault.sealedKey()),
                new PinVault(vault.verifier(), vault.publicKey(), "AAAA")}) {
            assertThatThrownBy(() -> damaged.unlock(PIN)).as(damaged.toString())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The stored PIN of this party is damaged");
        }
    }

    @Test
    void anEditedSealedKeyOrPublicKeyFailsClearlyWithTheRightPin() {
        PinVault vault = cheap(PIN);
        byte[] sealed = Base64.getDecoder().decode(vault.sealedKey());
        sealed[20] ^= 1;
        PinVault otherParty = cheap("staple 0815");

        for (PinVault edited : new PinVault[] {
                new PinVault(vault.verifier(), vault.publicKey(), Base64.getEncoder().encodeToString(sealed)),
                new PinVault(vault.verifier(), otherParty.publicKey(), vault.sealedKey()),
                new PinVault(vault.verifier(), vault.publicKey(), otherParty.sealedKey())}) {
            assertThatThrownBy(() -> edited.unlock(PIN))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("does not open");
        }
    }

    @Test
    void anAttackersOwnVaultCannotTakeOverAPartysPublicKey() {
        PinVault party = cheap(PIN);
        PinVault attacker = cheap("attacker 1");

        // The attacker knows its own PIN, but the sealed key was bound to its own public key.
        PinVault swapped = new PinVault(attacker.verifier(), party.publicKey(), attacker.sealedKey());

        assertThat(swapped.unlock(PIN)).isEmpty();
        assertThatThrownBy(() -> swapped.unlock("attacker 1")).isInstanceOf(IllegalStateException.class);
    }

    private static String salt(PinVault vault) {
        return verifierPart(vault, 3);
    }

    private static String verifierPart(PinVault vault, int index) {
        return vault.verifier().split("\\$")[index];
    }

    private static PinVault withVerifierPart(PinVault vault, int index, String part) {
        String[] parts = vault.verifier().split("\\$");
        parts[index] = part;
        return new PinVault(String.join("$", parts), vault.publicKey(), vault.sealedKey());
    }

    private static String flipFirstByte(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        bytes[0] ^= 1;
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
