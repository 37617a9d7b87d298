package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.AgreementStatement;
import org.parley.domain.Assessment;
import org.parley.domain.Condition;
import org.parley.domain.Initiative;
import org.parley.domain.Party;
import org.parley.domain.RegisterRow;
import org.parley.domain.RiskScore;
import org.parley.domain.Seat;
import org.parley.store.Store;
import org.parley.testing.TestStores;

/** The register export against design.md's contract, on the sample workshop of a new store. */
class RegisterExporterTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static final String SAMPLE_HEADER = "initiative_id,initiative,category,sponsor,"
            + "CISO_value,CISO_likelihood,CISO_impact,CTO_value,CTO_likelihood,CTO_impact,"
            + "agreed_value,inherent_likelihood,inherent_impact,inherent_score,inherent_band,"
            + "residual_likelihood,residual_impact,residual_score,residual_band,within_agreed_appetite,"
            + "decision,treatment,conditions,risk_owner,review_date,rationale,"
            + "CISO_signed_at,CTO_signed_at,version,workshop,"
            + "CISO_signature,CTO_signature,CISO_public_key,CTO_public_key";

    /** Base64 of an Ed25519 signature (64 bytes) or key (32 bytes), guarded with ' when it starts with +. */
    private static final String SIGNATURE = "'?[A-Za-z0-9+/]{86}==";
    private static final String KEY = "'?[A-Za-z0-9+/]{43}=";

    @TempDir
    Path folder;

    private Store store;
    private Services services;
    private long workshopId;

    @BeforeEach
    void openTheSample() {
        store = TestStores.open(folder);
        services = TestStores.withSample(store);
        workshopId = services.workshops().workshops().get(0).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path export(boolean all, CsvOptions options) throws IOException {
        Path file = folder.resolve("register.csv");
        RegisterExporter.export(file, "FY27 strategy offsite", services.workshops().parties(workshopId),
                services.register().rows(workshopId), all, options, ExchangeProgress.NONE);
        return file;
    }

    /** The file's lines without the BOM, split at CRLF only; the sample has no line break inside a cell. */
    private List<String> lines(boolean all) throws IOException {
        String text = Files.readString(export(all, CsvOptions.WITHOUT_BOM), UTF_8);
        assertThat(text).endsWith("\r\n");
        return Arrays.asList(text.substring(0, text.length() - 2).split("\r\n", -1));
    }

    @Test
    void theHeaderIsTheRegisterContractWithThePartiesRoleLabels() throws IOException {
        assertThat(String.join(",", RegisterExporter.columns(services.workshops().parties(workshopId))))
                .isEqualTo(SAMPLE_HEADER);
        assertThat(lines(false).get(0)).isEqualTo(SAMPLE_HEADER);
    }

    @Test
    void eachSignedAgreementIsOneRowInInitiativeIdOrder() throws IOException {
        List<String> lines = lines(false);

        assertThat(lines).hasSize(4);
        assertThat(lines.subList(1, 4)).extracting(line -> line.substring(0, line.indexOf(",", line.indexOf(",") + 1)))
                .containsExactly("1,Generative-AI customer support assistant", "5,DevSecOps pipeline",
                        "6,AI coding assistants for all engineers");
    }

    @Test
    void rowsGivenInAnyOrderAreWrittenInInitiativeIdOrder() throws IOException {
        List<RegisterRow> shuffled = new java.util.ArrayList<>(services.register().rows(workshopId));
        java.util.Collections.reverse(shuffled);
        java.util.Collections.swap(shuffled, 0, shuffled.size() / 2);
        Path file = folder.resolve("shuffled.csv");

        RegisterExporter.export(file, "FY27 strategy offsite", services.workshops().parties(workshopId), shuffled,
                true, CsvOptions.WITHOUT_BOM, ExchangeProgress.NONE);

        List<String> written = Files.readAllLines(file, UTF_8);
        assertThat(written.subList(1, 15)).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
        assertThat(written).isEqualTo(lines(true));
    }

    @Test
    void anAgreedRowHasTheScoresTheTermsTheSigningTimesTheVersionTheWorkshopAndTheSignatures() throws IOException {
        String line = lines(false).get(1);
        String signedCells = "1,Generative-AI customer support assistant,AI & Data,"
                + "VP Customer Experience,"
                + "3.5,4,4,4.5,3,3,"
                + "4.0,4,4,16,Critical,2,4,8,Medium,true,"
                + "Proceed with conditions,Mitigate,"
                + "\"Data processing agreement with the model provider: EU hosting, zero retention, no training on "
                + "our transcripts (owner: Sofia Marin, Legal Counsel; due 2026-12-23)"
                + " | Prompt-injection and data-leak testing by the red team before launch; findings above Medium "
                + "fixed (owner: Head of Application Security; due 2027-01-07)"
                + " | Human review of every drafted reply for the first 90 days after launch "
                + "(owner: VP Customer Experience; due 2027-04-07)\","
                + "VP Customer Experience,2027-05-23,"
                + "\"Inherent risk is the CISO's 16: transcripts with personal data go to a provider we have not "
                + "assessed. With the DPA, prompt-injection testing and human review, a leak becomes unlikely "
                + "(residual 8), within the agreed appetite at value 4.0.\","
                + "2026-11-23T09:00:00Z,2026-11-23T09:00:00Z,1,FY27 strategy offsite,";

        assertThat(line).startsWith(signedCells);
        // Each party's signature, then each party's public key; RegisterSignatureColumnsTest checks they verify.
        assertThat(line.substring(signedCells.length()))
                .matches(SIGNATURE + "," + SIGNATURE + "," + KEY + "," + KEY);
    }

    @Test
    void anAgreementWithoutConditionsHasAnEmptyConditionsCellAndTheExceptionIsOutsideTheAppetite() throws IOException {
        List<String> lines = lines(false);

        assertThat(lines.get(2)).startsWith("5,DevSecOps pipeline,Engineering,VP Engineering,"
                + "4.3,1,2,3.8,2,2,4.0,2,2,4,Low,2,2,4,Low,true,Proceed,Accept,,\"Priya Nair, VP Engineering\","
                + "2027-08-23,");
        assertThat(lines.get(3)).startsWith("6,AI coding assistants for all engineers,Engineering,CTO,")
                .contains(",3.5,4,4,16,Critical,3,4,12,High,false,Proceed with conditions,Accept,");
    }

    @Test
    void withAllEveryInitiativeIsThereAndThoseNotAgreedHaveEmptyAgreementColumnsButTheirRevealedScores()
            throws IOException {
        List<String> lines = lines(true);

        assertThat(lines).hasSize(15);
        assertThat(lines.subList(1, 15)).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
        assertThat(lines.get(1)).isEqualTo(lines(false).get(1));
        // The card payments platform: CISO 3×5, CTO 2×5, no agreement yet.
        assertThat(lines.get(2)).isEqualTo("2,Move card payments platform to public cloud,Cloud & Infrastructure,"
                + "Head of Payments,3.3,3,5,4.0,2,5" + ",".repeat(20) + "FY27 strategy offsite,,,,");
        assertThat(lines.get(2).split(",", -1)).hasSize(34);
    }

    @Test
    void aByteOrderMarkIsWrittenByDefaultAndCanBeLeftOut() throws IOException {
        assertThat(Files.readAllBytes(export(false, CsvOptions.DEFAULT))).startsWith(BOM)
                .startsWith((new String(BOM, UTF_8) + "initiative_id,").getBytes(UTF_8));
        assertThat(Files.readAllBytes(export(false, CsvOptions.WITHOUT_BOM)))
                .startsWith("initiative_id,".getBytes(UTF_8));
    }

    @Test
    void everyLineEndsWithCrLfAndNoLineFeedStandsAlone() throws IOException {
        String text = Files.readString(export(true, CsvOptions.DEFAULT), UTF_8);

        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text.split("\r\n")).hasSize(15);
    }

    @Test
    void aCancelledExportLeavesNoFileAndAnExistingRegisterUnchanged() throws IOException {
        Path target = folder.resolve("register.csv");
        List<Party> parties = services.workshops().parties(workshopId);
        List<RegisterRow> rows = services.register().rows(workshopId);

        assertThatThrownBy(() -> RegisterExporter.export(target, "FY27 strategy offsite", parties, rows, true,
                CsvOptions.DEFAULT, CsvFileWriterTest.cancelAfter(5))).isInstanceOf(ExchangeCancelledException.class);
        assertThat(target).doesNotExist();

        Files.writeString(target, "last week's register\r\n");
        assertThatThrownBy(() -> RegisterExporter.export(target, "FY27 strategy offsite", parties, rows, true,
                CsvOptions.DEFAULT, CsvFileWriterTest.cancelAfter(13))).isInstanceOf(ExchangeCancelledException.class);
        assertThat(Files.readString(target)).isEqualTo("last week's register\r\n");
        assertThat(CsvFileWriterTest.filesIn(folder)).filteredOn(name -> name.contains("register"))
                .containsExactly("register.csv");
    }

    @Test
    void progressCountsTheRowsOfTheRegister() throws IOException {
        List<long[]> updates = new java.util.ArrayList<>();
        ExchangeProgress progress = new ExchangeProgress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        int written = RegisterExporter.export(folder.resolve("register.csv"), "FY27 strategy offsite",
                services.workshops().parties(workshopId), services.register().rows(workshopId), false,
                CsvOptions.DEFAULT, progress);

        assertThat(written).isEqualTo(3);
        assertThat(updates).extracting(u -> u[0] + "/" + u[1]).containsExactly("1/3", "2/3", "3/3");
    }

    // Parts of the contract that need no store.

    @Test
    void roleLabelsBecomeSafeColumnNamesWithTheirCaseKept() {
        assertThat(RegisterExporter.columnPrefix(party(Seat.FIRST, "CISO"))).isEqualTo("CISO");
        assertThat(RegisterExporter.columnPrefix(party(Seat.FIRST, "Head of IT/Ops"))).isEqualTo("Head_of_IT_Ops");
        assertThat(RegisterExporter.columnPrefix(party(Seat.FIRST, "  R&D - lead. "))).isEqualTo("R_D_lead");
        assertThat(RegisterExporter.columnPrefix(party(Seat.FIRST, "-cio"))).isEqualTo("cio");
        assertThat(RegisterExporter.columnPrefix(party(Seat.FIRST, "Sécurité_SI"))).isEqualTo("Sécurité_SI");
        assertThat(RegisterExporter.columnPrefix(party(Seat.SECOND, "/ & /"))).isEqualTo("party2");
    }

    @Test
    void twoRoleLabelsThatGiveTheSameColumnNameAreToldApartByTheirSeat() {
        List<String> columns = RegisterExporter.columns(List.of(party(Seat.FIRST, "IT Ops"), party(Seat.SECOND, "it-ops")));

        assertThat(columns).contains("IT_Ops_1_value", "it_ops_2_impact", "IT_Ops_1_signed_at", "it_ops_2_signed_at",
                "IT_Ops_1_signature", "it_ops_2_public_key");
        assertThat(columns).doesNotHaveDuplicates().hasSize(34);
    }

    /** The statement formats the cell the register writes; the contract is the register's. */
    @Test
    void conditionsShareOneCellInTheirOrder() {
        assertThat(AgreementStatement.conditions(List.of(
                new Condition("Sign a DPA with the model provider", "Legal", java.time.LocalDate.of(2027, 1, 31)),
                new Condition("Prompt-injection test", "AppSec", java.time.LocalDate.of(2027, 2, 15)))))
                .isEqualTo("Sign a DPA with the model provider (owner: Legal; due 2027-01-31)"
                        + " | Prompt-injection test (owner: AppSec; due 2027-02-15)");
        assertThat(AgreementStatement.conditions(List.of(new Condition("No owner yet", "", null))))
                .isEqualTo("No owner yet");
        assertThat(AgreementStatement.conditions(List.of())).isEmpty();
    }

    @Test
    void anAssessmentWithoutItsCounterpartIsNeverWrittenWhateverTheRowCarries() {
        Initiative initiative = AwkwardInitiatives.initiative(9, "Half scored", "", "", "", null, List.of());
        Assessment alone = new Assessment(1, 9, Seat.FIRST, 1, RiskScore.of(5, 5), Map.of(1L, 5), 5.0, "secret",
                TestStores.CLOCK.instant());

        List<String> cells = RegisterExporter.row(new RegisterRow(initiative, alone, null, null), "W").stream()
                .map(CsvCell::written).toList();

        assertThat(cells).hasSize(34);
        assertThat(cells.subList(4, 10)).containsOnly("");
    }

    private static Party party(Seat seat, String roleLabel) {
        return new Party(seat.number(), 1, seat, "Someone", roleLabel, seat.defaultColour(), false);
    }
}
