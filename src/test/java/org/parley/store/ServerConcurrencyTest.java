package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.AuditChain;
import org.parley.domain.AuditVerification;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.testing.TestConsent;
import org.parley.testing.TestServers;

/**
 * Many writers on one server's store at once: two windows' worth of stores in this process, each with two threads,
 * and a second process importing through the command line, into one workshop and into two. Every write that was
 * acknowledged must be there, and the audit chain must stay one unbroken chain.
 */
class ServerConcurrencyTest {

    private static final int THREADS_PER_STORE = 2;
    private static final int ADDS_PER_THREAD = 12;
    private static final int IMPORTED = 20;

    @TempDir
    Path folder;

    @Test
    void concurrentWritersInThreadsAndProcessesNeverForkTheChainOrLoseAnAcknowledgedWrite() throws Exception {
        ServerAddress database = TestServers.newDatabase();
        long first;
        long second;
        try (Store setup = Store.connect(database, null, java.time.Clock.systemUTC())) {
            Services services = new Services(setup);
            first = services.workshops().create("Group review", TestConsent.nobody()).id();
            second = services.workshops().create("Payments unit", TestConsent.nobody()).id();
        }
        Path csv = folder.resolve("initiatives.csv");
        StringBuilder rows = new StringBuilder("title,category\n");
        for (int i = 1; i <= IMPORTED; i++) {
            rows.append("Imported initiative ").append(i).append(",Process\n");
        }
        Files.writeString(csv, rows, StandardCharsets.UTF_8);

        Map<Long, Long> acknowledged = new ConcurrentHashMap<>();
        Process importer = commandLine(database, "import", "Group review", csv.toString());
        try (Store one = Store.connect(database, null, java.time.Clock.systemUTC());
             Store two = Store.connect(database, null, java.time.Clock.systemUTC())) {
            ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_STORE);
            List<Future<?>> work = new ArrayList<>();
            int writer = 0;
            for (Store store : List.of(one, two)) {
                Services services = new Services(store);
                for (int t = 0; t < THREADS_PER_STORE; t++) {
                    // Writers alternate between the two workshops, so that both one workshop and two are written.
                    long workshop = writer % 2 == 0 ? first : second;
                    int name = writer++;
                    work.add(threads.submit(() -> {
                        for (int i = 1; i <= ADDS_PER_THREAD; i++) {
                            Initiative added = services.initiatives().add(workshop, new InitiativeDraft(
                                    "Writer " + name + " initiative " + i, "", "", "", null, List.of()),
                                    TestConsent.nobody());
                            acknowledged.put(added.id(), workshop);
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> done : work) {
                done.get(2, TimeUnit.MINUTES);
            }
            threads.shutdown();
        }
        assertThat(importer.waitFor(2, TimeUnit.MINUTES)).as("the second process finished").isTrue();
        Path log = folder.resolve(".parley/parley.log");
        assertThat(importer.exitValue()).as(new String(importer.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8) + (Files.exists(log) ? Files.readString(log) : "")).isZero();

        try (Store after = Store.connect(database, null, java.time.Clock.systemUTC())) {
            Services services = new Services(after);
            List<Initiative> inFirst = services.initiatives().initiatives(first);
            List<Initiative> inSecond = services.initiatives().initiatives(second);
            acknowledged.forEach((id, workshop) -> assertThat((workshop == first ? inFirst : inSecond))
                    .extracting(Initiative::id).contains(id));
            assertThat(inFirst).hasSize(2 * ADDS_PER_THREAD + IMPORTED);
            assertThat(inSecond).hasSize(2 * ADDS_PER_THREAD);
            AuditVerification.Result verified = services.audit().verify();
            assertThat(verified.intact()).as(verified.intact() ? "" : verified.broken().describe()).isTrue();
            List<AuditChain.Entry> events = new ArrayList<>(services.audit().events(first));
            events.addAll(services.audit().events(second));
            assertThat(events).filteredOn(e -> e.kind().equals("INITIATIVE_ADDED"))
                    .hasSize(4 * ADDS_PER_THREAD);
        }
    }

    /** Parley's command line in a process of its own, on the same server, with its log in the test's folder. */
    private Process commandLine(ServerAddress database, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.home=" + folder, "-cp", System.getProperty("java.class.path"),
                "org.parley.app.Main", "--db", "postgresql://" + database.host() + ":" + database.port() + "/"
                        + database.database() + "?user=" + database.user()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
