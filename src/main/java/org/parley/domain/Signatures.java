package org.parley.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Ed25519 with keys written as base64 of their 32 raw bytes: checking a signature, a key's short
 * fingerprint for people to compare, and SHA-256 of text. Signatures are made with the JDK's Ed25519
 * ({@link SigningKey}) and checked with Bouncy Castle's RFC 8032 arithmetic, which is about ten times
 * faster than the JDK's on Java 17 and decides the time {@code verify} takes (decision 0023).
 */
public final class Signatures {

    static final int KEY_BYTES = 32;
    static final int SIGNATURE_BYTES = 64;
    /** The X.509 encoding of an Ed25519 key is always this DER header followed by the raw key (RFC 8410). */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final int FINGERPRINT_BYTES = 16;
    private static final int DECODED_KEYS_KEPT = 64;
    /** Least recently used first, so the map forgets the key it has not needed longest. */
    private static final Map<String, Ed25519.PublicPoint> DECODED_KEYS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ed25519.PublicPoint> eldest) {
            return size() > DECODED_KEYS_KEPT;
        }
    };

    private Signatures() {
    }

    /** True only for a well-formed key and signature that match the message; never throws. */
    public static boolean verify(String publicKeyBase64, byte[] message, String signatureBase64) {
        if (publicKeyBase64 == null || message == null || signatureBase64 == null) {
            return false;
        }
        try {
            byte[] signature = Base64.getDecoder().decode(signatureBase64);
            if (signature.length != SIGNATURE_BYTES) {
                return false;
            }
            Ed25519.PublicPoint key = decodedKey(publicKeyBase64);
            return key != null && Ed25519.verify(signature, 0, key, message, 0, message.length);
        } catch (IllegalArgumentException e) {
            // A malformed key or signature is as good as a wrong one: the caller only needs "not signed".
            return false;
        }
    }

    /**
     * The key as a curve point, decoded once: a store holds a handful of keys and thousands of signatures.
     * Null when the text is not the encoding of a point on the curve (RFC 8032, 5.1.3).
     */
    private static Ed25519.PublicPoint decodedKey(String publicKeyBase64) {
        synchronized (DECODED_KEYS) {
            Ed25519.PublicPoint known = DECODED_KEYS.get(publicKeyBase64);
            if (known != null) {
                return known;
            }
        }
        byte[] raw = Base64.getDecoder().decode(publicKeyBase64);
        if (raw.length != KEY_BYTES) {
            return null;
        }
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyPartialExport(raw, 0);
        if (point != null) {
            synchronized (DECODED_KEYS) {
                DECODED_KEYS.put(publicKeyBase64, point);
            }
        }
        return point;
    }

    /** Checks a signature over a SHA-256 as Parley signs it: the UTF-8 bytes of its hex text. */
    public static boolean verify(String publicKeyBase64, String sha256Hex, String signatureBase64) {
        return sha256Hex != null
                && verify(publicKeyBase64, sha256Hex.getBytes(StandardCharsets.UTF_8), signatureBase64);
    }

    /** The first 16 bytes of SHA-256 of the raw key, as eight groups of four hex digits: short enough to read aloud. */
    public static String fingerprint(String publicKeyBase64) {
        byte[] raw = Base64.getDecoder().decode(publicKeyBase64);
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("An Ed25519 public key has " + KEY_BYTES + " bytes, not " + raw.length);
        }
        String hex = HexFormat.of().formatHex(Arrays.copyOf(sha256(raw), FINGERPRINT_BYTES));
        StringBuilder fingerprint = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            fingerprint.append(i == 0 ? "" : ":").append(hex, i, i + 4);
        }
        return fingerprint.toString();
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks SHA-256", e);
        }
    }

    /** The 32 raw bytes of a JDK Ed25519 key, taken from its X.509 encoding. */
    static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != X509_PREFIX.length + KEY_BYTES
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("Not an Ed25519 public key: " + key.getAlgorithm());
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    /** A JDK Ed25519 key from its 32 raw bytes; IllegalArgumentException when they cannot be one. */
    static PublicKey publicKey(byte[] raw) {
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("An Ed25519 public key has " + KEY_BYTES + " bytes, not " + raw.length);
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + KEY_BYTES);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, KEY_BYTES);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks Ed25519", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        }
    }
}
