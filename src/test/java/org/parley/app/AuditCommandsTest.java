package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Signatures;

/**
 * {@code parley verify}: exit 0 and the last hash when intact, exit 1 naming the first broken event.
 * {@code parley verify-register}: exit 0 with the keys' fingerprints when every signed row of a register file
 * verifies, exit 1 naming each row that does not; never a store.
 */
class AuditCommandsTest {

    @TempDir
    Path folder;
    private Path store;

    @BeforeEach
    void createTheSampleStore() {
        store = folder.resolve("verify.mv.db");
        assertThat(run("workshops").exitCode()).isZero();
    }

    private CliTest.Run run(String... args) {
        return CliTest.runOn(store, args);
    }

    /** Plain SQL on the closed store, as someone with the file and an H2 console could run it. */
    private String sql(String statement) throws Exception {
        String name = store.toString().substring(0, store.toString().length() - ".mv.db".length());
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + name, "parley", "");
             Statement sql = connection.createStatement()) {
            if (sql.execute(statement)) {
                try (ResultSet rows = sql.getResultSet()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
            return null;
        }
    }

    @Test
    void anIntactStoreExitsZeroWithTheCountsAndTheLastHash() throws Exception {
        CliTest.Run result = run("verify");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        String events = sql("SELECT COUNT(*) FROM audit_event");
        String lastHash = sql("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1");
        assertThat(result.out().lines().toList()).hasSize(2);
        assertThat(result.out().lines().toList().get(0)).isEqualTo("intact: " + events + " events, 3 frozen agreements");
        assertThat(result.out().lines().toList().get(1))
                .startsWith("last hash: " + lastHash + " (event " + events + ", 20")
                .endsWith("Z)");
    }

    @Test
    void anEditedEventExitsOneNamingIt() throws Exception {
        sql("UPDATE audit_event SET payload = '{\"name\":\"FY28\"}' WHERE id = 1");

        CliTest.Run result = run("verify");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("parley: not intact: event 1 (")
                .contains(", WORKSHOP_CREATED): its content no longer matches its hash (it was changed).")
                .contains("Restore the store from a backup you trust");
    }

    @Test
    void anEditedFrozenAgreementExitsOneNamingItsFrozenEvent() throws Exception {
        String event = sql("SELECT id FROM audit_event WHERE kind = 'AGREEMENT_FROZEN' ORDER BY id LIMIT 1");
        String agreement = sql("SELECT subject_id FROM audit_event WHERE id = " + event);
        sql("UPDATE agreement SET residual_likelihood = 1 WHERE id = " + agreement);

        CliTest.Run result = run("verify");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("parley: not intact: event " + event + " (")
                .contains(", AGREEMENT_FROZEN): agreement " + agreement + " (version 1 for initiative ")
                .contains("no longer matches the SHA-256 recorded when it was signed");
    }

    @Test
    void aHashWrittenDownEarlierShowsThatTheNewestEventsWereDeleted() throws Exception {
        // The sample ends with an AGREEMENT_FROZEN event, whose deletion verify sees anyway (as it sees a deleted
        // seal of a reveal or an appetite); append a plain one, which seals nothing.
        assertThat(run("export", "FY27 strategy offsite", folder.resolve("register.csv").toString()).exitCode())
                .isZero();
        String noted = sql("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1");
        assertThat(run("verify", "--expect", noted.substring(0, 12)).exitCode()).isZero();

        sql("DELETE FROM audit_event WHERE id = (SELECT MAX(id) FROM audit_event)");

        assertThat(run("verify").exitCode()).as("without the noted hash").isZero();
        CliTest.Run result = run("verify", "--expect", noted);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("the log ends here and no event has the hash you noted, " + noted);
    }

    @Test
    void aMalformedExpectedHashIsBadUsage() {
        CliTest.Run result = run("verify", "--expect", "abc");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--expect needs a hash that verify printed, or at least its first 12 "
                + "characters (0-9, a-f), not \"abc\".");
    }

    // verify-register

    /** The sample's register, exported by the command line. */
    private Path exportedRegister() {
        Path file = folder.resolve("register.csv");
        assertThat(run("export", "FY27 strategy offsite", file.toString()).exitCode()).isZero();
        return file;
    }

    /**
     * Runs verify-register with {@code PARLEY_DB} set to a store in a folder that does not exist, and checks that
     * the folder still does not exist afterwards: no store, no log file.
     */
    private CliTest.Run verifyRegister(String... args) {
        Path nowhere = folder.resolve("no store here");
        String[] all = new String[args.length + 1];
        all[0] = "verify-register";
        System.arraycopy(args, 0, all, 1, args.length);

        CliTest.Run result = CliTest.run(Map.of("PARLEY_DB", nowhere.resolve("parley").toString()), all);

        assertThat(nowhere).as("the store's folder").doesNotExist();
        return result;
    }

    private String fingerprint(int seat) throws Exception {
        return Signatures.fingerprint(sql("SELECT public_key FROM party WHERE seat = " + seat + " AND workshop_id = "
                + "(SELECT MIN(id) FROM workshop)"));
    }

    @Test
    void verifyRegisterOnAnUntouchedExportPrintsEachPartysKeyAndTheSignedRows() throws Exception {
        Path register = exportedRegister();

        CliTest.Run result = verifyRegister(register.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines().toList()).containsExactly(
                "CISO signed with key " + fingerprint(1),
                "CTO signed with key " + fingerprint(2),
                "Verified 3 signed rows.");
    }

    @Test
    void verifyRegisterExitsOneNamingTheRowWhoseCellWasEdited() throws Exception {
        Path register = exportedRegister();
        String text = Files.readString(register, StandardCharsets.UTF_8);
        // The first row's decision: it now reads as if the assistant could proceed without conditions.
        Files.writeString(register, text.replaceFirst(",Proceed with conditions,", ",Proceed,"), StandardCharsets.UTF_8);

        CliTest.Run result = verifyRegister(register.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        String row = "Line 2 (\u201CGenerative-AI customer support assistant\u201D): ";
        assertThat(result.err().lines().toList()).containsExactly(
                row + "CISO's signature does not match the row: a cell differs from what was signed, or the "
                        + "signature or the key is not this row's.",
                row + "CTO's signature does not match the row: a cell differs from what was signed, or the "
                        + "signature or the key is not this row's.",
                "parley: 1 of 3 signed rows does not verify: the file is not as both parties signed it.");
    }

    @Test
    void verifyRegisterExitsOneWhenThePartiesSignaturesAndKeysAreSwapped() throws Exception {
        Path register = exportedRegister();
        Path swapped = folder.resolve("swapped.csv");
        try (Reader in = Files.newBufferedReader(register, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(in);
                CSVPrinter out = CSVFormat.RFC4180.print(swapped, StandardCharsets.UTF_8)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.toList());
                if (record.getRecordNumber() > 1) {
                    // The last four: CISO_signature, CTO_signature, CISO_public_key, CTO_public_key.
                    int last = cells.size() - 1;
                    Collections.swap(cells, last - 3, last - 2);
                    Collections.swap(cells, last - 1, last);
                }
                out.printRecord(cells);
            }
        }

        CliTest.Run result = verifyRegister(swapped.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        String row = "Line 2 (\u201CGenerative-AI customer support assistant\u201D): ";
        String moved = "'s, the other party's: they were moved here from its columns.";
        assertThat(result.err().lines().toList()).hasSize(7).startsWith(
                row + "CISO's signature does not match the row: the signature and the key are seat 2" + moved,
                row + "CTO's signature does not match the row: the signature and the key are seat 1" + moved)
                .endsWith("parley: 3 of 3 signed rows do not verify: the file is not as both parties signed it.");
    }

    @Test
    void verifyRegisterWithTheScoreHeadersRelabelledNamesTheCisosKeyForTheFirstPartyColumns() throws Exception {
        Path register = exportedRegister();
        String text = Files.readString(register, StandardCharsets.UTF_8);
        Files.writeString(register, text.replaceFirst(
                "CISO_value,CISO_likelihood,CISO_impact,CTO_value,CTO_likelihood,CTO_impact",
                "CTO_value,CTO_likelihood,CTO_impact,CISO_value,CISO_likelihood,CISO_impact"), StandardCharsets.UTF_8);

        CliTest.Run result = verifyRegister(register.toString());

        // The scores still stand where they were signed, so the rows verify; the seat's key gives the labels away.
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList()).containsExactly(
                "CTO signed with key " + fingerprint(1),
                "CISO signed with key " + fingerprint(2),
                "Verified 3 signed rows.");
    }

    @Test
    void verifyRegisterOnAFileThatIsNotARegisterNamesTheMissingColumn() throws Exception {
        Path scores = Files.writeString(folder.resolve("scores.csv"), "initiative,likelihood,impact,value\r\n1,3,4,4\r\n",
                StandardCharsets.UTF_8);

        CliTest.Run result = verifyRegister(scores.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList()).containsExactly("parley: The file is not a register written by "
                + "parley export: it has no initiative_id column (nor 19 other register columns).");
    }

    @Test
    void verifyRegisterOfAFileThatDoesNotExistSaysSo() {
        Path missing = folder.resolve("missing.csv");

        CliTest.Run result = verifyRegister(missing.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines().toList()).containsExactly("parley: There is no file " + missing.toAbsolutePath()
                + ". Check the path and try again.");
    }

    @Test
    void verifyRegisterWithoutAFileIsBadUsage() {
        CliTest.Run result = verifyRegister();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required parameter: 'FILE'").contains("Usage: parley verify-register");
    }

    @Test
    void verifyRegisterNeverOpensTheStoreItIsGivenEither() throws Exception {
        Path register = exportedRegister();
        Path elsewhere = folder.resolve("elsewhere");

        CliTest.Run result = CliTest.run(Map.of(), "--db", elsewhere.resolve("team.mv.db").toString(), "verify-register",
                register.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(elsewhere).doesNotExist();
    }
}
