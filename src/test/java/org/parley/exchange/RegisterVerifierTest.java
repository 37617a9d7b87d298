package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatement;
import org.parley.domain.AgreementTerms;
import org.parley.domain.Condition;
import org.parley.domain.Decision;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.ParleyException;
import org.parley.domain.RegisterRow;
import org.parley.domain.Signatures;
import org.parley.domain.Treatment;
import org.parley.store.Store;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestStores;

/**
 * {@link RegisterVerifier}: a register file checked on its own. Both initiatives of the workshop are signed; in
 * the file the assistant is line 2 and the pipeline line 3.
 */
class RegisterVerifierTest {

    private static final String ASSISTANT = "Line 2 (\u201CGen-AI support assistant\u201D): ";
    private static final String PIPELINE = "Line 3 (\u201CDevSecOps pipeline\u201D): ";
    private static final String CHANGED = "a cell differs from what was signed, or the signature or the key is not "
            + "this row's.";
    private static final String MOVED_FROM_SEAT_1 = "the signature and the key are seat 1's, the other party's: they "
            + "were moved here from its columns.";
    private static final String MOVED_FROM_SEAT_2 = MOVED_FROM_SEAT_1.replace("seat 1's", "seat 2's");
    private static final String EDITED = " without the apostrophe Parley writes before it: it was edited after export.";

    @TempDir
    Path folder;

    private Store store;
    private RevealedWorkshop w;

    @BeforeEach
    void revealTheWorkshop() {
        store = TestStores.open(folder);
        w = RevealedWorkshop.create(store);
    }

