package org.parley.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.parley.domain.PassphraseRules;

/**
 * The key of an encrypted store, stretched from its passphrase; the passphrase itself is never kept. H2 encrypts
 * the file with AES under this key (its {@code CIPHER=AES}), adding a salt of its own per file (decision 0019).
 */
public final class StoreKey {

    /**
     * Argon2id at the PIN vault's cost (64 MiB, 3 passes). H2 reads its own salt from the file only once the key is
     * known, so this stretch has a fixed, Parley-wide salt: it costs every guess a fifth of a second, and H2's salt
     * keeps two stores with one passphrase apart.
     */
    private static final int MEMORY_KIB = 65536, ITERATIONS = 3, PARALLELISM = 1, KEY_BYTES = 32;
    private static final byte[] SALT = "org.parley.store passphrase v1".getBytes(StandardCharsets.UTF_8);

    private final char[] filePassword;

    private StoreKey(char[] filePassword) {
        this.filePassword = filePassword;
    }

    /** Stretches {@code passphrase}; refuses one {@link PassphraseRules} refuse. */
    public static StoreKey derive(char[] passphrase) {
        PassphraseRules.requireValid(passphrase);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] utf8 = new byte[encoded.remaining()];
        encoded.get(utf8);
        Arrays.fill(encoded.array(), (byte) 0);
        byte[] key = new byte[KEY_BYTES];
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(MEMORY_KIB).withIterations(ITERATIONS).withParallelism(PARALLELISM)
                    .withSalt(SALT).build());
            generator.generateBytes(utf8, key);
            return new StoreKey(HexFormat.of().formatHex(key).toCharArray());
        } finally {
            Arrays.fill(utf8, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    /** What H2 takes before the space in its password: the file password. */
    char[] filePassword() {
        return filePassword.clone();
    }

    /** H2's connection password for an encrypted file: the file password, a space, the (empty) user password. */
    String connectionPassword() {
        return new String(filePassword) + " ";
    }

    /** Never the key: a key in a log line or a message would be as good as the passphrase. */
    @Override
    public String toString() {
        return "StoreKey[withheld]";
    }
}
