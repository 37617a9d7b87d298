package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.parley.domain.AssessmentInput;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.ParleyException;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestConsent;
import org.parley.testing.TestStores;
import org.parley.ui.common.Failures;
import org.parley.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log keeps every unseen stack trace, and nothing people typed: PINs, rationales, notes, SQL values. */
class LogPrivacyTest {

    private static final String RATIONALE = "Zebra-rationale: the vendor keeps our chat transcripts 4417";
    private static final String NOTE = "Okapi-note: ask Legal about the DPA 9983";
    private static final String AGREED_WHY = "Narwhal-agreement: residual risk within appetite 5120";
    private static final String WRONG_PIN = "Wrong-pin-7731";
    private static final String SQL_VALUE = "Quokka-sql-value 6604";

    @TempDir
    Path folder;

    @AfterEach
    void detachTheLog() {
        Logs.install(folder.resolve("elsewhere"));
    }

    @Test
    void realFlowsAndFailingStatementsLeaveNoTypedTextInTheLogButEveryUnseenTrace() throws Exception {
        Logs.install(folder);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        try (Store store = TestStores.open(folder)) {
            RevealedWorkshop workshop = RevealedWorkshop.create(store);
            Initiative zta = workshop.services.initiatives().add(workshop.workshop.id(),
                    new InitiativeDraft("Zero-trust network access", "", "", "", null, java.util.List.of()),
                    TestConsent.nobody());
            Map<Long, Integer> scores = new HashMap<>();
            workshop.services.workshops().criteria(workshop.workshop.id()).forEach(c -> scores.put(c.id(), 3));
            workshop.services.scoring().submit(zta.id(), workshop.ciso, new AssessmentInput(3, 4, scores, RATIONALE),
                    workshop.both);
            workshop.services.notes().add(workshop.assistant.id(), workshop.ciso, NOTE, workshop.cisoAlone);
            var terms = workshop.terms();
            workshop.signed(workshop.assistant, new org.parley.domain.AgreementTerms(terms.agreedValue(),
                    terms.inherentLikelihood(), terms.inherentImpact(), terms.conditions(), terms.residualLikelihood(),
                    terms.residualImpact(), terms.decision(), terms.treatment(), terms.riskOwner(), terms.reviewDate(),
                    AGREED_WHY));

            // A PIN typed wrong, reported as the window reports it.
            Throwable refused = catchThrowable(() -> workshop.services.consents().confirm(workshop.ciso, WRONG_PIN));
            assertThat(refused).isInstanceOf(ParleyException.class);
            Failures.report(dialogs, "Handing over", refused);

            // A statement that fails with a typed value in it, as jOOQ reports it: the SQL, values inlined.
            Throwable failedSql = failingStatement(store);
            assertThat(failedSql).hasMessageContaining(SQL_VALUE);
            Failures.report(dialogs, "Saving the note", new RuntimeException(failedSql));
            Failures.report(dialogs, "Opening", new StoreException("Could not save: " + failedSql.getMessage(), failedSql));
            Logger.getLogger("org.jooq.Constants").log(Level.WARNING, "Execution failed: " + failedSql, failedSql);
        }
        // A failure nobody foresaw: its stack trace is in the log, since the person saw only a dialog.
        Failures.report(dialogs, "Exporting", new IllegalStateException("unforeseen-failure-3141"));

        String log = allLogs();
        assertThat(log).doesNotContain(RATIONALE.substring(0, 20), NOTE.substring(0, 15), AGREED_WHY.substring(0, 20),
                WRONG_PIN, SQL_VALUE, RevealedWorkshop.CISO_PIN, RevealedWorkshop.CTO_PIN);
        assertThat(log).contains("java.lang.IllegalStateException: unforeseen-failure-3141",
                "\tat org.parley.app.LogPrivacyTest.realFlowsAndFailingStatementsLeaveNoTypedTextInTheLogButEveryUnseenTrace");
        // The database failure is there too, with its code, though not its words.
        assertThat(log).contains("org.jooq.exception.DataAccessException: " + PrivateLogFormat.WITHHELD)
                .containsPattern("JdbcSQLSyntaxErrorException: .*\\(error 42\\d{3}, SQL state 42");
    }

    @Test
    void theFormatWithholdsWhatRepeatsADatabaseMessageAndKeepsTheRest() {
        java.sql.SQLException sql = new java.sql.SQLException("Value too long for column \"TEXT\": 'secret words'",
                "22001", 22001);
        var record = new java.util.logging.LogRecord(Level.SEVERE, "Saving failed: " + sql.getMessage());
        record.setThrown(new IllegalStateException(new java.io.IOException("No space left on device", sql)));
        record.setLoggerName("test");

        String text = new PrivateLogFormat().format(record);

        assertThat(text).doesNotContain("secret words")
                .contains("SEVERE  test: " + PrivateLogFormat.WITHHELD)
                .contains("Caused by: java.io.IOException: No space left on device")
                .contains("Caused by: java.sql.SQLException: " + PrivateLogFormat.WITHHELD + " (error 22001, SQL state 22001)")
                .contains("\tat org.parley.app.LogPrivacyTest.");
    }

    /** A statement against the real store that H2 refuses, its value inlined the way jOOQ's static statements do. */
    private static Throwable failingStatement(Store store) {
        String name = store.file().toString().substring(0, store.file().toString().length() - Store.FILE_SUFFIX.length());
        var dsl = DSL.using("jdbc:h2:file:" + name + ";FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE;IFEXISTS=TRUE", "parley", "");
        try {
            var inlined = DSL.using(dsl.configuration().derive(new Settings().withStatementType(StatementType.STATIC_STATEMENT))
                    .derive(SQLDialect.H2));
            return catchThrowable(() -> inlined.insertInto(DSL.table("NO_SUCH_TABLE"), DSL.field("TEXT"))
                    .values(SQL_VALUE).execute());
        } finally {
            dsl.close();
        }
    }

    private String allLogs() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(Logs.FILE_NAME))
                    .map(f -> {
                        try {
                            return Files.readString(f, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
    }
}