    /** Both initiatives signed, the assistant on {@code assistantTerms}. */
    private void signBoth(AgreementTerms assistantTerms) {
        w.signed(w.assistant, assistantTerms);
        w.signed(w.pipeline, new AgreementTerms(4.0, 2, 2, List.of(), 2, 2, Decision.PROCEED, Treatment.ACCEPT,
                "VP Engineering", w.today().plusMonths(9), "Low risk, high value."));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Signs both initiatives on the usual terms and exports the register. */
    private Path export(boolean all, CsvOptions options) throws IOException {
        if (w.services.register().agreedRows(w.workshop.id()).isEmpty()) {
            signBoth(w.terms());
        }
        return export(w.services.register().rows(w.workshop.id()), all, options);
    }

    private Path export(List<RegisterRow> rows, boolean all, CsvOptions options) throws IOException {
        Path file = folder.resolve("register.csv");
        RegisterExporter.export(file, w.workshop.name(), w.services.workshops().parties(w.workshop.id()), rows, all,
                options, ExchangeProgress.NONE);
        return file;
    }

    /** The export, edited in a spreadsheet and saved as it was: comma, BOM. */
    private Path edited(java.util.function.UnaryOperator<Sheet> edit) throws IOException {
        return edit.apply(Sheet.open(export(false, CsvOptions.DEFAULT))).save(folder.resolve("edited.csv"), ',', true);
    }

    private static List<String> described(RegisterVerification result) {
        return result.failures().stream().map(RegisterVerification.Failure::describe).toList();
    }

    @Test
    void anUntouchedExportVerifiesWithOrWithoutItsByteOrderMarkAndNamesEachPartysKey() throws IOException {
        for (CsvOptions options : List.of(CsvOptions.DEFAULT, CsvOptions.WITHOUT_BOM)) {
            RegisterVerification result = RegisterVerifier.verify(export(false, options));

            assertThat(result.verified()).as("BOM %s", options.byteOrderMark()).isTrue();
            assertThat(result.signedRows()).isEqualTo(2);
            assertThat(result.parties()).containsExactly(
                    new RegisterVerification.PartyKeys("CISO", List.of(w.services.consents().fingerprint(w.ciso).orElseThrow())),
                    new RegisterVerification.PartyKeys("CTO", List.of(w.services.consents().fingerprint(w.cto).orElseThrow())));
        }
    }

    @Test
    void aRegisterResavedWithSemicolonsAndUpperCaseHeadersStillVerifies() throws IOException {
        Path resaved = Sheet.open(export(false, CsvOptions.DEFAULT)).upperCaseHeader()
                .save(folder.resolve("semicolons.csv"), ';', false);
        assertThat(Files.readString(resaved, UTF_8)).startsWith("INITIATIVE_ID;INITIATIVE;CATEGORY;");

        RegisterVerification result = RegisterVerifier.verify(resaved);

        assertThat(result.verified()).isTrue();
        assertThat(result.signedRows()).isEqualTo(2);
        assertThat(result.parties()).extracting(RegisterVerification.PartyKeys::party).containsExactly("CISO", "CTO");
    }

    @Test
    void aResidualLikelihoodEditedAfterExportFailsBothSignaturesOfThatRowOnly() throws IOException {
        RegisterVerification result = RegisterVerifier.verify(edited(sheet -> sheet.set(0, "residual_likelihood", "1")));

        assertThat(result.verified()).isFalse();
        assertThat(result.signedRows()).isEqualTo(2);
        assertThat(result.failedRows()).isEqualTo(1);
        assertThat(described(result)).containsExactly(
                ASSISTANT + "CISO's signature does not match the row: " + CHANGED,
                ASSISTANT + "CTO's signature does not match the row: " + CHANGED);
    }

    @Test
    void aConditionsOwnerEditedAfterExportFails() throws IOException {
        RegisterVerification result = RegisterVerifier.verify(edited(sheet -> sheet.set(0, "conditions",
                sheet.get(0, "conditions").replace("owner: Legal Counsel", "owner: Procurement"))));

        assertThat(described(result)).hasSize(2).allMatch(line -> line.startsWith(ASSISTANT));
    }

    @Test
    void aDecisionChangedOrBlankedAfterExportFails() throws IOException {
        assertThat(described(RegisterVerifier.verify(edited(sheet -> sheet.set(1, "decision", "Reject")))))
                .hasSize(2).allMatch(line -> line.startsWith(PIPELINE));
        // A blank decision does not make a signed row pass for one not agreed: its signatures are still there.
        RegisterVerification blanked = RegisterVerifier.verify(edited(sheet -> sheet.set(1, "decision", "")));
        assertThat(blanked.signedRows()).isEqualTo(2);
        assertThat(described(blanked)).hasSize(2).allMatch(line -> line.startsWith(PIPELINE));
    }

    @Test
    void aSignatureSwappedBetweenRowsFailsInBothRows() throws IOException {
        RegisterVerification result = RegisterVerifier.verify(edited(sheet -> {
            String assistant = sheet.get(0, "CISO_signature");
            return sheet.set(0, "CISO_signature", sheet.get(1, "CISO_signature")).set(1, "CISO_signature", assistant);
        }));

        assertThat(described(result)).containsExactly(
                ASSISTANT + "CISO's signature does not match the row: " + CHANGED,
                PIPELINE + "CISO's signature does not match the row: " + CHANGED);
    }

    @Test
    void aPublicKeyReplacedByAnotherValidKeyFails() throws Exception {
        String otherKey = newPublicKey();

        RegisterVerification result = RegisterVerifier.verify(edited(sheet -> sheet.set(1, "CTO_public_key", otherKey)));

        assertThat(described(result)).containsExactly(PIPELINE + "CTO's signature does not match the row: " + CHANGED);
    }

    @Test
    void aRowSignedAgainWithSomeoneElsesKeyVerifiesButItsFingerprintGivesItAway() throws Exception {
        signBoth(w.terms());
        KeyPair mallory = keyPairWhosePublicKeyStartsWithPlus();
        String key = rawBase64(mallory.getPublic());
        Agreement pipeline = w.services.register().agreedRows(w.workshop.id()).stream()
                .filter(row -> row.initiative().id() == w.pipeline.id()).findFirst().orElseThrow().agreement();
        String sha256 = AgreementStatement.of(w.pipeline.id(), pipeline, pipeline.snapshot()).sha256();
        java.security.Signature signer = java.security.Signature.getInstance("Ed25519");
        signer.initSign(mallory.getPrivate());
        signer.update(AgreementStatement.signedMessage(2, sha256).getBytes(UTF_8));
        String signature = Base64.getEncoder().encodeToString(signer.sign());

        // Written as the exporter would: a cell starting with + is guarded against formulas.
        RegisterVerification result = RegisterVerifier.verify(edited(sheet -> sheet.set(1, "CTO_public_key", "'" + key)
                .set(1, "CTO_signature", FormulaGuard.neutralise(signature))));

        assertThat(result.verified()).isTrue();
        assertThat(result.parties().get(1).fingerprints()).containsExactly(
                w.services.consents().fingerprint(w.cto).orElseThrow(), Signatures.fingerprint(key));
    }

    @Test
    void theCisosSignatureAndKeyCopiedIntoTheCtosColumnsFail() throws IOException {
        RegisterVerification result = RegisterVerifier.verify(edited(sheet -> sheet
                .set(0, "CTO_signature", sheet.get(0, "CISO_signature"))
                .set(0, "CTO_public_key", sheet.get(0, "CISO_public_key"))));

        assertThat(result.failedRows()).isEqualTo(1);
        assertThat(described(result)).containsExactly(
                ASSISTANT + "both parties' columns hold the same key: one party cannot sign for both.",
                ASSISTANT + "CTO's signature does not match the row: " + MOVED_FROM_SEAT_1);
    }

    @Test
    void thePartiesSignaturesAndKeysSwappedBetweenTheirColumnsFail() throws IOException {
        RegisterVerification result = RegisterVerifier.verify(edited(sheet -> sheet
                .swapCells(0, "CISO_signature", "CTO_signature").swapCells(0, "CISO_public_key", "CTO_public_key")));

        assertThat(described(result)).containsExactly(
                ASSISTANT + "CISO's signature does not match the row: " + MOVED_FROM_SEAT_2,
                ASSISTANT + "CTO's signature does not match the row: " + MOVED_FROM_SEAT_1);
    }

    @Test
    void signatureAndKeyColumnsSwappedWithTheirHeadersFailInEveryRow() throws IOException {
        // As if the columns were dragged: each signature and key still under its party's name, but in the other seat.
        RegisterVerification result = RegisterVerifier.verify(edited(sheet -> {
            for (int row = 0; row < 2; row++) {
                sheet.swapCells(row, "CISO_signature", "CTO_signature").swapCells(row, "CISO_public_key",
                        "CTO_public_key");
            }
            return sheet.swapNames("CISO_signature", "CTO_signature").swapNames("CISO_public_key", "CTO_public_key");
        }));

        assertThat(result.failedRows()).isEqualTo(2);
        assertThat(described(result)).containsExactly(
                ASSISTANT + "CISO's signature does not match the row: " + MOVED_FROM_SEAT_2,
                ASSISTANT + "CTO's signature does not match the row: " + MOVED_FROM_SEAT_1,
                PIPELINE + "CISO's signature does not match the row: " + MOVED_FROM_SEAT_2,
                PIPELINE + "CTO's signature does not match the row: " + MOVED_FROM_SEAT_1);
    }

    @Test
    void scoreHeadersRelabelledStillVerifyByPositionButTheFingerprintsShowWhoSignedEachSeat() throws IOException {
        RegisterVerification result = RegisterVerifier.verify(edited(sheet -> sheet
                .swapNames("CISO_value", "CTO_value").swapNames("CISO_likelihood", "CTO_likelihood")
                .swapNames("CISO_impact", "CTO_impact")));

        // The first party columns now read "CTO", but hold the CISO's scores, signed by the CISO's key.
        assertThat(result.verified()).isTrue();
        assertThat(result.parties()).containsExactly(
                new RegisterVerification.PartyKeys("CTO", List.of(w.services.consents().fingerprint(w.ciso).orElseThrow())),
                new RegisterVerification.PartyKeys("CISO", List.of(w.services.consents().fingerprint(w.cto).orElseThrow())));
    }

    @Test
    void aRowDuplicatedIsRefusedNamingTheSecond() throws IOException {
        RegisterVerification result = RegisterVerifier.verify(edited(sheet -> sheet.duplicateRow(0)));

        assertThat(result.signedRows()).isEqualTo(3);
        assertThat(described(result)).containsExactly("Line 4 (\u201CGen-AI support assistant\u201D): initiative "
                + w.assistant.id() + " appears twice (also on line 2); a register has one row per initiative.");
    }

    @Test
    void aGuardedCellWhoseApostropheWasRemovedIsRefusedThoughItsSignaturesVerify() throws IOException {
        w.services.initiatives().update(w.assistant.id(), new InitiativeDraft("=HYPERLINK(\"http://x\")", "",
                "+ops", "@ceo", null, List.of()), w.both);
        signBoth(new AgreementTerms(4.0, 4, 4,
                List.of(new Condition("-1 admin account left", "AppSec", w.today().plusDays(10))), 2, 4,
                Decision.PROCEED_WITH_CONDITIONS, Treatment.MITIGATE, "@security-team", w.today().plusMonths(6),
                "Mitigated."));

        // The guard is no part of what was signed, so the signatures still verify; a spreadsheet would run the cells.
        RegisterVerification result = RegisterVerifier.verify(edited(sheet -> {
            assertThat(sheet.get(0, "sponsor")).isEqualTo("'@ceo");
            return sheet.set(0, "sponsor", "@ceo").set(0, "conditions", sheet.get(0, "conditions").substring(1));
        }));

        String row = "Line 2 (\u201C=HYPERLINK(\"http://x\")\u201D), column ";
        assertThat(described(result)).containsExactly(
                row + "sponsor: the cell starts with '@'" + EDITED,
                row + "conditions: the cell starts with '-'" + EDITED);
    }

    @Test
    void aFormulaInAnUnsignedCellOfASignedRowIsRefusedToo() throws IOException {
        RegisterVerification result = RegisterVerifier.verify(edited(sheet -> sheet
                .set(1, "workshop", "\t=HYPERLINK(\"http://x\")").set(1, "CTO_signed_at", "=1+2")));

        assertThat(described(result)).containsExactly(
                PIPELINE.replace("): ", "), column workshop: ") + "the cell starts with a tab" + EDITED,
                PIPELINE.replace("): ", "), column CTO_signed_at: ") + "the cell starts with '='" + EDITED);
    }

    @Test
    void aMissingSignatureAndAMalformedKeyAreNamed() throws IOException {
        RegisterVerification result = RegisterVerifier.verify(edited(sheet -> sheet.set(0, "CTO_signature", "")
                .set(1, "CISO_public_key", "not-a-key")));

        assertThat(described(result)).containsExactly(
                ASSISTANT + "CTO's signature does not match the row: CTO_signature is empty. An agreement signed "
                        + "before Parley had signing keys has no signature to check; run parley verify on the store "
                        + "instead.",
                PIPELINE + "CISO's signature does not match the row: CISO_public_key is not an Ed25519 public key "
                        + "(base64 of 32 bytes).");
    }

    @Test
    void anAgreementSignedBeforeSigningKeysCannotBeVerifiedFromTheFile() throws IOException {
        signBoth(w.terms());
        List<RegisterRow> rows = w.services.register().rows(w.workshop.id()).stream()
                .map(row -> row.initiative().id() == w.pipeline.id() ? new RegisterRow(row.initiative(), row.first(),
                        row.second(), RegisterSignatureColumnsTest.withoutProofs(row.agreement())) : row)
                .toList();

        RegisterVerification result = RegisterVerifier.verify(export(rows, false, CsvOptions.DEFAULT));

        assertThat(described(result)).hasSize(2).allMatch(line -> line.startsWith(PIPELINE)
                && line.contains("signature does not match the row: ") && line.contains("_signature is empty."));
    }

    @Test
    void textThatNeededAFormulaGuardVerifiesOnceTheGuardIsTakenOff() throws IOException {
        w.services.initiatives().update(w.assistant.id(), new InitiativeDraft("=HYPERLINK(\"http://x\")", "",
                "+ops", "@ceo", null, List.of()), w.both);
        signBoth(new AgreementTerms(4.0, 4, 4,
                List.of(new Condition("-1 admin account left", "AppSec", w.today().plusDays(10))), 2, 4,
                Decision.PROCEED_WITH_CONDITIONS, Treatment.MITIGATE, "@security-team", w.today().plusMonths(6),
                "\tIndented rationale"));
        Path file = export(false, CsvOptions.DEFAULT);
        assertThat(Files.readString(file, UTF_8)).contains("\"'=HYPERLINK(\"\"http://x\"\")\",'+ops,'@ceo,")
                .contains(",'@security-team,");

        RegisterVerification result = RegisterVerifier.verify(file);

        assertThat(described(result)).isEmpty();
        assertThat(result.signedRows()).isEqualTo(2);
    }

    @Test
    void aRowNotAgreedIsPassedOver() throws IOException {
        w.signed(w.assistant, w.terms());
        Path file = export(w.services.register().rows(w.workshop.id()), true, CsvOptions.DEFAULT);
        assertThat(Files.readAllLines(file, UTF_8)).hasSize(3);
        assertThat(Sheet.open(file).get(1, "initiative")).isEqualTo("DevSecOps pipeline");

        RegisterVerification result = RegisterVerifier.verify(file);

        assertThat(result.verified()).isTrue();
        assertThat(result.signedRows()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotARegisterIsRefusedNamingTheColumnItLacks() throws IOException {
        Path initiatives = Files.writeString(folder.resolve("initiatives.csv"),
                "id,title,description,category,sponsor,estimated_cost,tags\r\n1,Zero trust,,,CIO,,\r\n", UTF_8);

        assertThatThrownBy(() -> RegisterVerifier.verify(initiatives)).isInstanceOf(ParleyException.class)
                .hasMessage("The file is not a register written by parley export: it has no initiative_id column "
                        + "(nor 18 other register columns).");
    }

    @Test
    void aRegisterWithoutSignatureColumnsIsRefusedNamingTheFirst() throws IOException {
        Path old = Sheet.open(export(false, CsvOptions.DEFAULT)).dropLastColumns(4).save(folder.resolve("old.csv"),
                ',', true);

        assertThatThrownBy(() -> RegisterVerifier.verify(old)).isInstanceOf(ParleyException.class)
                .hasMessageStartingWith("The file is not a register written by parley export: it has no "
                        + "CISO_signature column.");
    }

    @Test
    void partyColumnsOutOfPlaceAreRefusedNamingTheColumn() throws IOException {
        Path file = export(false, CsvOptions.WITHOUT_BOM);
        String text = Files.readString(file, UTF_8);
        Files.writeString(file, text.replaceFirst("CTO_likelihood", "CTO_likelyhood"), UTF_8);

        assertThatThrownBy(() -> RegisterVerifier.verify(file)).isInstanceOf(ParleyException.class)
                .hasMessageContaining("but column 9 is \u201CCTO_likelyhood\u201D.");
    }

    /** A fresh Ed25519 public key as Parley writes keys. */
    /**
     * A fresh key whose text does not start with '+': such a cell, pasted in unguarded, is also reported as a formula,
     * a second finding the tests of a replaced key do not expect (it made them fail one run in 64).
     */
    private static String newPublicKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        String key;
        do {
            key = rawBase64(generator.generateKeyPair().getPublic());
        } while (key.startsWith("+"));
        return key;
    }

    /** Base64 of the key's 32 raw bytes, the end of its X.509 form, as Parley writes keys. */
    private static String rawBase64(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
    }

    /** One key in 64 starts with '+': the exporter guards such a cell, and the verifier must take the guard off. */
    private static KeyPair keyPairWhosePublicKeyStartsWithPlus() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        while (true) {
            KeyPair pair = generator.generateKeyPair();
            if (rawBase64(pair.getPublic()).startsWith("+")) {
                return pair;
            }
        }
    }
}
