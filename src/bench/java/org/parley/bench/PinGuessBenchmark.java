package org.parley.bench;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.domain.PinRules;
import org.parley.domain.PinVault;

/**
 * What one offline PIN guess costs someone who has copied the store: against an Argon2id vault at the
 * default cost, and against a legacy PBKDF2 hash (decision 9 turns these into times to exhaust all PINs).
 * Run with {@code -t 1} and {@code -t 2}: a guesser uses every core. {@code mvn -B -q -Pbench -DskipTests
 * package && java -jar target/benchmarks.jar PinGuessBenchmark -f 1 -wi 2 -i 3 -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class PinGuessBenchmark {

    private static final String PIN = "tulip 4711";
    private static final String GUESS = "tulip 4712";
    /** What Parley used before Argon2id: OWASP's figure for PBKDF2-HMAC-SHA256. */
    private static final int LEGACY_ITERATIONS = 600_000;

    private PinVault vault;
    private String legacyHash;

    @Setup
    public void storePin() {
        vault = PinVault.create(PIN);
        legacyHash = legacyHash(PIN);
    }

    /** A wrong guess costs one Argon2id run (m=64 MiB, t=3, p=1), like a right one. */
    @Benchmark
    public boolean guessAgainstArgon2idVault() {
        return vault.unlock(GUESS).isPresent();
    }

    @Benchmark
    public boolean guessAgainstLegacyPbkdf2() {
        return PinRules.matches(GUESS, legacyHash);
    }

    /** A legacy hash as Parley wrote it: {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, base64 unpadded. */
    private static String legacyHash(String pin) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PinRules.LEGACY_SCHEME + "$" + LEGACY_ITERATIONS + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(PinRules.pbkdf2(pin, salt, LEGACY_ITERATIONS, 256));
    }
}
