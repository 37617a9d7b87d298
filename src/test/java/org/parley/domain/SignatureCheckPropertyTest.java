package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Parley signs with the JDK's Ed25519 and checks with Bouncy Castle's (decision 0023): the two must
 * agree on every signature, true for the one made and false for any bit changed in message,
 * signature or key.
 */
class SignatureCheckPropertyTest {

    @Property(tries = 200)
    void whatTheJdkSignsIsCheckedAsTheJdkChecksIt(
            @ForAll @Size(max = 300) byte[] message,
            @ForAll long keySeed,
            @ForAll @IntRange(min = 0, max = 511) int signatureBit,
            @ForAll @IntRange(min = 0, max = 255) int keyBit) throws GeneralSecurityException {
        KeyPair pair = keyPair(keySeed);
        java.security.Signature signer = java.security.Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(message);
        byte[] signature = signer.sign();
        byte[] rawKey = Signatures.rawPublicKey(pair.getPublic());

        assertThat(check(rawKey, message, signature)).isTrue();
        assertThat(jdkCheck(rawKey, message, signature)).isTrue();

        byte[] badSignature = flipped(signature, signatureBit);
        assertThat(check(rawKey, message, badSignature)).isEqualTo(jdkCheck(rawKey, message, badSignature)).isFalse();

        byte[] otherKey = flipped(rawKey, keyBit);
        assertThat(check(otherKey, message, signature)).isFalse();

        if (message.length > 0) {
            byte[] otherMessage = flipped(message, Math.floorMod(keySeed, message.length * 8L));
            assertThat(check(rawKey, otherMessage, signature)).isFalse();
        }
    }

    private static boolean check(byte[] rawKey, byte[] message, byte[] signature) {
        return Signatures.verify(Base64.getEncoder().encodeToString(rawKey), message,
                Base64.getEncoder().encodeToString(signature));
    }

    private static boolean jdkCheck(byte[] rawKey, byte[] message, byte[] signature) {
        try {
            java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
            verifier.initVerify(Signatures.publicKey(rawKey));
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static KeyPair keyPair(long seed) throws GeneralSecurityException {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(seed);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(255, random);
        return generator.generateKeyPair();
    }

    private static byte[] flipped(byte[] bytes, long bit) {
        byte[] copy = bytes.clone();
        copy[(int) (bit / 8)] ^= (byte) (1 << (bit % 8));
        return copy;
    }
}
