package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups, restore and encryption from the command line, on real stores in a temporary folder. */
class StoreCommandsTest {

    private static final String PASSPHRASE = "Vellum harbour 42 lanterns";
    /** Text that appears nowhere in Parley: if any file holds it, it came from this test's import. */
    private static final String SECRET = "Okapi-Marmalade-93817";

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    private Path store() {
        return folder.resolve("board.mv.db");
    }

    private CliTest.Run run(Map<String, String> environment, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = store().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliTest.run(environment, all);
    }

    private CliTest.Run run(String... args) {
        return run(Map.of(), args);
    }

    private CliTest.Run encrypted(String... args) {
        return run(Map.of(Passphrases.ENVIRONMENT_VARIABLE, PASSPHRASE), args);
    }

    private Path initiatives(String title) throws IOException {
        return Files.writeString(elsewhere.resolve("initiatives-" + Math.abs(title.hashCode()) + ".csv"),
                "title,description\r\n" + title + ",Rationale: " + title + " is a weakness we accept\r\n");
    }

    @Test
    void anEncryptedStoreLeavesNoTraceOfItsTextInAnyFileParleyWrote() throws Exception {
        CliTest.Run created = encrypted("--encrypted", "import", "Audit " + SECRET, initiatives(SECRET).toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        // Opened again after the change: a backup is taken. Then one on request, a listing, and a wrong passphrase.
        assertThat(encrypted("workshops").out()).contains("Audit " + SECRET);
        assertThat(encrypted("backup").exitCode()).isZero();
        assertThat(encrypted("backups").out()).contains("(encrypted)");
        CliTest.Run wrong = run(Map.of(Passphrases.ENVIRONMENT_VARIABLE, "not the passphrase at all"), "workshops");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).contains("That passphrase does not open the store");

        List<Path> written;
        try (Stream<Path> tree = Files.walk(folder)) {
            written = tree.filter(Files::isRegularFile).toList();
        }
        assertThat(written).extracting(p -> folder.relativize(p).toString())
                .contains("board.mv.db", Logs.FILE_NAME).anyMatch(name -> name.startsWith("backups/board-"));
        for (Path file : written) {
            for (byte[] content : contentsOf(file)) {
                for (String text : List.of(SECRET, PASSPHRASE, "weakness we accept")) {
                    for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                            StandardCharsets.UTF_16BE)) {
                        assertThat(indexOf(content, text.getBytes(charset))).as(text + " in " + charset + " in " + file)
                                .isEqualTo(-1);
                    }
                }
            }
        }
    }

    /** The bytes of a file and, for a zip, of every entry inside it: compression would hide text from a plain scan. */
    private static List<byte[]> contentsOf(Path file) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(file);
        contents.add(bytes);
        if (file.toString().endsWith(".zip")) {
            try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    contents.add(((InputStream) zip).readAllBytes());
                }
            }
        }
        return contents;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void theLeakCheckFindsTextInAPlainStore() throws Exception {
        // The check above must be able to fail: the same steps without encryption leave the text in the store.
        assertThat(run("import", "Audit " + SECRET, initiatives(SECRET).toString()).exitCode()).isZero();
        assertThat(indexOf(Files.readAllBytes(store()), SECRET.getBytes(StandardCharsets.UTF_8))).isNotEqualTo(-1);
        assertThat(run("workshops").exitCode()).isZero();
        Path backup;
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            backup = files.findFirst().orElseThrow();
        }
        assertThat(contentsOf(backup)).anyMatch(content ->
                indexOf(content, SECRET.getBytes(StandardCharsets.UTF_8)) != -1);
    }

    @Test
    void anEncryptedStoreWithoutAPassphraseSaysHowToGiveOne() {
        assertThat(encrypted("--encrypted", "workshops").exitCode()).isZero();

        CliTest.Run result = run("workshops");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("parley: The store " + store() + " needs a passphrase. Run the command in "
                + "a terminal to type it, or set PARLEY_PASSPHRASE for a script.\n");
    }

    @Test
    void encryptedRefusesAnExistingPlainStoreAndATooShortPassphrase() {
        assertThat(run(Map.of(Passphrases.ENVIRONMENT_VARIABLE, "short"), "--encrypted", "workshops").err())
                .startsWith("parley: A passphrase needs at least 12 characters (this one has 5).");
        assertThat(store()).doesNotExist();
        assertThat(run("workshops").exitCode()).isZero();

        CliTest.Run result = encrypted("--encrypted", "workshops");

        assertThat(result.err()).isEqualTo("parley: The store " + store() + " exists and is not encrypted; "
                + "--encrypted only creates new stores. Encrypt it with: parley --db " + store() + " encrypt\n");
    }

    @Test
    void backupsAreListedAndOneIsRestoredOverTheStore() throws Exception {
        assertThat(run("import", "Q3 review", initiatives("Passkeys").toString()).exitCode()).isZero();
        assertThat(run("workshops").exitCode()).isZero();
        assertThat(run("import", "Q4 review", initiatives("Segmentation").toString()).exitCode()).isZero();

        CliTest.Run listed = run("backups");

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        String[] lines = listed.out().split("\n");
        assertThat(lines[0]).matches("TAKEN\\s+SIZE\\s+WORKSHOPS\\s+AGREEMENTS\\s+FILE");
        // The sample workshop and Q3 review; the sample holds three signed agreements.
        assertThat(lines[1]).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\s+\\d+ KB\\s+2\\s+3\\s+board-.+\\.zip");
        String backup = lines[1].substring(lines[1].lastIndexOf(' ') + 1);

        CliTest.Run restored = run("restore", backup);

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).startsWith("Restored " + store() + " from " + folder.resolve("backups")
                .resolve(backup) + " (2 workshops, 3 signed agreements).\nThe store it replaced is kept as "
                + folder.resolve("backups").resolve("board-"));
        CliTest.Run workshops = run("workshops");
        assertThat(workshops.out()).contains("Q3 review").doesNotContain("Q4 review");
        assertThat(run("verify").exitCode()).isZero();
    }

    @Test
    void aDamagedStoreNamesTheBackupToRestoreAndTheCommand() throws Exception {
        assertThat(run("import", "Q3 review", initiatives("Passkeys").toString()).exitCode()).isZero();
        assertThat(run("workshops").exitCode()).isZero();
        Files.write(store(), Arrays.copyOf(Files.readAllBytes(store()), 4096));

        CliTest.Run result = run("workshops");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("parley: The store " + store() + " ends before its own records do (it "
                + "was cut short): it is damaged, and Parley has not changed it.")
                .contains("The newest backup that opens is " + folder.resolve("backups").resolve("board-"))
                .contains("2 workshops, 3 signed agreements). Restore it with: parley --db " + store() + " restore ")
                .doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void encryptAndDecryptConvertTheStoreAndSayWhatIsLeftUnencrypted() {
        assertThat(run("workshops").exitCode()).isZero();

        CliTest.Run encrypt = encrypted("encrypt");

        assertThat(encrypt.exitCode()).as(encrypt.err()).isZero();
        assertThat(encrypt.out()).startsWith("Encrypted " + store() + ". It opens only with its passphrase")
                .contains("Not encrypted, and still on this disk: the original, kept as " + folder.resolve("backups")
                        .resolve("board-"));
        assertThat(run("workshops").exitCode()).isEqualTo(1);
        assertThat(encrypted("workshops").out()).contains("FY27 strategy offsite");

        CliTest.Run decrypt = encrypted("decrypt");

        assertThat(decrypt.out()).as(decrypt.err()).startsWith("Decrypted " + store() + ".");
        assertThat(run("workshops").out()).contains("FY27 strategy offsite");
    }

    @Test
    void restoringAFileThatIsNotThereSaysHowToListTheBackups() {
        CliTest.Run result = run("restore", "board-2020-01-01T00-00-00.zip");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("parley: There is no backup file board-2020-01-01T00-00-00.zip. List the "
                + "backups with: parley --db " + store() + " backups\n");
    }
}
