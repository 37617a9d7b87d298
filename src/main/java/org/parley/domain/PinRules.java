package org.parley.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PINs are stored only as salted PBKDF2-HMAC-SHA256 hashes, written as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so the cost can be raised later without losing old PINs.
 */
public final class PinRules {

    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 12;
    /** OWASP's Password Storage Cheat Sheet recommends 600,000 iterations for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinRules() {
    }

    /** Why the text cannot be a PIN, or null when it can. */
    public static String problem(String pin) {
        if (pin == null || pin.length() < MIN_LENGTH || pin.length() > MAX_LENGTH) {
            return "A PIN has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.";
        }
        if (!pin.strip().equals(pin)) {
            return "A PIN cannot start or end with a space.";
        }
        return null;
    }

    public static String hash(String pin) {
        return hash(pin, ITERATIONS);
    }

    /** Hashes with a fresh random salt; fewer iterations only where a test needs speed, never in Parley. */
    public static String hash(String pin, int iterations) {
        String problem = problem(pin);
        if (problem != null) {
            throw new RuleViolation("pin", problem);
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(pin, salt, iterations, HASH_BITS);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** True when {@code pin} is the PIN behind {@code stored}; compares in constant time. */
    public static boolean matches(String pin, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME) || pin == null) {
            return false;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] salt = base64.decode(parts[2]);
        byte[] expected = base64.decode(parts[3]);
        byte[] actual = pbkdf2(pin, salt, Integer.parseInt(parts[1]), expected.length * 8);
        return MessageDigest.isEqual(expected, actual);
    }

    /** PBKDF2-HMAC-SHA256 as the JDK provides it. */
    public static byte[] pbkdf2(String password, byte[] salt, int iterations, int bits) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
