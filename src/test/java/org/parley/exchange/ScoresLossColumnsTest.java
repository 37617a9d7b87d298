package org.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.domain.Initiative;
import org.parley.domain.ValueCriterion;
import org.parley.domain.quant.LossEstimate;

/** The scores file's optional loss columns: probability, loss_low and loss_high, all three or none. */
class ScoresLossColumnsTest {

    private static final String HEADER = "initiative,likelihood,impact,value,probability,loss_low,loss_high\r\n";
    private static final List<Initiative> INITIATIVES = List.of(
            AwkwardInitiatives.initiative(1, "Payments to public cloud", "", "", "", null, List.of()),
            AwkwardInitiatives.initiative(2, "DevSecOps pipeline", "", "", "", null, List.of()),
            AwkwardInitiatives.initiative(3, "Zero-trust network access", "", "", "", null, List.of()));
    private static final List<ValueCriterion> CRITERIA = List.of(new ValueCriterion(11, 1, "Strategic fit", 1));

    private static ScoresImportPlan parse(String csv) {
        try {
            return ScoresImporter.parse(new StringReader(csv), INITIATIVES, CRITERIA, ExchangeProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> problems(ScoresImportPlan plan) {
        assertThat(plan.rejected()).isTrue();
        assertThat(plan.rows()).isEmpty();
        return plan.problems().stream().map(ImportProblem::describe).toList();
    }

    @Test
    void aRowWithAllThreeCarriesAnEstimateAndARowWithNoneCarriesNone() {
        ScoresImportPlan plan = parse(HEADER + "1,3,4,4,0.1,10000000,1000000000\r\n2,2,2,3,,,\r\n"
                + "3;2;2;3;0.05;5e6;5e7\r\n".replace(';', ','));

        assertThat(plan.rejected()).isFalse();
        assertThat(plan.rows()).extracting(r -> r.input().loss()).containsExactly(
                new LossEstimate(0.1, 10_000_000, 1_000_000_000), null, new LossEstimate(0.05, 5_000_000, 50_000_000));
    }

    @Test
    void aFileWithoutTheColumnsHasNoEstimates() {
        ScoresImportPlan plan = parse("initiative,likelihood,impact,value\r\n1,3,4,4\r\n");

        assertThat(plan.rows()).singleElement().satisfies(r -> assertThat(r.input().loss()).isNull());
    }

    @Test
    void theColumnsComeInAnyCaseAndOrder() {
        ScoresImportPlan plan = parse("LOSS_HIGH,initiative,Probability,likelihood,impact,value,Loss_Low\r\n"
                + "20,1,0.5,3,4,4,10\r\n");

        assertThat(plan.rows()).singleElement().satisfies(r -> assertThat(r.input().loss())
                .isEqualTo(new LossEstimate(0.5, 10, 20)));
    }

    @Test
    void aHeaderWithOnlySomeOfTheColumnsIsRefused() {
        assertThat(problems(parse("initiative,likelihood,impact,value,probability,loss_low\r\n1,3,4,4,0.1,10\r\n")))
                .containsExactly("Line 1, loss_high: A loss estimate takes three columns, probability, loss_low and "
                        + "loss_high; the header has probability and loss_low but no loss_high. Add it, or remove the "
                        + "others.");
    }

    @Test
    void eachBadCellIsNamedWithItsLineAndColumnAndNothingIsImported() {
        ScoresImportPlan plan = parse(HEADER
                + "1,3,4,4,0.1,10000000,1000000000\r\n"
                + "2,3,4,4,1.5,10,20\r\n"
                + "3,3,4,4,0.1,abc,20\r\n");

        assertThat(problems(plan)).containsExactly(
                "Line 3, probability: Loss probability must be above 0 and at most 1, not 1.5.",
                "Line 4, loss_low: \"abc\" must be an amount above 0, such as 1000000, in plain digits.");
    }

    @Test
    void aLowNotBelowTheHighIsNamedAtLossLow() {
        assertThat(problems(parse(HEADER + "1,3,4,4,0.1,20,20\r\n"))).containsExactly(
                "Line 2, loss_low: Loss low must be below loss high: 20 is not below 20.");
    }

    @Test
    void aZeroProbabilityAndAZeroLowAreRefused() {
        assertThat(problems(parse(HEADER + "1,3,4,4,0,10,20\r\n2,3,4,4,0.1,0,20\r\n"))).containsExactly(
                "Line 2, probability: Loss probability must be above 0 and at most 1, not 0.",
                "Line 3, loss_low: Loss low must be an amount above 0, not 0.");
    }

    @Test
    void aRowWithSomeLossCellsEmptyNamesEachEmptyOne() {
        assertThat(problems(parse(HEADER + "1,3,4,4,0.1,,\r\n"))).containsExactly(
                "Line 2, loss_low: Loss low is empty while the row's other loss cells are not. Give all three of "
                        + "probability, loss_low and loss_high, or none.",
                "Line 2, loss_high: Loss high is empty while the row's other loss cells are not. Give all three of "
                        + "probability, loss_low and loss_high, or none.");
    }

    @Test
    void aNegativeOrGroupedAmountIsNotPlainDigits() {
        assertThat(problems(parse(HEADER + "1,3,4,4,0.1,-5,20\r\n2,3,4,4,0.1,10,\"1,000\"\r\n"))).containsExactly(
                "Line 2, loss_low: \"-5\" must be an amount above 0, such as 1000000, in plain digits.",
                "Line 3, loss_high: \"1,000\" must be an amount above loss low, such as 10000000, in plain digits.");
    }
}
