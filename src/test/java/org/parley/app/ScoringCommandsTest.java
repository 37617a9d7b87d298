package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.AuditChain;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.Seat;
import org.parley.domain.Workshop;
import org.parley.store.Store;
import org.parley.testing.TestConsent;

class ScoringCommandsTest {

    @TempDir
    Path folder;
    private Path store;
    private long workshopId;

    @BeforeEach
    void prepare() {
        store = folder.resolve("cli.mv.db");
        try (Store opened = Store.open(store)) {
            Services services = new Services(opened);
            Workshop workshop = services.workshops().create("Q3 review", TestConsent.nobody());
            workshopId = workshop.id();
            for (String title : List.of("Passkeys for staff", "Open data lake")) {
                services.initiatives().add(workshop.id(), new InitiativeDraft(title, "", "", "", null, List.of()),
                        TestConsent.nobody());
            }
        }
    }

    private CliTest.Run run(String... args) {
        return CliTest.runOn(store, args);
    }

    private Path csv(String name, String... lines) throws Exception {
        return Files.writeString(folder.resolve(name), String.join("\r\n", lines) + "\r\n");
    }

    private int scored(Seat seat) {
        try (Store opened = Store.open(store)) {
            return new Services(opened).scoring().board(workshopId, seat).ownScored();
        }
    }

