package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.AuditChain;
import org.parley.domain.Initiative;
import org.parley.domain.WorkshopSummary;
import org.parley.store.Store;

class ExchangeCommandsTest {

    @TempDir
    Path folder;

    private CliTest.Run run(String... args) {
        return CliTest.runOn(folder.resolve("exchange.mv.db"), args);
    }

    private <T> T inStore(java.util.function.Function<Services, T> query) {
        try (Store store = Store.open(folder.resolve("exchange.mv.db"))) {
            return query.apply(new Services(store));
        }
    }

    @Test
    void importCreatesTheWorkshopWhenNoneHasThatName() {
        CliTest.Run result = run("import", "Q3 review", Path.of("src/site/resources/examples/initiatives.csv").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("Created the workshop \u201CQ3 review\u201D with the parties CISO and CTO. "
                + "Imported into \u201CQ3 review\u201D: 3 initiatives added, 0 updated.\n");
        java.util.List<WorkshopSummary> workshops = inStore(s -> s.workshops().workshops());
        assertThat(workshops).extracting(WorkshopSummary::name, WorkshopSummary::initiativeCount)
                .contains(org.assertj.core.groups.Tuple.tuple("Q3 review", 3));
    }

    @Test
    void rowsWithAnIdUpdateAndKeepWhatTheFileDoesNotHave() throws Exception {
        run("workshops");
        long passkeys = inStore(s -> s.initiatives().initiatives(1).stream()
                .filter(i -> i.title().startsWith("Passwordless")).findFirst().orElseThrow().id());
        Path file = Files.writeString(folder.resolve("update.csv"), "ID;Title\r\n" + passkeys + ";Passkeys everywhere\r\n");

        CliTest.Run alone = run("import", "FY27 strategy offsite", file.toString());
        assertThat(alone.exitCode()).as("a scored initiative changes only with both parties' PINs").isEqualTo(1);
        assertThat(alone.err()).contains("changes 1 initiative of a workshop whose scoring has started")
                .contains("both parties must agree").doesNotContain("Passwordless")
                .contains("has a PIN");
        String unchanged = inStore(s -> s.initiatives().initiatives(1).stream().filter(i -> i.id() == passkeys)
                .findFirst().orElseThrow().title());
        assertThat(unchanged).startsWith("Passwordless");

        CliTest.Run result = CliTest.runWithPins(folder.resolve("exchange.mv.db"), CliTest.SAMPLE_PINS,
                "import", "FY27 strategy offsite", file.toString());

        assertThat(result.out()).as(result.err()).contains("0 initiatives added, 1 updated");
        Initiative updated = inStore(s -> s.initiatives().initiatives(1).stream()
                .filter(i -> i.id() == passkeys).findFirst().orElseThrow());
        assertThat(updated.title()).isEqualTo("Passkeys everywhere");
        assertThat(updated.tags()).as("tags the file did not mention are kept").contains("GDPR");
    }

    @Test
    void aBadFileChangesNothingAndNamesEveryBadLine() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.csv"),
                "title,estimated_cost\r\nGood one,100\r\n,200\r\nCosts a lot,12k\r\n");

        CliTest.Run result = run("import", "New workshop", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Line 3, title: Title is required.")
                .contains("Line 4, estimated_cost: \"12k\" must be a number")
                .contains("Nothing will be imported");
        java.util.List<WorkshopSummary> workshops = inStore(s -> s.workshops().workshops());
        assertThat(workshops).extracting(WorkshopSummary::name).doesNotContain("New workshop");
    }

    private AuditChain.Entry lastEvent() {
        return inStore(s -> s.audit().head().orElseThrow());
    }

    private java.util.List<WorkshopSummary> workshopNames() {
        return inStore(s -> s.workshops().workshops());
    }

    /** Asserts exit 1 and that the store holds only its sample workshop; returns what was printed on stderr. */
    private org.assertj.core.api.AbstractStringAssert<?> refusedCreatingNothing(CliTest.Run result) {
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(workshopNames()).extracting(WorkshopSummary::name).containsExactly("FY27 strategy offsite");
        return assertThat(result.err());
    }

