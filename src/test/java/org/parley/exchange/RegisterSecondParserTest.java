package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementSnapshot;
import org.parley.domain.AgreementTerms;
import org.parley.domain.Assessment;
import org.parley.domain.Condition;
import org.parley.domain.Party;
import org.parley.domain.RegisterRow;
import org.parley.domain.RiskStanding;
import org.parley.domain.Signature;
import org.parley.store.Store;
import org.parley.testing.TestStores;

/**
 * Reads the sample's register with Apache Commons CSV, which shares no code with FastCSV, and checks every
 * cell by its column name against the register rows the store gives, formatted here without the exporter.
 */
class RegisterSecondParserTest {

    @TempDir
    Path folder;

    @Test
    void anIndependentParserReadsEveryCellOfTheRegisterAsTheRegisterRowsSay() throws IOException {
        try (Store store = TestStores.open(folder)) {
            Services services = TestStores.withSample(store);
            long workshopId = services.workshops().workshops().get(0).id();
            List<Party> parties = services.workshops().parties(workshopId);
            List<RegisterRow> rows = new ArrayList<>(services.register().rows(workshopId));
            rows.sort(Comparator.comparingLong(row -> row.initiative().id()));
            Path file = folder.resolve("register.csv");

            int written = RegisterExporter.export(file, "FY27 strategy offsite", parties, rows, true,
                    CsvOptions.DEFAULT, ExchangeProgress.NONE);

            String text = Files.readString(file, UTF_8);
            assertThat(text).startsWith("\uFEFF");
            try (Reader reader = new StringReader(text.substring(1));
                    CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                            .parse(reader)) {
                List<CSVRecord> records = parser.getRecords();
                assertThat(parser.getHeaderNames()).isEqualTo(RegisterExporter.columns(parties));
                assertThat(written).isEqualTo(14);
                assertThat(records).hasSize(14);
                assertThat(records.stream().filter(r -> !r.get("decision").isEmpty())).hasSize(3);
                for (int i = 0; i < rows.size(); i++) {
                    CSVRecord record = records.get(i);
                    assertThat(record.isConsistent()).isTrue();
                    Map<String, String> expected = expected(rows.get(i), "CISO", "CTO");
                    assertThat(expected.keySet()).containsExactlyElementsOf(parser.getHeaderNames());
                    for (Map.Entry<String, String> cell : expected.entrySet()) {
                        assertThat(record.get(cell.getKey()))
                                .as("%s of %s", cell.getKey(), rows.get(i).initiative().title())
                                .isEqualTo(cell.getValue());
                    }
                }
            }
        }
    }

    /** Every cell of one row as the contract says it is written; the sample has no text to neutralise. */
    private static Map<String, String> expected(RegisterRow row, String first, String second) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("initiative_id", Long.toString(row.initiative().id()));
        cells.put("initiative", row.initiative().title());
        cells.put("category", row.initiative().category());
        cells.put("sponsor", row.initiative().sponsor());
        Agreement agreement = row.agreement();
        if (agreement != null) {
            scores(cells, first, agreement.snapshot().first());
            scores(cells, second, agreement.snapshot().second());
        } else {
            scores(cells, first, row.first());
            scores(cells, second, row.second());
        }
        if (agreement == null) {
            for (String column : List.of("agreed_value", "inherent_likelihood", "inherent_impact", "inherent_score",
                    "inherent_band", "residual_likelihood", "residual_impact", "residual_score", "residual_band",
                    "within_agreed_appetite", "decision", "treatment", "conditions", "risk_owner", "review_date",
                    "rationale", first + "_signed_at", second + "_signed_at", "version")) {
                cells.put(column, "");
            }
        } else {
            AgreementTerms terms = agreement.terms();
            RiskStanding standing = agreement.standing();
            cells.put("agreed_value", oneDecimal(terms.agreedValue()));
            cells.put("inherent_likelihood", terms.inherentLikelihood().toString());
            cells.put("inherent_impact", terms.inherentImpact().toString());
            cells.put("inherent_score", Integer.toString(terms.inherentLikelihood() * terms.inherentImpact()));
            cells.put("inherent_band", standing.inherentBand().label());
            cells.put("residual_likelihood", terms.residualLikelihood().toString());
            cells.put("residual_impact", terms.residualImpact().toString());
            cells.put("residual_score", Integer.toString(terms.residualLikelihood() * terms.residualImpact()));
            cells.put("residual_band", standing.residualBand().label());
            cells.put("within_agreed_appetite", standing.residualWithin() ? "true" : "false");
            cells.put("decision", terms.decision().label());
            cells.put("treatment", terms.treatment().label());
            List<String> conditions = new ArrayList<>();
            for (Condition c : terms.conditions()) {
                conditions.add(c.description() + " (owner: " + c.owner() + "; due " + c.dueDate() + ")");
            }
            cells.put("conditions", String.join(" | ", conditions));
            cells.put("risk_owner", terms.riskOwner());
            cells.put("review_date", terms.reviewDate() == null ? "" : terms.reviewDate().toString());
            cells.put("rationale", terms.rationale());
            cells.put(first + "_signed_at", agreement.firstSignature().at().truncatedTo(ChronoUnit.SECONDS).toString());
            cells.put(second + "_signed_at", agreement.secondSignature().at().truncatedTo(ChronoUnit.SECONDS).toString());
            cells.put("version", Integer.toString(agreement.version()));
        }
        cells.put("workshop", "FY27 strategy offsite");
        for (String suffix : List.of("_signature", "_public_key")) {
            cells.put(first + suffix, agreement == null ? "" : signed(suffix, agreement.firstSignature()));
            cells.put(second + suffix, agreement == null ? "" : signed(suffix, agreement.secondSignature()));
        }
        return cells;
    }

    /** The signature or the public key, base64 (the sample's signatures are all made with keys). */
    private static String signed(String suffix, Signature signature) {
        String base64 = suffix.equals("_signature") ? signature.proof() : signature.publicKey();
        // Base64 may start with '+', which a spreadsheet would run as a formula.
        return base64.startsWith("+") ? "'" + base64 : base64;
    }

    private static void scores(Map<String, String> cells, String party, AgreementSnapshot.PartyScores scores) {
        cells.put(party + "_value", oneDecimal(scores.value()));
        cells.put(party + "_likelihood", Integer.toString(scores.likelihood()));
        cells.put(party + "_impact", Integer.toString(scores.impact()));
    }

    private static void scores(Map<String, String> cells, String party, Assessment assessment) {
        cells.put(party + "_value", assessment == null ? "" : oneDecimal(assessment.value()));
        cells.put(party + "_likelihood", assessment == null ? "" : Integer.toString(assessment.risk().likelihood().score()));
        cells.put(party + "_impact", assessment == null ? "" : Integer.toString(assessment.risk().impact().score()));
    }

    /** Half up, which {@code %.1f} does on the exact decimal value of the double. */
    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
