package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatement;
import org.parley.domain.Party;
import org.parley.domain.RegisterRow;
import org.parley.domain.Signature;
import org.parley.domain.Signatures;
import org.parley.store.Store;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestStores;

/**
 * The register's signature and public-key columns: what an agreed row holds is the statement both parties signed,
 * so the signatures beside it verify with the keys beside them.
 */
class RegisterSignatureColumnsTest {

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

    /** The register read back by Commons CSV, one map of column to cell (as written) per row. */
    private List<Map<String, String>> export(List<RegisterRow> rows) throws IOException {
        Path file = folder.resolve("register.csv");
        RegisterExporter.export(file, w.workshop.name(), w.services.workshops().parties(w.workshop.id()), rows, true,
                CsvOptions.WITHOUT_BOM, ExchangeProgress.NONE);
        try (Reader reader = new StringReader(Files.readString(file, UTF_8));
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }

    private Map<String, String> rowOf(List<Map<String, String>> rows, long initiativeId) {
        return rows.stream().filter(row -> row.get("initiative_id").equals(Long.toString(initiativeId)))
                .findFirst().orElseThrow();
    }

    private Agreement assistantAgreement() {
        return w.services.register().agreedRows(w.workshop.id()).get(0).agreement();
    }

    /** A cell as its author wrote it: the formula guard off; base64 may start with '+'. */
    private static String unguarded(String cell) {
        return FormulaGuard.restore(cell);
    }

    @Test
    void eachPartysSignatureAndKeyVerifyAgainstTheStatementOfItsRowAndTheSeatOfItsColumns() throws IOException {
        Agreement agreement = assistantAgreement();
        String sha256 = AgreementStatement.of(w.assistant.id(), agreement, agreement.snapshot()).sha256();

        Map<String, String> row = rowOf(export(w.services.register().rows(w.workshop.id())), w.assistant.id());

        for (Party party : List.of(w.ciso, w.cto)) {
            String prefix = RegisterExporter.columnPrefix(party);
            String key = unguarded(row.get(prefix + "_public_key"));
            String signature = unguarded(row.get(prefix + "_signature"));
            int seat = party.seat().number();
            assertThat(Signatures.verify(key, AgreementStatement.signedMessage(seat, sha256), signature))
                    .as("%s's signature", prefix).isTrue();
            // Bound to its seat: the same signature does not stand for the other party's, nor for the bare hash.
            assertThat(Signatures.verify(key, AgreementStatement.signedMessage(3 - seat, sha256), signature))
                    .as("%s's signature as the other seat's", prefix).isFalse();
            assertThat(Signatures.verify(key, sha256, signature)).as("%s's signature of the bare hash", prefix)
                    .isFalse();
            assertThat(Signatures.fingerprint(key)).isEqualTo(w.services.consents().fingerprint(party).orElseThrow());
        }
        // Not any signature verifies: the other party's is of the same statement, but with another key.
        assertThat(Signatures.verify(unguarded(row.get("CISO_public_key")), AgreementStatement.signedMessage(2, sha256),
                unguarded(row.get("CTO_signature")))).isFalse();
    }

    @Test
    void theAgreedRowHoldsExactlyTheCellsThatWereSigned() throws IOException {
        Agreement agreement = assistantAgreement();
        AgreementStatement signed = AgreementStatement.of(w.assistant.id(), agreement, agreement.snapshot());

        Map<String, String> row = rowOf(export(w.services.register().rows(w.workshop.id())), w.assistant.id());

        Map<String, String> cells = new HashMap<>();
        for (String key : AgreementStatement.KEYS) {
            String column = key.replace("party1_", "CISO_").replace("party2_", "CTO_");
            cells.put(key, unguarded(row.get(column)));
        }
        assertThat(AgreementStatement.fromCells(cells)).isEqualTo(signed);
    }

    @Test
    void aRowNotAgreedHasEmptySignatureAndKeyColumns() throws IOException {
        Map<String, String> row = rowOf(export(w.services.register().rows(w.workshop.id())), w.pipeline.id());

        assertThat(row).containsEntry("decision", "").containsEntry("CISO_signature", "")
                .containsEntry("CTO_signature", "").containsEntry("CISO_public_key", "")
                .containsEntry("CTO_public_key", "");
    }

    @Test
    void aSignOffGivenBeforeSigningKeysLeavesItsSignatureAndKeyEmptyButItsTimeWritten() throws IOException {
        List<RegisterRow> rows = w.services.register().rows(w.workshop.id()).stream()
                .map(row -> row.agreed() ? new RegisterRow(row.initiative(), row.first(), row.second(),
                        withoutProofs(row.agreement())) : row)
                .toList();

        Map<String, String> row = rowOf(export(rows), w.assistant.id());

        assertThat(row).containsEntry("decision", "Proceed with conditions")
                .containsEntry("CISO_signed_at", "2026-11-23T09:00:00Z")
                .containsEntry("CISO_signature", "").containsEntry("CTO_signature", "")
                .containsEntry("CISO_public_key", "").containsEntry("CTO_public_key", "");
    }

    /** The agreement as the store holds one signed before Parley had signing keys: sign-offs without proof. */
    static Agreement withoutProofs(Agreement a) {
        return new Agreement(a.id(), a.workshopId(), a.initiativeId(), a.version(), a.supersedes(), a.status(),
                a.terms(), a.agreedAppetite(), a.proposedAt(), a.proposedBy(), unproven(a.firstSignature()),
                unproven(a.secondSignature()), a.frozenAt(), a.snapshot(), a.firstRevocation(), a.secondRevocation(),
                a.revokedAt(), a.supersededBy(), a.supersededAt());
    }

    private static Signature unproven(Signature signature) {
        return new Signature(signature.partyId(), signature.label(), signature.at());
    }
}
