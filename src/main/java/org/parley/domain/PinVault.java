package org.parley.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * What the store keeps of a party's PIN: an Argon2id verifier, and the party's Ed25519 private key sealed
 * with AES-256-GCM under a key derived from the same PIN (decision 11).
 *
 * @param verifier  {@code argon2id$v=19$m=65536,t=3,p=1$<salt>$<verifier>}, base64 without padding
 * @param publicKey base64 of the 32 raw Ed25519 public key bytes
 * @param sealedKey base64 of the 12-byte GCM nonce followed by the sealed PKCS#8 private key and its tag
 */
public record PinVault(String verifier, String publicKey, String sealedKey) {

    /** OWASP's Password Storage Cheat Sheet: Argon2id with 64 MiB, 3 passes, 1 lane (decision 9). */
    public static final int MEMORY_KIB = 65536, ITERATIONS = 3, PARALLELISM = 1;

    private static final String SCHEME = "argon2id";
    private static final int SALT_BYTES = 16;
    private static final int MASTER_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] VERIFIER_LABEL = "parley pin verifier".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ENCRYPTION_LABEL = "parley key encryption".getBytes(StandardCharsets.UTF_8);
    private static final Pattern COST = Pattern.compile("m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,2})");
    private static final SecureRandom RANDOM = new SecureRandom();

    public PinVault {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(sealedKey, "sealedKey");
    }

    /**
     * The test suite's cost for new vaults, "m=1024,t=1": set by the build for its own JVMs only, so that hundreds of
     * fixtures with PINs do not each pay a fifth of a second (decision 0009). Parley itself never sets it.
     */
    public static final String TEST_COST_PROPERTY = "parley.test.pinCost";

    /** A fresh key pair sealed under the PIN, with a fresh salt and the default cost. */
    public static PinVault create(String pin) {
        Cost cost = newVaultCost();
        return create(pin, cost.memoryKib(), cost.iterations());
    }

    /** Cheaper costs only where a test needs speed, never in Parley. */
    static PinVault create(String pin, int memoryKib, int iterations) {
        requireValid(pin);
        KeyPair pair = newKeyPair();
        byte[] rawPublic = Signatures.rawPublicKey(pair.getPublic());
        return seal(pin, pair.getPrivate(), rawPublic, new Cost(memoryKib, iterations, PARALLELISM));
    }

    /** The same key pair under a new PIN, with a fresh salt and the default cost. */
    public PinVault reseal(String currentPin, String newPin) {
        Cost cost = newVaultCost();
        return reseal(currentPin, newPin, cost.memoryKib(), cost.iterations());
    }

    private static Cost newVaultCost() {
        String configured = System.getProperty(TEST_COST_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return new Cost(MEMORY_KIB, ITERATIONS, PARALLELISM);
        }
        Matcher cost = COST.matcher(configured.strip() + ",p=" + PARALLELISM);
        if (!cost.matches()) {
            throw new IllegalStateException(TEST_COST_PROPERTY + " must read m=<KiB>,t=<passes>, not " + configured);
        }
        // Said in the log each time: a vault made so is cheap to guess, which only a test store may be.
        Logger.getLogger(PinVault.class.getName()).warning("A PIN vault is created at the test "
                + "suite's cost " + configured + " (" + TEST_COST_PROPERTY + " is set), not at m=" + MEMORY_KIB + ",t="
                + ITERATIONS);
        return new Cost(Integer.parseInt(cost.group(1)), Integer.parseInt(cost.group(2)), PARALLELISM);
    }

    /** Cheaper costs only where a test needs speed, never in Parley. */
    PinVault reseal(String currentPin, String newPin, int memoryKib, int iterations) {
        // The new PIN first: a typo there should not cost an Argon2id run.
        requireValid(newPin);
        SigningKey key = unlock(currentPin)
                .orElseThrow(() -> new RuleViolation("currentPin", "The current PIN is not right."));
        return seal(newPin, key.privateKey(), Base64.getDecoder().decode(publicKey),
                new Cost(memoryKib, iterations, PARALLELISM));
    }

    /**
     * The signing key when {@code pin} is right, empty when it is not. One Argon2id run gives both the
     * verifier and the key that unseals, so a right PIN costs no more than a wrong one.
     *
     * @throws IllegalStateException when the stored vault is damaged, or the PIN matches but the sealed key
     *                               does not open: signs that the store was edited behind Parley's back
     */
    public Optional<SigningKey> unlock(String pin) {
        Stored stored = Stored.parse(this);
        if (pin == null) {
            return Optional.empty();
        }
        byte[] master = argon2id(pin, stored.salt(), stored.cost());
        byte[] kek = hmac(master, ENCRYPTION_LABEL);
        try {
            if (!MessageDigest.isEqual(hmac(master, VERIFIER_LABEL), stored.tag())) {
                return Optional.empty();
            }
            return Optional.of(new SigningKey(open(kek, stored), publicKey));
        } finally {
            Arrays.fill(master, (byte) 0);
            Arrays.fill(kek, (byte) 0);
        }
    }

    public boolean matches(String pin) {
        return unlock(pin).isPresent();
    }

    public String fingerprint() {
        return Signatures.fingerprint(publicKey);
    }

    private static void requireValid(String pin) {
        String problem = PinRules.problem(pin);
        if (problem != null) {
            throw new RuleViolation("pin", problem);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks Ed25519", e);
        }
    }

    private static PinVault seal(String pin, PrivateKey privateKey, byte[] rawPublic, Cost cost) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] master = argon2id(pin, salt, cost);
        byte[] kek = hmac(master, ENCRYPTION_LABEL);
        byte[] pkcs8 = privateKey.getEncoded();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            // The public key as associated data: a sealed key pasted under another public key does not open.
            cipher.updateAAD(rawPublic);
            byte[] sealed = cipher.doFinal(pkcs8);
            byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            Base64.Encoder unpadded = Base64.getEncoder().withoutPadding();
            String verifier = SCHEME + "$v=19$" + cost + "$" + unpadded.encodeToString(salt)
                    + "$" + unpadded.encodeToString(hmac(master, VERIFIER_LABEL));
            return new PinVault(verifier, Base64.getEncoder().encodeToString(rawPublic),
                    Base64.getEncoder().encodeToString(stored));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal the signing key with AES-GCM", e);
        } finally {
            Arrays.fill(master, (byte) 0);
            Arrays.fill(kek, (byte) 0);
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private static PrivateKey open(byte[] kek, Stored stored) {
        byte[] pkcs8 = null;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"),
                    new GCMParameterSpec(TAG_BITS, stored.sealed(), 0, NONCE_BYTES));
            cipher.updateAAD(stored.rawPublic());
            pkcs8 = cipher.doFinal(stored.sealed(), NONCE_BYTES, stored.sealed().length - NONCE_BYTES);
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("The PIN is right but the signing key does not open: "
                    + "its sealed key or public key was changed outside Parley", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The sealed signing key is damaged", e);
        } finally {
            if (pkcs8 != null) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
    }

    /** Argon2id v1.3 over the UTF-8 bytes of the PIN: 32 bytes of master key. */
    private static byte[] argon2id(String pin, byte[] salt, Cost cost) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .build());
        byte[] password = pin.getBytes(StandardCharsets.UTF_8);
        byte[] master = new byte[MASTER_BYTES];
        try {
            generator.generateBytes(password, master);
            return master;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    /** Two independent keys from one Argon2id run, one per purpose, told apart by their labels. */
    private static byte[] hmac(byte[] key, byte[] label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks HmacSHA256", e);
        }
    }

    /** Argon2id's cost, written into the verifier so a vault keeps opening when the defaults change. */
    private record Cost(int memoryKib, int iterations, int parallelism) {

        private Cost {
            // Argon2 needs 8 KiB per lane; the upper bounds (4 times today's cost in memory, about 10 times in time)
            // keep an edited row from stalling every PIN check for minutes or exhausting memory.
            if (parallelism < 1 || parallelism > 4 || memoryKib < 8 * parallelism || memoryKib > 256 * 1024
                    || iterations < 1 || iterations > 10) {
                throw new IllegalArgumentException("Argon2id cost out of range: m=" + memoryKib + ",t=" + iterations
                        + ",p=" + parallelism);
            }
        }

        @Override
        public String toString() {
            return "m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism;
        }
    }

    /** A vault's strings taken apart; any part that cannot be read means the stored row is damaged. */
    private record Stored(Cost cost, byte[] salt, byte[] tag, byte[] rawPublic, byte[] sealed) {

        static Stored parse(PinVault vault) {
            try {
                String[] parts = vault.verifier().split("\\$", -1);
                Matcher cost = COST.matcher(parts.length == 5 ? parts[2] : "");
                if (parts.length != 5 || !parts[0].equals(SCHEME) || !parts[1].equals("v=19") || !cost.matches()) {
                    throw new IllegalArgumentException("not " + SCHEME + "$v=19$m=..,t=..,p=..$salt$verifier");
                }
                Base64.Decoder base64 = Base64.getDecoder();
                Stored stored = new Stored(
                        new Cost(Integer.parseInt(cost.group(1)), Integer.parseInt(cost.group(2)),
                                Integer.parseInt(cost.group(3))),
                        base64.decode(parts[3]), base64.decode(parts[4]),
                        base64.decode(vault.publicKey()), base64.decode(vault.sealedKey()));
                if (stored.salt().length < 8 || stored.tag().length != 32 || stored.rawPublic().length != 32
                        || stored.sealed().length <= NONCE_BYTES + TAG_BITS / 8) {
                    throw new IllegalArgumentException("a part has the wrong length");
                }
                return stored;
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("The stored PIN of this party is damaged (" + e.getMessage() + ")", e);
            }
        }
    }
}
