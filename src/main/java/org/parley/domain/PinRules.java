package org.parley.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * What a PIN must be, and the PBKDF2-HMAC-SHA256 hashes ({@code pbkdf2-sha256$<iterations>$<salt>$<hash>}) that
 * Parley stored before signing keys: still accepted, and replaced by an Argon2id {@link PinVault} at their next
 * right use (decision 0009). New PINs are stored only as vaults.
 */
public final class PinRules {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    /** The most PBKDF2 iterations a legacy hash may ask for; Parley wrote 600,000. */
    static final int MAX_LEGACY_ITERATIONS = 2_000_000;

    /** The legacy hashes' scheme, as their text starts. */
    public static final String LEGACY_SCHEME = "pbkdf2-sha256";

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

    /** True when {@code pin} is the PIN behind {@code stored}; compares in constant time. */
    public static boolean matches(String pin, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(LEGACY_SCHEME) || pin == null) {
            return false;
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] salt = base64.decode(parts[2]);
            byte[] expected = base64.decode(parts[3]);
            int iterations = Integer.parseInt(parts[1]);
            // Parley wrote 600,000; a number far beyond it is an edited row that would stall every check.
            if (iterations < 1 || iterations > MAX_LEGACY_ITERATIONS || expected.length == 0 || expected.length > 64) {
                return false;
            }
            return MessageDigest.isEqual(expected, pbkdf2(pin, salt, iterations, expected.length * 8));
        } catch (IllegalArgumentException garbled) {
            return false;
        }
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
