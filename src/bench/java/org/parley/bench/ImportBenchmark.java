package org.parley.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.app.service.Consent;
import org.parley.app.service.ExchangeService;
import org.parley.app.service.Services;
import org.parley.domain.Actor;
import org.parley.store.Store;

/**
 * How long importing a valid file of 1,000,000 initiatives takes, as {@code parley import} does it (read and checked,
 * then read again and written in one transaction), into a fresh store each time, with a heap of 512 MB: the import
 * must not need more memory for a larger file. Run: {@code mvn -B -q -Pbench -DskipTests package && java -jar
 * target/benchmarks.jar ImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class ImportBenchmark {

    private static final int ROWS = 1_000_000;
    private static final List<String> TAGS = List.of("GDPR", "PCI-DSS|SOC 2", "", "HIPAA", "GDPR|SOC 2");

    private Path folder;
    private Path file;
    private Store store;
    private Services services;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        folder = Files.createTempDirectory("parley-import-bench");
        file = folder.resolve("initiatives.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("title,description,category,sponsor,estimated_cost,tags\r\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("Initiative " + i + ",\"Replace passwords, step " + i + "\",Identity,Sponsor " + (i % 97)
                        + "," + ((i % 1000) * 1000 + 500) + "," + TAGS.get(i % TAGS.size()) + "\r\n");
            }
        }
    }

    @Setup(Level.Invocation)
    public void openFreshStore() throws IOException {
        Path storeFolder = Files.createTempDirectory(folder, "store");
        store = Store.open(storeFolder.resolve("parley" + Store.FILE_SUFFIX));
        services = new Services(store);
    }

    @Benchmark
    public ExchangeService.ImportResult importMillionInitiatives() {
        ExchangeService.ImportOutcome outcome = services.exchange().importInitiatives("Bench", file, false,
                (workshop, changes) -> Consent.nobody(Actor.COMMAND_LINE));
        if (outcome.result() == null || outcome.result().added() != ROWS) {
            throw new IllegalStateException("The import did not add every row: " + outcome.plan().summary());
        }
        return outcome.result();
    }

    @TearDown(Level.Invocation)
    public void closeStore() {
        store.close();
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
