package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Assessment;
import org.parley.domain.RegisterRow;
import org.parley.domain.quant.LossEstimate;
import org.parley.store.Store;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestStores;

/**
 * The register's expected-loss columns: at the end, only when a row has an estimate, the agreed one last and only when
 * an agreement gives one (decision 0034), and signatures still verify.
 */
class RegisterLossColumnsTest {

    private static final LossEstimate CISO = new LossEstimate(0.01, 1_000_000, 10_000_000);
    private static final LossEstimate CTO = new LossEstimate(0.05, 5_000_000, 50_000_000);
    private static final LossEstimate RESIDUAL = new LossEstimate(0.02, 100_000, 1_000_000);

    @TempDir
    Path folder;
    private Store store;
    private RevealedWorkshop w;

    @BeforeEach
    void signTheAssistant() {
        store = TestStores.open(folder);
        w = RevealedWorkshop.create(store);
        w.signed(w.assistant, w.terms());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path export(List<RegisterRow> rows, String name) throws IOException {
        Path file = folder.resolve(name);
        RegisterExporter.export(file, w.workshop.name(), w.services.workshops().parties(w.workshop.id()), rows, true,
                CsvOptions.WITHOUT_BOM, ExchangeProgress.NONE);
        return file;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = new StringReader(Files.readString(file, UTF_8));
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            return parser.getRecords();
        }
    }

    /** The workshop's rows with the assistant's revealed assessments carrying the given estimates. */
    private List<RegisterRow> withEstimates(LossEstimate first, LossEstimate second) {
        return w.services.register().rows(w.workshop.id()).stream().map(row -> row.initiative().id() != w.assistant.id()
                ? row : new RegisterRow(row.initiative(), estimated(row.first(), first), estimated(row.second(), second),
                        row.agreement())).toList();
    }

    private static Assessment estimated(Assessment a, LossEstimate loss) {
        return new Assessment(a.id(), a.initiativeId(), a.seat(), a.round(), a.risk(), a.criterionScores(), a.value(),
                a.rationale(), a.submittedAt(), loss);
    }

    @Test
    void withoutEstimatesTheFileIsByteForByteTheOneBefore() throws IOException {
        List<RegisterRow> rows = w.services.register().rows(w.workshop.id());
        Path file = export(rows, "plain.csv");

        assertThat(Files.readString(file, UTF_8)).doesNotContain("expected_loss").doesNotContain("agreed_expected_loss");
        assertThat(read(file).get(0).getParser().getHeaderNames())
                .isEqualTo(RegisterExporter.columns(w.services.workshops().parties(w.workshop.id())));
    }

    @Test
    void withAnEstimateEachPartysExpectedLossComesLastAsAWholeNumber() throws IOException {
        Path file = export(withEstimates(CISO, CTO), "losses.csv");
        List<CSVRecord> records = read(file);
        List<String> header = records.get(0).getParser().getHeaderNames();

        assertThat(header.subList(header.size() - 2, header.size())).containsExactly("CISO_expected_loss",
                "CTO_expected_loss");
        assertThat(header.subList(0, header.size() - 2))
                .isEqualTo(RegisterExporter.columns(w.services.workshops().parties(w.workshop.id())));
        Map<String, String> assistant = records.stream().filter(r -> r.get("initiative_id")
                .equals(Long.toString(w.assistant.id()))).findFirst().orElseThrow().toMap();
        assertThat(assistant.get("CISO_expected_loss")).isEqualTo("40400");
        assertThat(assistant.get("CTO_expected_loss")).isEqualTo(Long.toString(Math.round(CTO.expectedAnnualLoss())));
        Map<String, String> pipeline = records.stream().filter(r -> r.get("initiative_id")
                .equals(Long.toString(w.pipeline.id()))).findFirst().orElseThrow().toMap();
        assertThat(pipeline.get("CISO_expected_loss")).isEmpty();
        assertThat(pipeline.get("CTO_expected_loss")).isEmpty();
    }

    @Test
    void oneEstimateOfOnePartyIsEnoughForTheColumnsAndTheOtherCellStaysEmpty() throws IOException {
        Map<String, String> assistant = read(export(withEstimates(null, CTO), "one.csv")).stream()
                .filter(r -> r.get("initiative_id").equals(Long.toString(w.assistant.id()))).findFirst().orElseThrow()
                .toMap();

        assertThat(assistant.get("CISO_expected_loss")).isEmpty();
        assertThat(assistant.get("CTO_expected_loss")).isNotEmpty();
    }

    @Test
    void aRegisterWithLossColumnsStillVerifies() throws IOException {
        RegisterVerification result = RegisterVerifier.verify(export(withEstimates(CISO, CTO), "verified.csv"));

        assertThat(result.verified()).as("%s", result.failures()).isTrue();
        assertThat(result.signedRows()).isEqualTo(1);
    }

    private Map<String, String> row(List<CSVRecord> records, long initiativeId) {
        return records.stream().filter(r -> r.get("initiative_id").equals(Long.toString(initiativeId))).findFirst()
                .orElseThrow().toMap();
    }

    @Test
    void theAgreedEstimatesExpectedLossComesLastAsAWholeNumberAndTheRegisterStillVerifies() throws IOException {
        w.signed(w.pipeline, w.terms().withResidualLoss(RESIDUAL));

        Path file = export(w.services.register().rows(w.workshop.id()), "agreed.csv");
        List<CSVRecord> records = read(file);

        List<String> header = records.get(0).getParser().getHeaderNames();
        assertThat(header.get(header.size() - 1)).isEqualTo("agreed_expected_loss");
        assertThat(header.subList(0, header.size() - 1))
                .isEqualTo(RegisterExporter.columns(w.services.workshops().parties(w.workshop.id())));
        assertThat(row(records, w.pipeline.id()).get("agreed_expected_loss"))
                .isEqualTo(Long.toString(Math.round(RESIDUAL.expectedAnnualLoss())));
        assertThat(row(records, w.assistant.id()).get("agreed_expected_loss")).isEmpty();
        RegisterVerification result = RegisterVerifier.verify(file);
        assertThat(result.verified()).as("%s", result.failures()).isTrue();
        assertThat(result.signedRows()).isEqualTo(2);
    }

    @Test
    void withThePartiesEstimatesTooTheAgreedColumnFollowsTheirs() throws IOException {
        w.signed(w.pipeline, w.terms().withResidualLoss(RESIDUAL));

        Path file = export(withEstimates(CISO, CTO), "both.csv");

        List<String> header = read(file).get(0).getParser().getHeaderNames();
        assertThat(header.subList(header.size() - 3, header.size())).containsExactly("CISO_expected_loss",
                "CTO_expected_loss", "agreed_expected_loss");
        assertThat(header.subList(0, header.size() - 1))
                .isEqualTo(RegisterExporter.columns(w.services.workshops().parties(w.workshop.id()), true));
        assertThat(RegisterVerifier.verify(file).verified()).isTrue();
    }
}