    @Test
    void aHeaderOnlyFileCreatesNoWorkshopRecordsNoEventAndSaysSo() throws Exception {
        Path file = Files.writeString(folder.resolve("empty.csv"), "title,description\r\n");
        run("workshops");
        AuditChain.Entry before = lastEvent();

        for (String workshop : java.util.List.of("New workshop", "FY27 strategy offsite")) {
            CliTest.Run result = run("import", workshop, file.toString());

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).isEqualTo("The file has no initiatives in it; there is nothing to import. "
                    + "Nothing was changed or recorded.\n");
        }
        assertThat(lastEvent()).isEqualTo(before);
        assertThat(workshopNames()).extracting(WorkshopSummary::name).containsExactly("FY27 strategy offsite");
    }

    @Test
    void aWorkshopNameWithAnEscapeCodeIsRefusedAndNothingIsCreated() throws Exception {
        CliTest.Run result = run("import", "Q3\u001B[31m review", "src/site/resources/examples/initiatives.csv");

        refusedCreatingNothing(result)
                .contains("Workshop name holds an invisible character, U+001B ESCAPE at character 3");
    }

    @Test
    void aTitleWithALineBreakThatWouldForgeARowIsNamedWithItsLine() throws Exception {
        Path file = Files.writeString(folder.resolve("forged.csv"),
                "title\r\nPasskeys\r\n\"Vault\n  99  Forged workshop\"\r\n");

        CliTest.Run result = run("import", "New workshop", file.toString());

        refusedCreatingNothing(result).startsWith("Line 3, title: Title holds a line break (U+000A) at character 6");
    }

    @Test
    void aCellThatSwallowedARowIsRefusedUnlessMultilineIsAllowed() throws Exception {
        Path file = Files.writeString(folder.resolve("open.csv"), "title,category,description\r\n"
                + "Passkeys,Identity,\"Phishing-resistant\r\nVault,Platform,Secrets\r\nHSM,Platform,Keys\r\n");

        CliTest.Run refused = run("import", "New workshop", file.toString());

        refusedCreatingNothing(refused).startsWith("Line 2, description: This cell runs from line 2 to line 4 and "
                + "holds 4 commas").contains("import again with --allow-multiline");

        CliTest.Run allowed = run("import", "New workshop", file.toString(), "--allow-multiline");

        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("1 initiative added");
    }

    @Test
    void exportWritesTheAgreedRegisterAndSaysHowManyInitiativesItHolds() throws Exception {
        Path file = folder.resolve("register.csv");

        CliTest.Run result = run("export", "FY27 strategy offsite", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("Wrote the register of \u201CFY27 strategy offsite\u201D to "
                + file.toAbsolutePath() + ": 3 agreed initiatives.\n");
        String text = Files.readString(file);
        assertThat(text).startsWith("\uFEFFinitiative_id,initiative,category,sponsor,CISO_value,");
        assertThat(text.split("\r\n")).hasSize(4);
    }

    @Test
    void exportAllAddsTheInitiativesNotYetAgreedAndNoBomLeavesOutTheByteOrderMark() throws Exception {
        Path file = folder.resolve("all.csv");

        CliTest.Run result = run("export", "1", file.toString(), "--all", "--no-bom");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("Wrote the register of \u201CFY27 strategy offsite\u201D to "
                + file.toAbsolutePath() + ": 14 initiatives, 3 of them agreed.\n");
        assertThat(Files.readString(file)).startsWith("initiative_id,");
        assertThat(Files.readString(file).split("\r\n")).hasSize(15);
    }

    @Test
    void exportOfAWorkshopThatDoesNotExistFailsWithExitOneAndWritesNothing() {
        Path file = folder.resolve("register.csv");

        CliTest.Run result = run("export", "No such workshop", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("parley: No workshop is named or numbered \"No such workshop\". "
                + "Run the workshops command to list them.\n");
        assertThat(file).doesNotExist();
    }

    @Test
    void exportOntoTheStoreOrItsLogIsRefusedAndTheStoreStillOpens() throws Exception {
        run("workshops");
        Path store = folder.resolve("exchange.mv.db").toAbsolutePath();
        Path log = folder.resolve("parley.log").toAbsolutePath();
        byte[] before = Files.readAllBytes(store);

        for (Path target : java.util.List.of(store, log)) {
            CliTest.Run result = run("export", "FY27 strategy offsite", target.toString());

            assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEqualTo("parley: Nothing was written: " + target + " is a file Parley keeps "
                    + "beside its store. Name another file, such as " + target.resolveSibling("register.csv") + ".\n");
        }
        assertThat(Files.readAllBytes(store)).startsWith(java.util.Arrays.copyOf(before, 4));
        CliTest.Run list = run("workshops");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("FY27 strategy offsite");
    }

    @Test
    void exportIntoAFolderThatDoesNotExistFailsWithExitOneAndSaysWhich() {
        Path file = folder.resolve("missing").resolve("register.csv");

        CliTest.Run result = run("export", "FY27 strategy offsite", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("parley: The folder of " + file.toAbsolutePath()
                + " does not exist. Choose another place.\n");
    }

    @Test
    void exportWithoutAFileIsBadUsage() {
        CliTest.Run result = run("export", "FY27 strategy offsite");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Missing required parameter: 'FILE'").contains("Usage: parley export");
        assertThat(folder.resolve("exchange.mv.db")).doesNotExist();
    }
}
