package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.AssessmentInput;
import org.parley.domain.Initiative;
import org.parley.domain.ValueCriterion;

class ScoresImporterTest {

    private static final String HEADER =
            "initiative,likelihood,impact,Strategic fit,Growth,Efficiency,Customer impact,rationale\r\n";
    private static final String SIMPLE_HEADER = "initiative,likelihood,impact,value,rationale\r\n";

    private static final List<Initiative> INITIATIVES = List.of(
            initiative(1, "Generative-AI customer support assistant"),
            initiative(2, "Move card payments platform to public cloud"),
            initiative(4, "Zero-trust network access"),
            initiative(5, "DevSecOps pipeline"));

    // Ids unlike the initiatives' ones, so that mixing the two up cannot pass.
    private static final List<ValueCriterion> CRITERIA = List.of(
            new ValueCriterion(11, 1, "Strategic fit", 1),
            new ValueCriterion(12, 2, "Growth", 1),
            new ValueCriterion(13, 3, "Efficiency", 2),
            new ValueCriterion(14, 4, "Customer impact", 1));

    @TempDir
    Path folder;

    private static Initiative initiative(long id, String title) {
        return AwkwardInitiatives.initiative(id, title, "", "", "", null, List.of());
    }

    private static ScoresImportPlan parse(String csv) {
        return parse(csv, INITIATIVES);
    }

    private static ScoresImportPlan parse(String csv, List<Initiative> initiatives) {
        try {
            return ScoresImporter.parse(new StringReader(csv), initiatives, CRITERIA, ExchangeProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Likelihood, impact, then the scores of Strategic fit, Growth, Efficiency and Customer impact. */
    private static AssessmentInput input(int likelihood, int impact, int fit, int growth, int efficiency,
            int customer, String rationale) {
        return new AssessmentInput(likelihood, impact, Map.of(11L, fit, 12L, growth, 13L, efficiency, 14L, customer),
                rationale);
    }

    private static ScoresImportPlan.Row row(long line, long id, String title, AssessmentInput input) {
        return new ScoresImportPlan.Row(line, id, title, input);
    }

    /** The problems of a rejected plan, as the person reads them; a rejected plan must have nothing to apply. */
    private static List<String> problems(ScoresImportPlan plan) {
        assertThat(plan.rejected()).isTrue();
        assertThat(plan.rows()).isEmpty();
        assertThat(plan.isEmpty()).isTrue();
        return plan.problems().stream().map(ImportProblem::describe).toList();
    }

    // good files

    @Test
    void criterionColumnsGiveEachCriterionItsOwnScore() {
        ScoresImportPlan plan = parse(HEADER
                + "Zero-trust network access,2,3,4,3,4,5,Removes the flat VPN\r\n"
                + "DevSecOps pipeline,1,2,4,4,5,4,\r\n");

        assertThat(plan.rejected()).isFalse();
        assertThat(plan.rows()).containsExactly(
                row(2, 4, "Zero-trust network access", input(2, 3, 4, 3, 4, 5, "Removes the flat VPN")),
                row(3, 5, "DevSecOps pipeline", input(1, 2, 4, 4, 5, 4, "")));
        assertThat(plan.rowsRead()).isEqualTo(2);
        assertThat(plan.summary()).isEqualTo("Scores for 2 initiatives to record.");
    }

    @Test
    void aSingleValueColumnGivesEveryCriterionThatScore() {
        ScoresImportPlan plan = parse("initiative,likelihood,impact,value\r\nDevSecOps pipeline,2,2,4\r\n");

        assertThat(plan.rows()).containsExactly(row(2, 5, "DevSecOps pipeline", input(2, 2, 4, 4, 4, 4, "")));
        assertThat(plan.summary()).isEqualTo("Scores for 1 initiative to record.");
    }

    @Test
    void likelihoodAndImpactMayBeGivenByTheirLabelsInAnyCase() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER
                + "1,rare,NEGLIGIBLE,3,\r\n"
                + "2, Almost certain ,severe,3,\r\n"
                + "4,Possible,moderate,3,\r\n"
                + "5,unlikely,Major,3,\r\n");

        assertThat(plan.rows()).extracting(r -> r.input().likelihood() + "x" + r.input().impact())
                .containsExactly("1x1", "5x5", "3x3", "2x4");
    }

    @Test
    void aFileOnDiskWithABomIsReadAsUtf8() throws IOException {
        Path file = folder.resolve("scores.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write((SIMPLE_HEADER + "Zero-trust network access,2,3,4,Gestión de identidades für alle\r\n")
                .getBytes(UTF_8));
        Files.write(file, bytes.toByteArray());

        ScoresImportPlan plan = ScoresImporter.parse(file, INITIATIVES, CRITERIA, ExchangeProgress.NONE);

        assertThat(plan.rows()).containsExactly(row(2, 4, "Zero-trust network access",
                input(2, 3, 4, 4, 4, 4, "Gestión de identidades für alle")));
    }

    @Test
    void aSemicolonFileIsReadTheSameWay() {
        ScoresImportPlan plan = parse("\uFEFFinitiative;likelihood;impact;value;rationale\r\n"
                + "DevSecOps pipeline;1;2;4;Signed builds, secret scanning\r\n");

        assertThat(plan.rows()).containsExactly(
                row(2, 5, "DevSecOps pipeline", input(1, 2, 4, 4, 4, 4, "Signed builds, secret scanning")));
    }

    @Test
    void headersMayBeInAnyCaseAndOrderWithSpacesAround() {
        ScoresImportPlan plan = parse(" RATIONALE ,customer IMPACT,Efficiency , GROWTH,Impact,strategic fit,"
                + "Likelihood,Initiative\n"
                + "Why not,1,2,3,4,5,1,5\n");

        assertThat(plan.rows()).containsExactly(
                row(2, 5, "DevSecOps pipeline", new AssessmentInput(1, 4,
                        Map.of(11L, 5, 12L, 3, 13L, 2, 14L, 1), "Why not")));
    }

    @Test
    void aQuotedRationaleKeepsCommasQuotesLineBreaksAndAnyScript() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER
                + "1,4,4,3,\"Transcripts go to a \"\"zero retention\"\" vendor, they say;\r\n"
                + "see DPA §4.\nZürich team: 数据 stays in the EU 🔐\"\r\n"
                + "5,1,2,4,\"Gates, then a grace period\"\r\n");

