package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.WorkshopSummary;
import org.parley.store.Store;

/**
 * The terminal of a real {@code parley} process: one {@code parley: } line per failure, no stack trace, no library
 * record; those go to the log. A child JVM, because only a real process has a terminal of its own to keep clean, and a
 * disk or a file of its own to take away while it runs.
 */
class ConsoleTest {

    @TempDir
    Path folder;

    record Run(int exitCode, String out, String err) {
    }

    /**
     * The test class path without SLF4J, which only the tests bring: without it Flyway and jOOQ log through
     * java.util.logging, as they do in parley.jar.
     */
    private static String classPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(path.split(File.pathSeparator)).filter(entry -> !entry.contains("slf4j"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Run run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("PARLEY_DB");
        return run(builder);
    }

    private Run run(ProcessBuilder builder) throws Exception {
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the process ended").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * {@link RunningParley} on the store at {@code file} (made here beforehand, without the sample the first start of
     * a store creates, which takes seconds), given {@code lines} on its standard input; inside {@code wrapper}, a
     * shell script that runs it with {@code eval "$PARLEY"} in a user and mount namespace, when there is one. The
     * lines and the script may name {@code $STORE}, its {@code $FOLDER} and {@code $KEPT}, a folder outside it.
     */
    private Run runningParley(Path file, String wrapper, List<String> lines) throws Exception {
        Path input = Files.write(folder.resolve("input.txt"), lines);
        // A short run: the JIT's first tier is enough.
        String parley = String.join(" ", java(), "-XX:TieredStopAtLevel=1", "-cp", "\"$CP\"",
                RunningParley.class.getName(), "\"$STORE\"");
        ProcessBuilder builder = wrapper == null ? new ProcessBuilder("sh", "-c", parley)
                : new ProcessBuilder("unshare", "-rm", "sh", "-c", wrapper);
        builder.environment().putAll(java.util.Map.of("CP", classPath(), "STORE", file.toString(), "PARLEY", parley,
                "FOLDER", file.getParent().toString(), "KEPT", folder.resolve("kept").toString()));
        return run(builder.redirectInput(input.toFile()));
    }

    /** The store, opened afresh, holds the workshops {@code saved} and none of {@code refused}; its audit chain holds. */
    private static void assertKept(Path file, List<String> saved, List<String> refused) {
        try (Store store = Store.open(file)) {
            Services services = Services.openedOn(store);
            assertThat(services.workshops().workshops()).extracting(WorkshopSummary::name)
                    .containsAll(saved).doesNotContainAnyElementsOf(refused);
            assertThat(services.audit().verify().broken()).isNull();
        }
    }

    /** Skips a test that needs a small disk of the process's own: a tmpfs in a user and mount namespace. */
    private void assumeSmallDisks() throws Exception {
        assumeTrue(run(List.of("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt")).exitCode() == 0,
                "needs unshare and mount, to give the process a small disk of its own");
    }

    private Run parley(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classPath(), "org.parley.app.Main"));
        command.addAll(List.of(args));
        return run(command);
    }

    @Test
    void anUnopenableStorePathPrintsOneLineAndLeavesH2sStackTraceToTheLog() throws Exception {
        // H2 cannot even create its lock file for so long a name; its stack trace belongs in the log, not here.
        Path store = folder.resolve("x".repeat(300) + Store.FILE_SUFFIX);

        Run result = parley("--db", store.toString(), "workshops");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith("parley: Parley cannot write its store at " + store).contains("File name too long");
        String log = Files.readString(folder.resolve(Logs.FILE_NAME));
        assertThat(log).contains("Caused by: org.h2.jdbc.", "\tat org.h2.engine.Database.<init>");
    }

    @Test
    void verboseShowsTheLibrariesRecordsOnTheConsole() throws Exception {
        Run quiet = parley("--db", folder.resolve("quiet").toString(), "workshops");
        Run verbose = parley("--verbose", "--db", folder.resolve("verbose").toString(), "workshops");

        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(verbose.exitCode()).isZero();
        assertThat(verbose.err()).contains("org.flywaydb");
        assertThat(Files.readString(folder.resolve(Logs.FILE_NAME))).contains("org.flywaydb");
    }

    @Test
    void aDiskThatFillsDuringAnImportIsSaidInWordsAndWhatWasSavedStays() throws Exception {
        assumeSmallDisks();
        Path disk = Files.createDirectories(folder.resolve("disk"));
        Path kept = Files.createDirectories(folder.resolve("kept"));
        Path csv = folder.resolve("big.csv");
        StringBuilder rows = new StringBuilder("title,description\n");
        for (int i = 0; i < 3000; i++) {
            rows.append("Initiative ").append(i).append(',').append(("lorem ipsum dolor " + i + " ").repeat(50))
                    .append('\n');
        }
        Files.writeString(csv, rows);
        // An 8 MB disk of its own (tmpfs, in a mount namespace that ends with the script), filled to 200 KB of room.
        String script = String.join("\n",
                "set -u",
                "mount -t tmpfs -o size=8m tmpfs \"$DISK\" || exit 90",
                "\"$JAVA\" -cp \"$CP\" org.parley.app.Main --db \"$DISK/store.mv.db\" workshops > /dev/null || exit 91",
                "dd if=/dev/zero of=\"$DISK/filler\" bs=4k 2> /dev/null",
                "truncate -s -200K \"$DISK/filler\" || exit 92",
                "\"$JAVA\" -cp \"$CP\" org.parley.app.Main --db \"$DISK/store.mv.db\" import \"Big one\" \"$CSV\"",
                "code=$?",
                "cp \"$DISK/store.mv.db\" \"$KEPT/\"",
                "exit $code");
        ProcessBuilder builder = new ProcessBuilder("unshare", "-rm", "bash", "-c", script);
        builder.environment().putAll(java.util.Map.of("DISK", disk.toString(), "KEPT", kept.toString(),
                "CSV", csv.toString(), "JAVA", java(), "CP", classPath()));
        Run result = run(builder);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().isEqualTo("parley: The disk holding " + disk
                + " is full: free some space on it and try again. Nothing of this change was saved; what was saved "
                + "before is kept.");
        try (Store store = Store.open(kept.resolve("store.mv.db"))) {
            List<WorkshopSummary> workshops = Services.openedOn(store).workshops().workshops();
            assertThat(workshops).extracting(WorkshopSummary::name).containsExactly("FY27 strategy offsite");
            assertThat(workshops.get(0).initiativeCount()).isEqualTo(14);
        }
    }

    /** Not even root removes an immutable file: a test that failed midway must not leave one behind. */
    @AfterEach
    void writableAgain() throws Exception {
        Path home = folder.resolve("home");
        for (Path path : List.of(home.resolve("store.mv.db"), home)) {
            if (Files.exists(path)) {
                new ProcessBuilder("chattr", "-i", path.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            }
        }
    }

    @Test
    void aStoreMadeReadOnlyWhileParleyRunsIsSaidInWordsAndParleyCarriesOnOnceItIsWritable() throws Exception {
        Path home = Files.createDirectories(folder.resolve("home"));
        // Root writes through any permission, and Linux refuses to remount a file system read-only while a file on
        // it is open for writing; the immutable flag is what stops even root writing to the open store.
        Path probe = Files.createFile(home.resolve("probe"));
        assumeTrue(run(List.of("chattr", "+i", probe.toString())).exitCode() == 0
                && run(List.of("chattr", "-i", probe.toString())).exitCode() == 0,
                "needs chattr +i: root (CAP_LINUX_IMMUTABLE) and a file system with the flag, such as ext4");
        Path file = home.resolve("store.mv.db");
        Store.open(file).close();

        Run result = runningParley(file, null, List.of("save Before", "sh chattr +i \"$STORE\"", "save Refused",
                "save Refused again", "sh chattr -i \"$STORE\"", "save After", "sh chattr +i \"$FOLDER\"",
                "save With its folder read-only", "sh chattr -i \"$FOLDER\""));

        assertThat(result.err()).isEmpty();
        String refused = "Saving: Parley cannot write its store " + file + ": the file, its folder or its drive has "
                + "been made read-only. Make it writable again and try again. Nothing of this change was saved; what "
                + "was saved before is kept.";
        // A folder made read-only stops nothing while Parley runs: H2 writes into the file it has open.
        assertThat(result.out().lines()).containsExactly("saved Before", "sh 0", refused, refused, "sh 0",
                "saved After", "sh 0", "saved With its folder read-only", "sh 0");
        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(home.resolve(Logs.FILE_NAME))).contains("Operation not permitted");
        assertKept(file, List.of("Before", "After", "With its folder read-only"), List.of("Refused", "Refused again"));
    }

    @Test
    void aDiskThatFillsWhileParleyRunsIsSaidInWordsAndParleyCarriesOnOnceThereIsRoom() throws Exception {
        assumeSmallDisks();
        Path disk = Files.createDirectories(folder.resolve("disk"));
        Path kept = Files.createDirectories(folder.resolve("kept"));
        Store.open(kept.resolve("store.mv.db")).close();
        // A 16 MB disk of its own (tmpfs, in a mount namespace that ends with the script); the store goes in and out.
        // 8 MB no longer left room to save once the filler was gone: a new store, migrated through V9, is about 4 MB.
        String script = String.join("\n",
                "mount -t tmpfs -o size=16m tmpfs \"$FOLDER\" || exit 90",
                "cp \"$KEPT/store.mv.db\" \"$STORE\" || exit 91",
                "eval \"$PARLEY\"",
                "code=$?",
                "cp \"$STORE\" \"$KEPT/\"",
                "exit $code");

        Run result = runningParley(disk.resolve("store.mv.db"), script, List.of("save Before",
                "sh dd if=/dev/zero of=\"$FOLDER/filler\" bs=4k", "save Refused", "save Refused again",
                "sh rm \"$FOLDER/filler\"", "save After"));

        assertThat(result.err()).isEmpty();
        String full = "Saving: The disk holding " + disk + " is full: free some space on it and try again. Nothing of "
                + "this change was saved; what was saved before is kept.";
        assertThat(result.out().lines()).containsExactly("saved Before", "sh 1", full, full, "sh 0", "saved After");
        assertThat(result.exitCode()).isZero();
        assertKept(kept.resolve("store.mv.db"), List.of("Before", "After"), List.of("Refused", "Refused again"));
    }
}
