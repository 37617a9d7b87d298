package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ServerAddress;
import org.parley.store.Store;
import org.parley.testing.TestServers;

/**
 * The command line on a PostgreSQL server's store: a session's commands say and write the same as on a file, and the
 * commands that work on a store file are refused there in words.
 */
class ServerCommandsTest {

    @TempDir
    Path folder;

    @Test
    void aSessionsCommandsSayAndWriteTheSameOnAServerAsOnAFile() throws Exception {
        ServerAddress server = TestServers.newDatabase();
        Path file = folder.resolve("parley.mv.db");
        Files.createDirectories(folder.resolve("file"));
        Files.createDirectories(folder.resolve("server"));
        // Created empty, as a server's database starts: the command line fills a file it creates with the sample.
        try (Store created = Store.open(file)) {
            assertThat(created.createdNow()).isTrue();
        }

        List<String> onFile = session(file.toString(), folder.resolve("file"));
        List<String> onServer = session(server.toString(), folder.resolve("server"));

        assertThat(onServer).hasSameSizeAs(onFile);
        for (int i = 0; i < onFile.size(); i++) {
            assertThat(onServer.get(i)).as("command " + (i + 1)).isEqualTo(onFile.get(i));
        }
        assertThat(Files.readString(folder.resolve("server/register.csv")))
                .isEqualTo(Files.readString(folder.resolve("file/register.csv")));
        // Each command's session ended with it, and let go of what it claimed.
        assertThat(run(server.toString(), "sessions").out()).isEqualTo("No workshop is in session: any may be changed.\n");
        assertThat(run(file.toString(), "sessions").out()).startsWith("A store file has one owner at a time");
    }

    @Test
    void commandsOnTheStoreFileAreRefusedOnAServerWithWhatToDoInstead() {
        ServerAddress server = TestServers.newDatabase();
        CliTest.Run empty = run(server.toString(), "workshops");
        assertThat(empty.exitCode()).isZero();
        assertThat(empty.out()).contains("No workshops yet. Create one by importing its initiatives");

        for (String command : List.of("backup", "backups", "encrypt", "decrypt")) {
            CliTest.Run refused = run(server.toString(), command);
            assertThat(refused.exitCode()).as(command).isEqualTo(1);
            assertThat(refused.err()).as(command).contains("server").contains("pg_dump");
        }
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedAndNotEchoed() {
        ServerAddress server = TestServers.newDatabase();

        CliTest.Run refused = run("postgresql://postgres:hunter2@localhost:" + server.port() + "/"
                + server.database(), "workshops");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("parley: ").contains("takes no password").doesNotContain("hunter2");
    }

    /** The same commands on a store, from importing initiatives to verifying; what each printed, in order. */
    private List<String> session(String store, Path work) throws Exception {
        Path initiatives = write(work, "initiatives.csv", "title,category,sponsor",
                "Passkeys for staff,Security,CISO", "Open data lake,AI & Data,CDO", "Vendor portal,Product,CPO");
        Path ciso = write(work, "ciso.csv", "initiative,likelihood,impact,value,rationale",
                "Passkeys for staff,2,3,4,Phishing-resistant", "Open data lake,4,4,3,Personal data",
                "Vendor portal,3,2,3,Small");
        Path cto = write(work, "cto.csv", "initiative,likelihood,impact,value,rationale",
                "Passkeys for staff,2,2,5,Cheap", "Open data lake,2,3,5,Masked", "Vendor portal,3,3,4,Useful");
        List<String> said = new ArrayList<>();
        for (String[] command : new String[][] {
                {"import", "Q4 review", initiatives.toString()},
                {"import-scores", "Q4 review", "CISO", ciso.toString()},
                {"import-scores", "Q4 review", "CTO", cto.toString()},
                {"reveal", "Q4 review"},
                {"appetite", "Q4 review", "CISO", "4,6,8,10,12"},
                {"appetite", "Q4 review", "CTO", "6,9,12,15,18"},
                {"reveal", "Q4 review"},
                {"report", "Q4 review", "--json"},
                {"export", "Q4 review", work.resolve("register.csv").toString(), "--all"},
                {"verify"}}) {
            CliTest.Run run = run(store, command);
            assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.err()).isZero();
            // Where the register went and the log's head (its time) differ by store; the rest must not.
            said.add(run.out().replace(work.toString(), "WORK").replaceAll("[0-9a-f]{64}", "HASH")
                    .replaceAll("\\(event (\\d+), [^)]*\\)", "(event $1)"));
        }
        return said;
    }

    private CliTest.Run run(String store, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", store));
        all.addAll(List.of(args));
        return CliTest.run(Map.of(Cli.PARLEY_LOG, folder.toString()), all.toArray(String[]::new));
    }

    private static Path write(Path folder, String name, String... lines) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