        assertThat(plan.rows()).containsExactly(
                row(2, 1, "Generative-AI customer support assistant", input(4, 4, 3, 3, 3, 3,
                        "Transcripts go to a \"zero retention\" vendor, they say;\r\nsee DPA §4.\n"
                                + "Zürich team: 数据 stays in the EU 🔐")),
                row(5, 5, "DevSecOps pipeline", input(1, 2, 4, 4, 4, 4, "Gates, then a grace period")));
    }

    @Test
    void aRationaleKeepsTheApostropheItsAuthorTypedBecauseParleyNeverWritesScoresFiles() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER + "5,1,2,4,'=x is how Excel shows it\r\n");

        assertThat(plan.rows()).extracting(r -> r.input().rationale()).containsExactly("'=x is how Excel shows it");
    }

    @Test
    void aTitleMatchesIgnoringCaseAndTheSpacesAroundIt() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER + "  zero-TRUST network ACCESS  ,2,3,4,\r\n");

        assertThat(plan.rows()).containsExactly(row(2, 4, "Zero-trust network access", input(2, 3, 4, 4, 4, 4, "")));
    }

    @Test
    void aNumberIsAnIdWhenTheWorkshopHasThatIdAndATitleOtherwise() {
        List<Initiative> initiatives = List.of(initiative(4, "Zero-trust network access"), initiative(9, "4"),
                initiative(10, "2027"));

        ScoresImportPlan plan = parse(SIMPLE_HEADER + "4,2,3,4,\r\n2027,1,1,1,\r\n", initiatives);

        assertThat(plan.rows()).extracting(ScoresImportPlan.Row::initiativeId).containsExactly(4L, 10L);
    }

    @Test
    void aSpreadsheetExportWithTrailingBlankRowsIsFine() {
        ScoresImportPlan plan = parse("\uFEFF" + HEADER
                + "Zero-trust network access,2,3,4,3,4,5,\r\n"
                + "DevSecOps pipeline,1,2,4,4,5,4,\r\n"
                + ",,,,,,,\r\n"
                + ",,,,,,,\r\n"
                + " , ,,,,,,\r\n"
                + ",,,,,,,");

        assertThat(plan.rejected()).isFalse();
        assertThat(plan.rows()).extracting(ScoresImportPlan.Row::initiativeId).containsExactly(4L, 5L);
        assertThat(plan.rowsRead()).isEqualTo(2);
    }

    @Test
    void aHeaderAloneIsAValidFileWithNothingToDo() {
        ScoresImportPlan plan = parse(HEADER);

        assertThat(plan.rejected()).isFalse();
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.summary()).isEqualTo("The file has no scores in it; there is nothing to import.");
    }

    // bad files: one test per kind of problem

    @Test
    void anImpactOutOfRangeRejectsTheWholeFileAndNamesItsLine() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER + "1,3,3,3,\r\n2,3,3,3,\r\n4,3,7,3,\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 4, impact: \"7\" must be a whole number from 1 to 5 (or a label such as Major).");
        assertThat(plan.summary())
                .isEqualTo("Nothing will be imported: the file has a problem. Correct the file and import it again.");
    }

    @Test
    void aLikelihoodThatIsNeitherAScoreNorALabelIsRefusedWithTheLabelsMentioned() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER + "1,High,3,3,\r\n2,3.0,3,3,\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 2, likelihood: \"High\" must be a whole number from 1 to 5 (or a label such as Likely).",
                "Line 3, likelihood: \"3.0\" must be a whole number from 1 to 5 (or a label such as Likely).");
    }

    @Test
    void aCriterionScoreMustBeAWholeNumberFromOneToFiveWithoutLabels() {
        ScoresImportPlan plan = parse(HEADER + "1,3,3,3,3.5,3,3,\r\n2,3,3,0,3,Major,3,\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 2, Growth: \"3.5\" must be a whole number from 1 to 5.",
                "Line 3, Strategic fit: \"0\" must be a whole number from 1 to 5.",
                "Line 3, Efficiency: \"Major\" must be a whole number from 1 to 5.");
    }

    @Test
    void aValueOutOfRangeIsRefused() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER + "1,3,3,6,\r\n");

        assertThat(problems(plan)).containsExactly("Line 2, value: \"6\" must be a whole number from 1 to 5.");
    }

    @Test
    void anEmptyScoreIsRefusedWithWhatItNeeds() {
        ScoresImportPlan plan = parse(HEADER + "1,,3,3,3,,3,\r\n2,3,  ,3,3,3,3,\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 2, likelihood: Likelihood needs a score: a whole number from 1 to 5 (or a label such as Likely).",
                "Line 2, Efficiency: Efficiency needs a score: a whole number from 1 to 5.",
                "Line 3, impact: Impact needs a score: a whole number from 1 to 5 (or a label such as Major).");
    }

    @Test
    void aTitleOneTypoAwayGetsTheClosestTitleSuggested() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER
                + "Devsecops pipline,1,2,4,\r\nZero-trsut network access,1,2,4,\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 2, initiative: No initiative of this workshop is titled \"Devsecops pipline\". "
                        + "Did you mean \"DevSecOps pipeline\"?",
                "Line 3, initiative: No initiative of this workshop is titled \"Zero-trsut network access\". "
                        + "Did you mean \"Zero-trust network access\"?");
    }

    @Test
    void theStartOfATitleGetsTheWholeTitleSuggested() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER + "zero trust,1,2,4,\r\nDevSecOps pipeline (phase 2),1,2,4,\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 2, initiative: No initiative of this workshop is titled \"zero trust\". "
                        + "Did you mean \"Zero-trust network access\"?",
                "Line 3, initiative: No initiative of this workshop is titled \"DevSecOps pipeline (phase 2)\". "
                        + "Did you mean \"DevSecOps pipeline\"?");
    }

    @Test
    void aTitleNothingIsCloseToIsRefusedWithoutAGuess() {
        List<Initiative> initiatives = List.of(initiative(1, "Pilot A"), initiative(2, "Pilot B"),
                initiative(3, "HSM"));

        ScoresImportPlan plan = parse(SIMPLE_HEADER + "Quantum-safe TLS,1,2,4,\r\nPilot C,1,2,4,\r\nPAM,1,2,4,\r\n"
                + "Pil,1,2,4,\r\n", initiatives);

        String noGuess = "\". Give its exact title, as Parley shows it, or its id.";
        assertThat(problems(plan)).containsExactly(
                "Line 2, initiative: No initiative of this workshop is titled \"Quantum-safe TLS" + noGuess,
                "Line 3, initiative: No initiative of this workshop is titled \"Pilot C" + noGuess,
                "Line 4, initiative: No initiative of this workshop is titled \"PAM" + noGuess,
                "Line 5, initiative: No initiative of this workshop is titled \"Pil" + noGuess);
    }

    @Test
    void anIdThatIsNotInTheWorkshopIsRefused() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER + "4,1,2,4,\r\n99,1,2,4,\r\n");

        assertThat(problems(plan)).containsExactly("Line 3, initiative: This workshop has no initiative with id 99. "
                + "Give the id of one of its initiatives, or its exact title.");
    }

    @Test
    void aLineWithoutAnInitiativeIsRefused() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER + "  ,1,2,4,Forgot which one\r\n");

        assertThat(problems(plan))
                .containsExactly("Line 2, initiative: Every line needs an initiative: its id or its exact title.");
    }

    @Test
    void aTitleTwoInitiativesShareIsRefusedWithTheirIds() {
        List<Initiative> initiatives = List.of(initiative(3, "Pilot"), initiative(8, "PILOT"));

        ScoresImportPlan plan = parse(SIMPLE_HEADER + "pilot,1,2,4,\r\n", initiatives);

        assertThat(problems(plan)).containsExactly("Line 2, initiative: 2 initiatives of this workshop are titled "
                + "\"pilot\" (ids 3 and 8). Give the id of the one these scores are for.");
    }

    @Test
    void theSameInitiativeTwiceIsRefusedOnItsSecondLineByIdOrByTitle() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER + "4,1,2,4,\r\n5,1,2,4,\r\nzero-trust network access,2,2,4,\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 4, initiative: \"Zero-trust network access\" is on line 2 too. Keep one of the two lines.");
    }

    @Test
    void aValueColumnBesideCriterionColumnsIsRefusedNamingThem() {
        ScoresImportPlan plan = parse("initiative,likelihood,impact,value,Growth,efficiency\r\n4,1,2,4,4,4\r\n");

        assertThat(problems(plan)).containsExactly("Line 1, value: The header has a value column and columns for "
                + "Growth and Efficiency. Give either one column per criterion or a single value column, not both.");
    }

    @Test
    void missingCriterionColumnsAreNamedOnceNotOnEveryLine() {
        ScoresImportPlan plan = parse("initiative,likelihood,impact,Strategic fit,Growth\r\n"
                + "4,1,2,4,4\r\n5,1,2,4,4\r\n");

        assertThat(problems(plan)).containsExactly("Line 1: The header has no column for Efficiency and Customer "
                + "impact. Add one column per criterion (Strategic fit, Growth, Efficiency and Customer impact), "
                + "or a single value column in place of them all.");
    }

    @Test
    void aHeaderWithNeitherValueNorCriterionColumnsIsRefused() {
        ScoresImportPlan plan = parse("initiative,likelihood,impact,rationale\r\n4,1,2,\r\n");

        assertThat(problems(plan)).containsExactly("Line 1, value: The header has no value column and no criterion "
                + "columns. Add a value column, or one column per criterion: Strategic fit, Growth, Efficiency and "
                + "Customer impact.");
    }

    @Test
    void anUnknownColumnIsNamedWithTheColumnsThatAreAccepted() {
        ScoresImportPlan plan = parse("initiative,likelihood,impact,value,Owner\r\n4,1,2,4,Dana\r\n");

        assertThat(problems(plan)).containsExactly("Line 1, Owner: \"Owner\" is not a column Parley knows. The "
                + "columns are initiative, likelihood, impact, rationale, optionally probability, loss_low and loss_high, "
                + "and either value or one column per "
                + "criterion: Strategic fit, Growth, Efficiency and Customer impact, in any order.");
    }

    @Test
    void aMissingRequiredColumnIsNamedOnceNotOnEveryLine() {
        ScoresImportPlan plan = parse("initiative,impact,value\r\n4,2,4\r\n5,2,4\r\n");

        assertThat(problems(plan)).containsExactly("Line 1, likelihood: The header has no likelihood column, and "
                + "every line needs a likelihood. Add a column named likelihood.");
    }

    @Test
    void aHeaderWithoutAnInitiativeColumnIsRefused() {
        ScoresImportPlan plan = parse("likelihood,impact,value\r\n1,2,4\r\n");

        assertThat(problems(plan)).containsExactly("Line 1, initiative: The header has no initiative column, and "
                + "every line needs one: the initiative's id or its exact title. Add a column named initiative.");
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        ScoresImportPlan plan = parse("initiative,Impact,likelihood,value,impact\r\n4,2,1,4,3\r\n5,1,1,4,1\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 1, impact: The column impact appears twice, as columns 2 and 5. Keep one of them.");
    }

    @Test
    void aCriterionColumnNamedTwiceIsRefusedWithTheCriterionsName() {
        ScoresImportPlan plan = parse("initiative,likelihood,impact,Strategic fit,Growth,Efficiency,Customer impact,"
                + "GROWTH\r\n4,1,2,4,4,4,4,4\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 1, Growth: The column Growth appears twice, as columns 5 and 8. Keep one of them.");
    }

    @Test
    void aColumnWithoutANameIsRefused() {
        ScoresImportPlan plan = parse("initiative,likelihood,,impact,value\r\n4,1,,2,4\r\n");

        assertThat(problems(plan)).containsExactly("Line 1: Column 3 of the header has no name. Name it one of "
                + "initiative, likelihood, impact, rationale, optionally probability, loss_low and loss_high, and "
                + "either value or one column per criterion: "
                + "Strategic fit, Growth, Efficiency and Customer impact, or delete the column.");
    }

    @Test
    void aLineWithTheWrongNumberOfCellsIsNamedWithBothCounts() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER + "4,1,2,4,Cheap, and safe\r\n5,1,2\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 2: This line has 6 cells, but the header has 5 columns. Put any cell that contains a comma in "
                        + "double quotes, and check that every opening quote is closed.",
                "Line 3: This line has 3 cells, but the header has 5 columns. Put any cell that contains a comma in "
                        + "double quotes, and check that every opening quote is closed.");
    }

    @Test
    void aRationaleLongerThanAnAssessmentAllowsIsRefusedWithItsLength() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER + "4,1,2,4," + "r".repeat(4001) + "\r\n"
                + "5,1,2,9," + "r".repeat(4002) + "\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 2, rationale: Rationale is 4001 characters long; the limit is 4000.",
                "Line 3, value: \"9\" must be a whole number from 1 to 5.",
                "Line 3, rationale: Rationale is 4002 characters long; the limit is 4000.");
    }

    @Test
    void anEmptyFileIsRefusedWithTheHeaderItNeeds() {
        String expected = "Line 1: The file is empty. Its first line must be a header, such as "
                + "initiative,likelihood,impact,value,rationale, and each line after it the scores of one initiative.";

        assertThat(problems(parse(""))).containsExactly(expected);
        assertThat(problems(parse("\uFEFF\r\n \r\n"))).containsExactly(expected);
    }

    @Test
    void everyProblemInTheFileIsListedInLineOrderCountingLinesInsideQuotes() {
        ScoresImportPlan plan = parse(SIMPLE_HEADER
                + "1,2,3,4,\"Two\r\nlines\"\r\n"
                + "\r\n"
                + "Quantum-safe TLS,9,Huge,4,\r\n"
                + "5,1,2,4,\r\n"
                + "1,1,1,x,\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 5, initiative: No initiative of this workshop is titled \"Quantum-safe TLS\". "
                        + "Give its exact title, as Parley shows it, or its id.",
                "Line 5, likelihood: \"9\" must be a whole number from 1 to 5 (or a label such as Likely).",
                "Line 5, impact: \"Huge\" must be a whole number from 1 to 5 (or a label such as Major).",
                "Line 7, initiative: \"Generative-AI customer support assistant\" is on line 2 too. Keep one of the "
                        + "two lines.",
                "Line 7, value: \"x\" must be a whole number from 1 to 5.");
        assertThat(plan.rowsRead()).isEqualTo(4);
        assertThat(plan.summary()).isEqualTo(
                "Nothing will be imported: the file has 5 problems. Correct the file and import it again.");
    }

    @Test
    void editsCountSwapsOfNeighboursAsOneAndStopAtTheLimit() {
        assertThat(ScoresImporter.edits("vault", "vualt", 3)).isEqualTo(1);
        assertThat(ScoresImporter.edits("pipline", "pipeline", 3)).isEqualTo(1);
        assertThat(ScoresImporter.edits("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(ScoresImporter.edits("abc", "abcdefgh", 3)).isEqualTo(4);
        assertThat(ScoresImporter.edits("zero trust", "zero-trust network access", 3)).isEqualTo(4);
    }

    // progress and cancellation

    @Test
    void readingReportsTheRowsReadSoFar() throws IOException {
        List<Long> done = new ArrayList<>();
        ExchangeProgress progress = new ExchangeProgress() {
            @Override
            public void update(long rows, long total) {
                done.add(rows);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        ScoresImporter.parse(new StringReader(SIMPLE_HEADER + "1,1,1,1,\r\n2,2,2,2,\r\n4,3,3,3,\r\n"), INITIATIVES,
                CRITERIA, progress);

        assertThat(done).containsExactly(1L, 2L, 3L, 3L);
    }

    @Test
    void aCancelledImportGivesNoPlan() {
        StringBuilder csv = new StringBuilder(SIMPLE_HEADER);
        for (int i = 0; i < 100; i++) {
            csv.append("4,1,1,1,\r\n");
        }

        assertThatThrownBy(() -> ScoresImporter.parse(new StringReader(csv.toString()), INITIATIVES, CRITERIA,
                CsvFileWriterTest.cancelAfter(10)))
                .isInstanceOf(ExchangeCancelledException.class)
                .hasMessage("The import was cancelled. Nothing was imported.");
    }
}
