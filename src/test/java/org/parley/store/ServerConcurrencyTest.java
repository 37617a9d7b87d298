package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.parley.domain.WorkshopSummary;
import org.parley.testing.TestConsent;
import org.parley.testing.TestServers;

/**
 * Many writers on one server's store at once: two sessions (stores) in this process, each with two threads writing
 * to its own workshop, and two more Parley processes importing through the command line, one into a workshop of its
 * own and one into a workshop another session holds, which is refused. Every acknowledged write must be there, nothing
 * of the refused one, and the audit chain must stay one unbroken chain.
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
        try (Store setup = Store.connect(database, null, Clock.systemUTC())) {
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
        Process importer;
        Process intruder;
        try (Store one = Store.connect(database, null, Clock.systemUTC());
             Store two = Store.connect(database, null, Clock.systemUTC())) {
            List<Services> sessions = List.of(new Services(one), new Services(two));
            List<Long> workshops = List.of(first, second);
            // Each session claims its workshop with a first change, then the other processes start.
            for (int s = 0; s < 2; s++) {
                Initiative claimed = sessions.get(s).initiatives().add(workshops.get(s), draft("Claimed"),
                        TestConsent.nobody());
                acknowledged.put(claimed.id(), workshops.get(s));
            }
            importer = commandLine(database, "import", "Cards unit", csv.toString());
            intruder = commandLine(database, "import", "Group review", csv.toString());
            ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_STORE);
            List<Future<?>> work = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                Services services = sessions.get(s);
                long workshop = workshops.get(s);
                for (int t = 0; t < THREADS_PER_STORE; t++) {
                    String writer = "Session " + s + " thread " + t;
                    work.add(threads.submit(() -> {
                        for (int i = 1; i <= ADDS_PER_THREAD; i++) {
                            Initiative added = services.initiatives().add(workshop, draft(writer + " initiative " + i),
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
            // The intruder ends while the first session still holds its workshop.
            assertThat(intruder.waitFor(2, TimeUnit.MINUTES)).as("the refused process finished").isTrue();
        }
        assertThat(importer.waitFor(2, TimeUnit.MINUTES)).as("the importing process finished").isTrue();
        assertThat(importer.exitValue()).as(said(importer)).isZero();
        assertThat(intruder.exitValue()).isEqualTo(1);
        assertThat(said(intruder)).contains("\u201CGroup review\u201D is in session elsewhere", "Nothing was changed");

        try (Store after = Store.connect(database, null, Clock.systemUTC())) {
            Services services = new Services(after);
            List<Initiative> inFirst = services.initiatives().initiatives(first);
            List<Initiative> inSecond = services.initiatives().initiatives(second);
            acknowledged.forEach((id, workshop) -> assertThat(workshop == first ? inFirst : inSecond)
                    .extracting(Initiative::id).contains(id));
            assertThat(inFirst).hasSize(1 + THREADS_PER_STORE * ADDS_PER_THREAD)
                    .noneMatch(initiative -> initiative.title().startsWith("Imported"));
            assertThat(inSecond).hasSize(1 + THREADS_PER_STORE * ADDS_PER_THREAD);
            assertThat(services.workshops().workshops()).filteredOn(w -> w.name().equals("Cards unit"))
                    .extracting(WorkshopSummary::initiativeCount).containsExactly(IMPORTED);
            AuditVerification.Result verified = services.audit().verify();
            assertThat(verified.intact()).as(verified.intact() ? "" : verified.broken().describe()).isTrue();
            List<AuditChain.Entry> events = new ArrayList<>(services.audit().events(first));
            events.addAll(services.audit().events(second));
            assertThat(events).filteredOn(e -> e.kind().equals("INITIATIVE_ADDED"))
                    .hasSize(2 * (1 + THREADS_PER_STORE * ADDS_PER_THREAD));
        }
    }

    @Test
    void twoSessionsRacingForOneFreeWorkshopEitherWriteInFullOrAreRefusedInWords() throws Exception {
        ServerAddress database = TestServers.newDatabase();
        long workshop;
        try (Store setup = Store.connect(database, null, Clock.systemUTC())) {
            workshop = new Services(setup).workshops().create("Group review", TestConsent.nobody()).id();
        }
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        List<Throwable> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Store one = Store.connect(database, null, Clock.systemUTC());
             Store two = Store.connect(database, null, Clock.systemUTC())) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<?>> work = new ArrayList<>();
            for (Store store : List.of(one, two, one, two)) {
                Services services = new Services(store);
                work.add(threads.submit(() -> {
                    for (int i = 1; i <= ADDS_PER_THREAD; i++) {
                        String title = Thread.currentThread().getName() + " " + i;
                        try {
                            acknowledged.put(services.initiatives().add(workshop, draft(title), TestConsent.nobody())
                                    .id(), title);
                        } catch (WorkshopInSessionException e) {
                            refused.add(e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get(2, TimeUnit.MINUTES);
            }
            threads.shutdown();
        }
        try (Store after = Store.connect(database, null, Clock.systemUTC())) {
            Services services = new Services(after);
            assertThat(services.initiatives().initiatives(workshop)).extracting(Initiative::id)
                    .containsExactlyInAnyOrderElementsOf(acknowledged.keySet());
            assertThat(acknowledged.size() + refused.size()).isEqualTo(4 * ADDS_PER_THREAD);
            assertThat(refused).allSatisfy(e -> assertThat(e).hasMessageContaining("is in session elsewhere"));
            assertThat(services.audit().verify().intact()).isTrue();
        }
    }

    private static InitiativeDraft draft(String title) {
        return new InitiativeDraft(title, "", "", "", null, List.of());
    }

    /** What a process printed, and its log. */
    private String said(Process process) throws Exception {
        Path log = folder.resolve(".parley/parley.log");
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                + (Files.exists(log) ? Files.readString(log) : "");
    }

    /** Parley's command line in a process of its own, on the same server, with its log in the test's folder. */
    private Process commandLine(ServerAddress database, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.home=" + folder, "-cp", System.getProperty("java.class.path"),
                "org.parley.app.Main", "--db", database.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
