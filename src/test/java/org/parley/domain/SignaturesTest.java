package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Ed25519 signed through the JDK and checked through Bouncy Castle, against RFC 8032's own test vectors. */
class SignaturesTest {

    private static final HexFormat HEX = HexFormat.of();
    /** The PKCS#8 encoding of an Ed25519 private key is this DER header followed by the 32-byte seed (RFC 8410). */
    private static final String PKCS8_PREFIX = "302e020100300506032b657004220420";

    /** RFC 8032 (EdDSA), section 7.1, TEST 1: the empty message. */
    private static final Vector TEST_1 = new Vector(
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                    + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    /** RFC 8032 (EdDSA), section 7.1, TEST 2: the one-byte message 0x72. */
    private static final Vector TEST_2 = new Vector(
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                    + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");

    /** RFC 8032 (EdDSA), section 7.1, TEST 3: the two-byte message 0xaf82. */
    private static final Vector TEST_3 = new Vector(
            "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                    + "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");

    private record Vector(String secretKey, String publicKey, String message, String signature) {

        String publicKeyBase64() {
            return Base64.getEncoder().encodeToString(HEX.parseHex(publicKey));
        }

        String signatureBase64() {
            return Base64.getEncoder().encodeToString(HEX.parseHex(signature));
        }

        byte[] messageBytes() {
            return HEX.parseHex(message);
        }
    }

    @Test
    void theJdkDerivesTheRfc8032PublicKeysFromTheirSecretKeys() throws GeneralSecurityException {
        for (Vector vector : new Vector[] {TEST_1, TEST_2, TEST_3}) {
            assertThat(HEX.formatHex(Signatures.rawPublicKey(publicKeyFromSeed(vector.secretKey()))))
                    .isEqualTo(vector.publicKey());
        }
    }

    @Test
    void aSigningKeySignsTheRfc8032MessagesAsTheRfcSays() throws GeneralSecurityException {
        for (Vector vector : new Vector[] {TEST_1, TEST_2, TEST_3}) {
            SigningKey key = new SigningKey(privateKey(vector.secretKey()), vector.publicKeyBase64());

            assertThat(key.sign(vector.messageBytes())).isEqualTo(vector.signatureBase64());
            assertThat(Signatures.verify(vector.publicKeyBase64(), vector.messageBytes(), vector.signatureBase64()))
                    .isTrue();
        }
    }

    @Test
    void aFlippedBitInMessageSignatureOrKeyFailsVerification() {
        byte[] message = Arrays.copyOf(TEST_2.messageBytes(), 1);
        message[0] ^= 1;
        assertThat(Signatures.verify(TEST_2.publicKeyBase64(), message, TEST_2.signatureBase64())).isFalse();

        for (int bit : new int[] {0, 7, 255, 511}) {
            String signature = flip(TEST_2.signature(), bit);
            assertThat(Signatures.verify(TEST_2.publicKeyBase64(), TEST_2.messageBytes(), signature))
                    .as("signature bit %d", bit).isFalse();
        }
        for (int bit : new int[] {0, 7, 128, 254}) {
            String key = flip(TEST_2.publicKey(), bit);
            assertThat(Signatures.verify(key, TEST_2.messageBytes(), TEST_2.signatureBase64()))
                    .as("key bit %d", bit).isFalse();
        }
        assertThat(Signatures.verify(TEST_1.publicKeyBase64(), TEST_2.messageBytes(), TEST_2.signatureBase64()))
                .as("another party's key").isFalse();
    }

    @Test
    void malformedKeysAndSignaturesAreFalseNotErrors() {
        byte[] message = TEST_2.messageBytes();
        String key = TEST_2.publicKeyBase64();
        String signature = TEST_2.signatureBase64();

        assertThat(Signatures.verify("not base64!", message, signature)).isFalse();
        assertThat(Signatures.verify(key, message, "not base64!")).isFalse();
        assertThat(Signatures.verify(key.substring(4), message, signature)).as("a short key").isFalse();
        assertThat(Signatures.verify(key, message, signature.substring(4))).as("a short signature").isFalse();
        assertThat(Signatures.verify("", message, "")).isFalse();
        assertThat(Signatures.verify(null, message, signature)).isFalse();
        assertThat(Signatures.verify(key, (byte[]) null, signature)).isFalse();
        assertThat(Signatures.verify(key, (String) null, signature)).isFalse();
        String x509Key = Base64.getEncoder()
                .encodeToString(HEX.parseHex("302a300506032b6570032100" + TEST_2.publicKey()));
        assertThat(Signatures.verify(x509Key, message, signature)).as("X.509 instead of raw").isFalse();
    }

    @Test
    void aHashIsSignedAsItsHexText() throws GeneralSecurityException {
        SigningKey key = new SigningKey(privateKey(TEST_1.secretKey()), TEST_1.publicKeyBase64());
        String hash = Signatures.sha256Hex("abc");

        String signature = key.sign(hash);

        assertThat(Signatures.verify(TEST_1.publicKeyBase64(), hash, signature)).isTrue();
        assertThat(Signatures.verify(TEST_1.publicKeyBase64(), hash.getBytes(StandardCharsets.UTF_8),
                signature)).isTrue();
        assertThat(Signatures.verify(TEST_1.publicKeyBase64(), Signatures.sha256Hex("abd"), signature)).isFalse();
    }

    /** FIPS 180-2, appendix B.1: SHA-256 of "abc". */
    @Test
    void sha256HexIsLowerCaseHexOfUtf8() {
        assertThat(Signatures.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aFingerprintIsEightGroupsOfFourHexDigitsFromTheRawKey() {
        String expected = HEX.formatHex(Signatures.sha256(HEX.parseHex(TEST_1.publicKey())), 0, 16);

        String fingerprint = Signatures.fingerprint(TEST_1.publicKeyBase64());

        assertThat(fingerprint).matches("[0-9a-f]{4}(:[0-9a-f]{4}){7}");
        assertThat(fingerprint.replace(":", "")).isEqualTo(expected);
        assertThat(Signatures.fingerprint(TEST_2.publicKeyBase64())).isNotEqualTo(fingerprint);
    }

    @Test
    void rawKeysTurnIntoJdkKeysAndBack() throws GeneralSecurityException {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] raw = Signatures.rawPublicKey(pair.getPublic());

        assertThat(raw).hasSize(32);
        assertThat(Signatures.publicKey(raw)).isEqualTo(pair.getPublic());
    }

    private static String flip(String hex, int bit) {
        byte[] bytes = HEX.parseHex(hex);
        bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static PrivateKey privateKey(String seedHex) throws GeneralSecurityException {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(HEX.parseHex(PKCS8_PREFIX + seedHex));
        return KeyFactory.getInstance("Ed25519").generatePrivate(spec);
    }

    /** The JDK's generator takes its 32-byte secret key from the random source, so a fixed source fixes the key. */
    private static PublicKey publicKeyFromSeed(String seedHex) throws GeneralSecurityException {
        byte[] seed = HEX.parseHex(seedHex);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(255, new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, bytes.length);
            }
        });
        return generator.generateKeyPair().getPublic();
    }
}
