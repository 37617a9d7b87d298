package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementTerms;
import org.parley.domain.AssessmentInput;
import org.parley.domain.Condition;
import org.parley.domain.Decision;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.RegisterRow;
import org.parley.domain.Treatment;
import org.parley.domain.ValueCriterion;
import org.parley.store.Store;
import org.parley.testing.MutableClock;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestConsent;

/**
 * What the register must never write: a formula a spreadsheet would run, or a score that was not revealed;
 * and what it must keep: the scores an agreement was signed on.
 */
class RegisterSafetyTest {

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00.250Z"));
    private Store store;

    private RevealedWorkshop workshop() {
        store = Store.open(folder.resolve("register.mv.db"), clock);
        return RevealedWorkshop.create(store);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /** The register of the workshop, read back by Commons CSV, one map of column to cell per row. */
    private List<Map<String, String>> export(RevealedWorkshop w, boolean all) throws IOException {
        Path file = folder.resolve("register.csv");
        RegisterExporter.export(file, w.workshop.name(), w.services.workshops().parties(w.workshop.id()),
                w.services.register().rows(w.workshop.id()), all, CsvOptions.WITHOUT_BOM, ExchangeProgress.NONE);
        try (Reader reader = new StringReader(Files.readString(file, UTF_8));
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }

    private static Map<String, String> rowOf(List<Map<String, String>> rows, Initiative initiative) {
        return rows.stream().filter(row -> row.get("initiative_id").equals(Long.toString(initiative.id())))
                .findFirst().orElseThrow();
    }

    @Test
    void textCellsThatASpreadsheetWouldRunGetALeadingApostropheAndNumbersAreUntouched() throws IOException {
        RevealedWorkshop w = workshop();
        w.services.initiatives().update(w.assistant.id(), new InitiativeDraft("=HYPERLINK(\"http://x\")", "",
                "+ops", "@ceo", null, List.of()), w.both);
        w.signed(w.assistant, new AgreementTerms(4.0, 4, 4,
                List.of(new Condition("-1 admin account left", "AppSec", w.today().plusDays(10))), 2, 4,
                Decision.PROCEED_WITH_CONDITIONS, Treatment.MITIGATE, "@security-team", w.today().plusMonths(6),
                "-5 points of risk once the DPA is signed"));

        Map<String, String> row = rowOf(export(w, false), w.assistant);

        assertThat(row).containsEntry("initiative", "'=HYPERLINK(\"http://x\")")
                .containsEntry("category", "'+ops")
                .containsEntry("sponsor", "'@ceo")
                .containsEntry("conditions", "'-1 admin account left (owner: AppSec; due 2026-12-03)")
                .containsEntry("rationale", "'-5 points of risk once the DPA is signed")
                .containsEntry("risk_owner", "'@security-team");
        assertThat(row).containsEntry("initiative_id", Long.toString(w.assistant.id()))
                .containsEntry("CISO_value", "4.0").containsEntry("CISO_likelihood", "4")
                .containsEntry("inherent_score", "16").containsEntry("residual_score", "8")
                .containsEntry("agreed_value", "4.0").containsEntry("version", "1")
                .containsEntry("review_date", "2027-05-23").containsEntry("within_agreed_appetite", "true")
                .containsEntry("workshop", "Q3 review");
    }

    @Test
    void anInitiativeWhoseRoundIsNotRevealedHasEmptyScoreCellsThoughOnePartyScoredIt() throws IOException {
        RevealedWorkshop w = workshop();
        Initiative secret = w.services.initiatives().add(w.workshop.id(),
                new InitiativeDraft("Secret merger data room", "", "", "", null, List.of()), TestConsent.nobody());
        w.services.scoring().submit(secret.id(), w.ciso, input(w, 5, 5, "Not for the CTO's eyes yet."), w.both);

        List<Map<String, String>> rows = export(w, true);

        assertThat(rowOf(rows, secret)).containsEntry("CISO_value", "").containsEntry("CISO_likelihood", "")
                .containsEntry("CISO_impact", "").containsEntry("CTO_value", "").containsEntry("CTO_likelihood", "")
                .containsEntry("CTO_impact", "").containsEntry("decision", "")
                .containsEntry("initiative", "Secret merger data room");
        assertThat(Files.readString(folder.resolve("register.csv"))).doesNotContain("CTO's eyes");
    }

    @Test
    void aNewRoundOnePartyHasScoredLeavesTheLatestRevealedScoresInTheRegister() throws IOException {
        RevealedWorkshop w = workshop();
        w.services.scoring().openRound(List.of(w.pipeline.id()), w.cisoAlone);
        w.services.scoring().submit(w.pipeline.id(), w.ciso, input(w, 5, 4, "Round two, still hidden."), w.both);

        Map<String, String> row = rowOf(export(w, true), w.pipeline);

        assertThat(row).containsEntry("CISO_likelihood", "2").containsEntry("CISO_impact", "2")
                .containsEntry("CTO_likelihood", "2").containsEntry("CTO_impact", "2");
    }

    @Test
    void anAgreedRowKeepsTheScoresItWasSignedOnAfterALaterRoundIsRevealed() throws IOException {
        RevealedWorkshop w = workshop();
        w.signed(w.assistant, w.terms());
        w.services.scoring().openRound(List.of(w.assistant.id()), w.cisoAlone);
        w.services.scoring().submit(w.assistant.id(), w.ciso, input(w, 1, 1, "Fixed."), w.both);
        w.services.scoring().submit(w.assistant.id(), w.cto, input(w, 1, 2, "Fixed."), w.both);
        w.services.scoring().revealAll(w.workshop.id(), w.both);
        RegisterRow latest = w.services.register().agreedRows(w.workshop.id()).get(0);
        assertThat(latest.first().round()).isEqualTo(2);

        Map<String, String> row = rowOf(export(w, false), w.assistant);

        assertThat(row).containsEntry("CISO_likelihood", "4").containsEntry("CISO_impact", "4")
                .containsEntry("CTO_likelihood", "3").containsEntry("CTO_impact", "3");
    }

    @Test
    void signaturesAreUtcInstantsToTheSecondOneColumnPerParty() throws IOException {
        RevealedWorkshop w = workshop();
        Agreement draft = w.services.agreements().propose(w.assistant.id(), w.terms(), w.cisoAlone);
        w.services.agreements().sign(draft.id(), w.ciso, RevealedWorkshop.CISO_PIN);
        clock.advance(Duration.ofMinutes(5).plusMillis(500));
        w.services.agreements().sign(draft.id(), w.cto, RevealedWorkshop.CTO_PIN);

        Map<String, String> row = rowOf(export(w, false), w.assistant);

        assertThat(row).containsEntry("CISO_signed_at", "2026-11-23T09:00:00Z")
                .containsEntry("CTO_signed_at", "2026-11-23T09:05:00Z");
    }

    @Test
    void theColumnsFollowTheRoleLabelsTheyHaveNow() throws IOException {
        RevealedWorkshop w = workshop();
        w.signed(w.pipeline, w.terms());
        Party renamed = w.services.workshops().renameParty(w.cto, "Jonas Berg", "Head of IT/Ops", w.both);

        Map<String, String> row = rowOf(export(w, false), w.pipeline);

        assertThat(renamed.roleLabel()).isEqualTo("Head of IT/Ops");
        assertThat(row).containsKeys("CISO_value", "Head_of_IT_Ops_value", "Head_of_IT_Ops_signed_at")
                .containsEntry("Head_of_IT_Ops_likelihood", "2");
    }

    private static AssessmentInput input(RevealedWorkshop w, int likelihood, int impact, String why) {
        Map<Long, Integer> scores = new HashMap<>();
        for (ValueCriterion criterion : w.services.workshops().criteria(w.workshop.id())) {
            scores.put(criterion.id(), 3);
        }
        return new AssessmentInput(likelihood, impact, scores, why);
    }
}
