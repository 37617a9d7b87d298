package org.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Initiative;
import org.parley.domain.ValueCriterion;

/** Cells that swallowed the lines after an unclosed quote are named; cells that are meant to run over lines are not. */
class OpenQuoteCheckTest {

    private static final String SCORES = "initiative,likelihood,impact,value,rationale\r\n";
    private static final List<Initiative> INITIATIVES = List.of(
            AwkwardInitiatives.initiative(1, "Passkeys", "", "", "", null, List.of()),
            AwkwardInitiatives.initiative(2, "Vault", "", "", "", null, List.of()),
            AwkwardInitiatives.initiative(3, "Data lake", "", "", "", null, List.of()));
    private static final List<ValueCriterion> CRITERIA = List.of(new ValueCriterion(11, 1, "Strategic fit", 1));

    @TempDir
    Path folder;

    private static ScoresImportPlan scores(String csv) {
        try {
            return ScoresImporter.parse(new StringReader(csv), INITIATIVES, CRITERIA, ExchangeProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anUnclosedQuoteInTheLastColumnThatSwallowsTheNextRowIsNamedWithItsLineAndColumn() {
        ScoresImportPlan plan = scores(SCORES + "Passkeys,2,3,4,\"Phishing-resistant\r\nVault,3,4,2,Secrets sprawl\r\n");

        assertThat(plan.rejected()).isFalse();
        assertThat(plan.findings().warningLines()).containsExactly("Line 2, rationale: This cell runs from line 2 "
                + "to line 3 and holds 4 commas, as many as a whole row: a quote that is opened and never closed reads "
                + "the lines after it into its cell. Close the quote where the cell should end.");
        assertThat(plan.summary()).isEqualTo("Scores for 1 initiative to record. 1 cell runs over several lines as "
                + "if a quote had been left open: check it first.");
    }

    @Test
    void anUnclosedQuoteThatRunsToTheEndOfTheFileIsNamedThoughTheLineItSwallowedIsShort() {
        ScoresImportPlan plan = scores(SCORES + "Passkeys,2,3,4,\"Phishing-resistant\r\nVault,3\r\n");

        assertThat(plan.findings().warningLines()).containsExactly("Line 2, rationale: This cell runs from line 2 "
                + "to line 3 and the end of the file: its opening quote is probably never closed. Close the quote where "
                + "the cell should end.");
    }

    @Test
    void aQuoteClosedInALaterRowIsNamedByTheCommasItSwallowed() {
        ScoresImportPlan plan = scores(SCORES + "Passkeys,2,3,4,\"Phishing\r\nVault,3,4,2,\"Secrets\"\r\n"
                + "Data lake,1,1,1,Fine\r\n");

        assertThat(plan.findings().warnings()).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "rationale"));
    }

    @Test
    void aFileWithHundredsOfSuspiciousCellsListsTheFirstHundredAndCountsTheRest() throws IOException {
        StringBuilder csv = new StringBuilder("title,description\r\n");
        for (int i = 0; i < 150; i++) {
            csv.append("Initiative ").append(i).append(",\"One, two\r\nthree\"\r\n");
        }

        InitiativeImportPlan plan = InitiativeImporter.parse(new StringReader(csv.toString()), Set.of(),
                ExchangeProgress.NONE);

        assertThat(plan.findings().warnings()).hasSize(100);
        assertThat(plan.findings().warningCount()).isEqualTo(150);
        assertThat(plan.findings().warningLines()).hasSize(101).last()
                .isEqualTo("\u2026 and 50 more cells like these, not listed.");
        assertThat(plan.summary()).endsWith(" 150 cells run over several lines as if a quote had been left open: "
                + "check them first.");
    }

    @Test
    void aMultiLineRationaleWithAFewCommasIsNotAWarning() {
        ScoresImportPlan plan = scores(SCORES + "Passkeys,2,3,4,\"Phishing-resistant, they say;\r\nsee DPA, §4.\"\r\n"
                + "Vault,3,4,2,\"Two\nlines\"\r\n");

        assertThat(plan.findings().warnings()).isEmpty();
        assertThat(plan.rows()).hasSize(2);
    }

    @Test
    void aSemicolonFileCountsSemicolons() {
        ScoresImportPlan plan = scores("initiative;likelihood;impact;value;rationale\r\n"
                + "Passkeys;2;3;4;\"Phishing, resistant, we think, mostly, so far\r\nVault;3;4;2;x\"\r\n");

        assertThat(plan.findings().warningLines()).singleElement().asString()
                .contains("holds 4 semicolons, as many as a whole row");
    }

    @Test
    void aQuoteLeftOpenInAnEarlierColumnMakesTheCellCountWrongAndSaysWhichCellAndLines() {
        ScoresImportPlan plan = scores(SCORES + "Passkeys,\"2,3,4,Phishing\r\nVault,3,4,2,Secrets\r\n"
                + "Data lake,1,1,1,Fine\r\n");

        assertThat(plan.problems()).extracting(ImportProblem::describe).containsExactly("Line 2: This line has 2 "
                + "cells, but the header has 5 columns. The quote that opens likelihood on line 2 is not closed where "
                + "that line ends, so lines 3 to 4 were read into it. Close the quote where the cell should end.");
    }

    @Test
    void parleysOwnExportOfMultiLineDescriptionsHasNoWarnings() throws IOException {
        Path file = folder.resolve("initiatives.csv");
        List<Initiative> awkward = AwkwardInitiatives.all();
        InitiativeExporter.export(file, awkward, CsvOptions.DEFAULT, ExchangeProgress.NONE);

        InitiativeImportPlan plan = InitiativeImporter.parse(file,
                awkward.stream().map(Initiative::id).collect(Collectors.toSet()), ExchangeProgress.NONE);

        assertThat(plan.findings().warnings()).isEmpty();
        assertThat(plan.firstUpdates()).hasSize(awkward.size());
    }

    @Test
    void aSingleColumnFileThatSwallowedLinesIsRefusedByTheTitleRule() throws IOException {
        InitiativeImportPlan plan = InitiativeImporter.parse(new StringReader("title\r\n\"Passkeys\r\nVault\r\n"),
                Set.of(), ExchangeProgress.NONE);

        assertThat(plan.problems()).extracting(ImportProblem::describe).containsExactly("Line 2, title: Title holds a "
                + "line break (U+000D) at character 9, which a name cannot hold. Remove it.");
    }

    @Test
    void lineBreaksAreCountedAsTheFileCountsLines() {
        assertThat(OpenQuoteCheck.lineBreaks("a\r\nb\nc\rd")).isEqualTo(3);
        assertThat(OpenQuoteCheck.lineBreaks("\n\r\r\n")).isEqualTo(3);
        assertThat(OpenQuoteCheck.lineBreaks("none")).isZero();
        assertThat(OpenQuoteCheck.spanned("a\r\nb\r\n")).isEqualTo(1);
        assertThat(OpenQuoteCheck.spanned("a\r\nb")).isEqualTo(1);
    }
}
