package org.parley.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Objects;

/**
 * A party's Ed25519 private key, unlocked with its PIN for as long as a signing takes. Only
 * {@link PinVault} makes one, so holding one proves the PIN was entered.
 */
public final class SigningKey {

    private final PrivateKey privateKey;
    private final String publicKey;

    SigningKey(PrivateKey privateKey, String publicKey) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
    }

    /** Base64 of the 32 raw public key bytes, as {@link PinVault#publicKey()} holds it. */
    public String publicKey() {
        return publicKey;
    }

    /** Base64 of the 64-byte Ed25519 signature of the message. */
    public String sign(byte[] message) {
        try {
            // Spelled out: org.parley.domain.Signature is a party's sign-off, not this.
            java.security.Signature signer = java.security.Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(message);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign with Ed25519", e);
        }
    }

    /** Signs a SHA-256 as its hex text, so that anyone can check the signature against the hash they see. */
    public String sign(String sha256Hex) {
        return sign(sha256Hex.getBytes(StandardCharsets.UTF_8));
    }

    /** For {@link PinVault#reseal}, which seals the same key under a new PIN. */
    PrivateKey privateKey() {
        return privateKey;
    }

    public String fingerprint() {
        return Signatures.fingerprint(publicKey);
    }

    /** Never the key itself, so that a log line or a debugger cannot leak it. */
    @Override
    public String toString() {
        return "SigningKey[" + fingerprint() + "]";
    }
}