    @Test
    void bothPartiesImportTheirScoresAndRevealShowsThem() throws Exception {
        Path ciso = csv("ciso.csv",
                "initiative,likelihood,impact,Strategic fit,Growth,Efficiency,Customer impact,rationale",
                "Passkeys for staff,2,3,4,4,4,4,Phishing-resistant",
                "open data lake,Likely,Major,3,3,3,2,\"Personal data, unmasked\"");
        CliTest.Run first = run("import-scores", "Q3 review", "CISO", ciso.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("Recorded the scores of CISO for 2 initiatives");

        CliTest.Run early = run("reveal", "Q3 review");
        assertThat(early.out()).contains("Revealed 0 initiatives").contains("2 still wait for a party's scores");

        Path cto = csv("cto.csv", "initiative;likelihood;impact;value", "1;2;2;5", "2;3;4;4");
        assertThat(run("import-scores", Long.toString(workshopId), "2", cto.toString()).exitCode()).isZero();

        CliTest.Run reveal = run("reveal", "Q3 review");
        assertThat(reveal.exitCode()).isZero();
        assertThat(reveal.out()).contains("Revealed 2 initiatives of \u201CQ3 review\u201D.");
        assertThat(scored(Seat.SECOND)).isEqualTo(2);
    }

    @Test
    void aBadLineRejectsTheWholeFileAndIsNamed() throws Exception {
        Path bad = csv("bad.csv", "initiative,likelihood,impact,value",
                "Passkeys for staff,2,3,4",
                "Open data lake,9,3,4");

        CliTest.Run result = run("import-scores", "Q3 review", "CISO", bad.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Line 3, likelihood: \"9\" must be a whole number from 1 to 5");
        assertThat(result.out()).isEmpty();
        assertThat(scored(Seat.FIRST)).isZero();
    }

    @Test
    void anUnclosedQuoteThatSwallowsTheNextRowIsNamedAndRefusedUnlessMultilineIsAllowed() throws Exception {
        Path swallowed = csv("swallowed.csv", "initiative,likelihood,impact,value,rationale",
                "Passkeys for staff,2,3,4,\"Phishing-resistant", "Open data lake,4,4,2,Personal data");

        CliTest.Run refused = run("import-scores", "Q3 review", "CISO", swallowed.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("Line 2, rationale: This cell runs from line 2 to line 3 and holds 4 "
                + "commas, as many as a whole row: a quote that is opened and never closed reads the lines after it "
                + "into its cell. Close the quote where the cell should end.\n"
                + "Nothing was imported: 1 cell runs over several lines as if a quote had been left open. Close the "
                + "quote where each cell should end; if the line breaks are meant, import again with "
                + "--allow-multiline.\n");
        assertThat(scored(Seat.FIRST)).isZero();

        CliTest.Run allowed = run("import-scores", "Q3 review", "CISO", swallowed.toString(), "--allow-multiline");

        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("Recorded the scores of CISO for 1 initiative");
        assertThat(scored(Seat.FIRST)).isEqualTo(1);
    }

    @Test
    void aHeaderOnlyFileRecordsNothingAndSaysSo() throws Exception {
        Path empty = csv("empty.csv", "initiative,likelihood,impact,value");
        AuditChain.Entry before = lastEvent();

        CliTest.Run result = run("import-scores", "Q3 review", "CISO", empty.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("The file has no scores in it; there is nothing to import. Nothing was "
                + "changed or recorded.\n");
        assertThat(lastEvent()).isEqualTo(before);
    }

    @Test
    void aBinaryFileIsNamedWithItsLineAndChangesNothing() throws Exception {
        Path binary = Files.write(folder.resolve("scores.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, '\n', 1, 2});
        AuditChain.Entry before = lastEvent();

        CliTest.Run result = run("import-scores", "Q3 review", "CISO", binary.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("Line 1: The file holds a NUL character, which text never does")
                .endsWith("Nothing will be imported: the file has a problem. Correct the file and import it again.\n");
        assertThat(lastEvent()).isEqualTo(before);
    }

    @Test
    void aFileWithAnErrorOnEveryLinePrintsTheFirstHundredAndHowManyMore() throws Exception {
        StringBuilder lines = new StringBuilder("initiative,likelihood,impact,value\r\n");
        for (int i = 0; i < 3000; i++) {
            lines.append("Passkeys for staff,9,3,4\r\n");
        }
        Path bad = Files.writeString(folder.resolve("bad.csv"), lines);

        CliTest.Run result = run("import-scores", "Q3 review", "CISO", bad.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        List<String> printed = result.err().lines().toList();
        assertThat(printed).hasSize(102);
        assertThat(printed.get(0)).isEqualTo("Line 2, likelihood: \"9\" must be a whole number from 1 to 5 (or a label "
                + "such as Likely).");
        assertThat(printed.get(100)).isEqualTo("\u2026 and 5,899 more problems, not listed: correct the first 100 and "
                + "import the file again to see the rest.");
        assertThat(printed.get(101)).isEqualTo("Nothing will be imported: the file has 5,999 problems. Correct the "
                + "file and import it again.");
        assertThat(scored(Seat.FIRST)).isZero();
    }

    private AuditChain.Entry lastEvent() {
        try (Store opened = Store.open(store)) {
            return new Services(opened).audit().head().orElse(null);
        }
    }

    @Test
    void scoresForARevealedRoundAreRefusedAndNothingIsWritten() throws Exception {
        Path both = csv("both.csv", "initiative,likelihood,impact,value", "Passkeys for staff,2,3,4",
                "Open data lake,3,3,3");
        run("import-scores", "Q3 review", "CISO", both.toString());
        run("import-scores", "Q3 review", "CTO", both.toString());
        run("reveal", "Q3 review");
        Path again = csv("again.csv", "initiative,likelihood,impact,value",
                "Open data lake,2,2,2", "Passkeys for staff,1,1,1");

        CliTest.Run result = run("import-scores", "Q3 review", "CISO", again.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).as("every refused line is named, not only the first")
                .contains("Line 2 (\u201COpen data lake\u201D): round 1 is revealed; open round 2")
                .contains("Line 3 (\u201CPasskeys for staff\u201D): round 1 is revealed; open round 2")
                .contains("Nothing was imported.");
        assertThat(scored(Seat.FIRST)).isEqualTo(2);
    }

    @Test
    void aPartyWithAPinMustGiveItOnTheCommandLine() throws Exception {
        try (Store opened = Store.open(store)) {
            Services services = new Services(opened);
            Party ciso = services.workshops().parties(workshopId).get(0);
            services.consents().setPin(TestConsent.of(services, ciso), ciso, null, "24682468");
        }
        Path file = csv("ciso.csv", "initiative,likelihood,impact,value", "Passkeys for staff,2,3,4");
        String[] args = {"--db", store.toString(), "--pin-stdin", "import-scores", "Q3 review", "CISO", file.toString()};

        CliTest.Run noPin = run("import-scores", "Q3 review", "CISO", file.toString());
        assertThat(noPin.exitCode()).isEqualTo(1);
        assertThat(noPin.err()).contains("CISO has a PIN").contains("--pin-stdin");

        CliTest.Run wrong = CliTest.runWithInput("11111111\n", Map.of(), args);
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).contains("CISO: Wrong PIN. 4 tries left");
        assertThat(scored(Seat.FIRST)).isZero();

        CliTest.Run right = CliTest.runWithInput("24682468\n", Map.of(), args);
        assertThat(right.exitCode()).as(right.err()).isZero();
        assertThat(scored(Seat.FIRST)).isEqualTo(1);
    }

    @Test
    void wrongPinsAreCountedAcrossRestarts() {
        try (Store opened = Store.open(store)) {
            Services services = new Services(opened);
            Party ciso = services.workshops().parties(workshopId).get(0);
            services.consents().setPin(TestConsent.of(services, ciso), ciso, null, "24682468");
        }
        for (int attempt = 1; attempt <= 5; attempt++) {
            // Each attempt is a new process's worth of services on the same store file.
            try (Store opened = Store.open(store)) {
                Services services = new Services(opened);
                services.consents().checkPin(services.workshops().parties(workshopId).get(0), "00000000");
            }
        }
        try (Store opened = Store.open(store)) {
            Services services = new Services(opened);
            var check = services.consents().checkPin(services.workshops().parties(workshopId).get(0), "24682468");
            assertThat(check.accepted()).as("the wait survives a restart").isFalse();
            assertThat(check.message()).startsWith("Too many wrong PINs. Wait");
        }
    }

    @Test
    void unknownPartiesWorkshopsAndFilesAreNamed() {
        assertThat(run("import-scores", "Q3 review", "CFO", "x.csv").err())
                .contains("The workshop has no party called \"CFO\"; its parties are [CISO, CTO].");
        assertThat(run("reveal", "Q4").err()).contains("No workshop is named or numbered \"Q4\"");
        CliTest.Run missing = run("import-scores", "Q3 review", "CISO", folder.resolve("none.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no file");
        assertThat(run("reveal").exitCode()).as("a missing argument is bad usage").isEqualTo(2);
    }
}
