package org.parley.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.Agreement;
import org.parley.domain.AuditChain;
import org.parley.domain.AuditKind;
import org.parley.domain.AuditVerification;
import org.parley.domain.PinVault;
import org.parley.domain.ScoringBoard;
import org.parley.domain.Seat;
import org.parley.domain.WorkshopSummary;
import org.parley.store.Store;
import org.parley.store.StoreInUseException;

/**
 * Kills a Parley process that keeps writing with SIGKILL at random moments, then reopens its store: it opens, the
 * audit log verifies, every write the process acknowledged is there, and nothing is half done (an import is all of
 * its initiatives or none, a signature never without its audit event). {@code -Dcrash.kills=2000} runs it long:
 * {@code mvn -B -o test -Dtest=CrashHarnessTest -Dcrash.kills=2000}.
 */
class CrashHarnessTest {

    private static final int KILLS = Integer.getInteger("crash.kills", 25);
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNothingIsHalfDone() throws Exception {
        Path file = folder.resolve("crash.mv.db");
        Random random = new Random(SEED);
        List<String> acknowledged = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            // Some kills land while the store opens or the workshop is set up, most in the middle of writing.
            int acknowledgements = random.nextInt(14);
            long extraMillis = random.nextInt(60);
            acknowledged.addAll(runAndKill(file, acknowledgements, extraMillis));
            check(file, acknowledged, "kill " + (kill + 1) + " of " + KILLS + " (seed " + SEED + ")");
        }
        assertThat(acknowledged).as("the writer wrote between the kills").hasSizeGreaterThan(KILLS);
    }

    /** Starts the writer, lets it acknowledge {@code count} writes and run a little longer, then kills it. */
    private static List<String> runAndKill(Path file, int count, long extraMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-D" + PinVault.TEST_COST_PROPERTY + "=" + System.getProperty(PinVault.TEST_COST_PROPERTY, ""),
                CrashWriter.class.getName(), file.toString());
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process writer = builder.start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch enough = new CountDownLatch(1);
        // Read on: killing the process closes its stream, which ends this reader.
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        lines.add(line);
                    }
                    if (lines.size() >= count) {
                        enough.countDown();
                    }
                }
            } catch (IOException closedByTheKill) {
                // what was read so far was printed after its commit: it stands
            } finally {
                enough.countDown();
            }
        });
        reader.start();
        if (count == 0) {
            enough.countDown();
        }
        assertThat(enough.await(120, TimeUnit.SECONDS)).as("the writer acknowledged " + count + " writes").isTrue();
        Thread.sleep(extraMillis);
        writer.destroyForcibly();   // SIGKILL on Unix: no shutdown hook, no close
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(30_000);
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    private static void check(Path file, List<String> acknowledged, String when) throws IOException {
        if (!Files.exists(file)) {
            // Killed before it created the store: nothing can have been acknowledged.
            assertThat(acknowledged).as(when).isEmpty();
            return;
        }
        try (Store store = openAfterKill(file, when)) {
            Services services = new Services(store);
            AuditVerification.Result verified = services.audit().verify();
            assertThat(verified.intact()).as(when + ": " + (verified.broken() == null ? ""
                    : verified.broken().describe())).isTrue();
            for (String ack : acknowledged) {
                assertThat(present(services, ack.split(" "))).as(when + ": " + ack).isTrue();
            }
            for (WorkshopSummary workshop : services.workshops().workshops()) {
                allOrNothing(services, workshop.id(), when);
                signaturesAudited(services, workshop.id(), when);
            }
        }
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).as(when + ": leftovers beside the store")
                    .noneMatch(n -> n.endsWith(".tmp") || n.endsWith(".before-opening"));
        }
        // The reopening took a backup and removed a half-written one a kill left.
        Path backups = file.resolveSibling(org.parley.store.Backups.FOLDER);
        if (Files.isDirectory(backups)) {
            try (var files = Files.list(backups)) {
                assertThat(files.map(f -> f.getFileName().toString())).as(when + ": leftovers among the backups")
                        .noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }

    /**
     * The store's lock is the operating system's and goes with the killed process; should a restart still find the
     * store in use for a moment, it tries again, as a person would.
     */
    private static Store openAfterKill(Path file, String when) throws IOException {
        long start = System.nanoTime();
        while (true) {
            try {
                Store store = Store.open(file);
                System.out.println("opened after " + (System.nanoTime() - start) / 1_000_000 + " ms");
                return store;
            } catch (StoreInUseException e) {
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(30)) {
                    throw new AssertionError(when + ": the lock file of the killed process was never released", e);
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(when, interrupted);
                }
            }
        }
    }

    private static boolean present(Services services, String[] ack) {
        return switch (ack[1]) {
            case "import" -> services.initiatives().initiatives(Long.parseLong(ack[2])).stream()
                    .filter(i -> i.title().startsWith(ack[3] + "-")).count() == CrashWriter.BATCH;
            case "assess" -> entry(services, Long.parseLong(ack[2]), Seat.of(Integer.parseInt(ack[3]))).own() != null;
            case "reveal" -> entry(services, Long.parseLong(ack[2]), Seat.FIRST).latestRevealed() != null;
            case "note" -> services.notes().notes(Long.parseLong(ack[2])).stream()
                    .anyMatch(n -> n.id() == Long.parseLong(ack[3]));
            case "sign" -> services.agreements().agreement(Long.parseLong(ack[2]))
                    .signature(Seat.of(Integer.parseInt(ack[3]))) != null;
            default -> throw new AssertionError("unknown acknowledgement " + String.join(" ", ack));
        };
    }

    private static ScoringBoard.Entry entry(Services services, long initiativeId, Seat seat) {
        long workshopId = services.workshops().workshops().stream().map(WorkshopSummary::id)
                .filter(w -> services.initiatives().initiatives(w).stream().anyMatch(i -> i.id() == initiativeId))
                .findFirst().orElseThrow(() -> new AssertionError("no initiative " + initiativeId));
        return services.scoring().board(workshopId, seat).entries().stream()
                .filter(e -> e.initiative().id() == initiativeId).findFirst().orElseThrow();
    }

    /** Each import wrote all of its initiatives or none of them. */
    private static void allOrNothing(Services services, long workshopId, String when) {
        Map<String, Long> perBatch = services.initiatives().initiatives(workshopId).stream()
                .collect(Collectors.groupingBy(i -> i.title().substring(0, i.title().indexOf('-')),
                        Collectors.counting()));
        assertThat(perBatch.values()).as(when + ": initiatives per import " + perBatch)
                .allMatch(n -> n == CrashWriter.BATCH);
    }

    /** No signature in the store without the audit event that records it. */
    private static void signaturesAudited(Services services, long workshopId, String when) {
        List<AuditChain.Entry> events = services.audit().events(workshopId);
        for (Agreement agreement : services.agreements().agreements(workshopId)) {
            long signatures = java.util.stream.Stream.of(Seat.FIRST, Seat.SECOND)
                    .filter(seat -> agreement.signature(seat) != null).count();
            long recorded = events.stream().filter(e -> e.kind().equals(AuditKind.AGREEMENT_SIGNED.name())
                    && e.subjectId() != null && e.subjectId() == agreement.id()).count();
            assertThat(recorded).as(when + ": signing events of agreement " + agreement.id())
                    .isGreaterThanOrEqualTo(signatures);
        }
    }
}
