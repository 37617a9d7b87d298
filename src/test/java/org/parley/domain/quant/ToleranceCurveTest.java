package org.parley.domain.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.parley.domain.RuleViolation;
import org.parley.domain.quant.ToleranceCurve.Point;

class ToleranceCurveTest {

    // design.md's example: 1,000,000 at 10%, 10,000,000 at 1%.
    private final ToleranceCurve ciso = ToleranceCurve.parse("1000000:0.1,10000000:0.01");

    @Test
    void theCommandLinesFormIsReadAndWrittenBack() {
        assertThat(ciso.points()).containsExactly(new Point(1_000_000, 0.1), new Point(10_000_000, 0.01));
        assertThat(ciso.text()).isEqualTo("1000000:0.1,10000000:0.01");
        assertThat(ciso).hasToString("1000000:0.1,10000000:0.01");
        assertThat(ToleranceCurve.parse(" 1000000 : 0.1 , 2500000.5:.05,10000000:0.05 ").text())
                .isEqualTo("1000000:0.1,2500000.5:0.05,10000000:0.05");
        assertThat(ToleranceCurve.parse("5000000:0.2")).isEqualTo(ToleranceCurve.of(new Point(5_000_000, 0.2)));
    }

    @Test
    void atAPointTheToleranceIsItsProbability() {
        assertThat(ciso.probabilityAt(1_000_000)).isEqualTo(0.1);
        assertThat(ciso.probabilityAt(10_000_000)).isEqualTo(0.01);
    }

    @Test
    void betweenPointsTheToleranceIsLinearInTheLogarithmOfTheLoss() {
        // √(10⁶ · 10⁷) lies halfway in ln L: halfway from 0.1 to 0.01. 10^6.25 a quarter of the way.
        assertThat(ciso.probabilityAt(Math.sqrt(1e13))).isCloseTo(0.055, within(1e-12));
        assertThat(ciso.probabilityAt(Math.pow(10, 6.25))).isCloseTo(0.0775, within(1e-12));
        // Not linear in L: 5,500,000 is halfway in L, but 0.7 of the way in ln L.
        assertThat(ciso.probabilityAt(5_500_000)).isCloseTo(0.1 - 0.09 * Math.log(5.5) / Math.log(10), within(1e-12));
    }

    @Test
    void belowTheFirstPointTheFirstProbabilityHoldsAndAboveTheLastTheLast() {
        assertThat(ciso.probabilityAt(999_999)).isEqualTo(0.1);
        assertThat(ciso.probabilityAt(1)).isEqualTo(0.1);
        assertThat(ciso.probabilityAt(0)).isEqualTo(0.1);
        assertThat(ciso.probabilityAt(-1)).isEqualTo(0.1);
        assertThat(ciso.probabilityAt(10_000_001)).isEqualTo(0.01);
        assertThat(ciso.probabilityAt(Double.POSITIVE_INFINITY)).isEqualTo(0.01);
        assertThat(ToleranceCurve.parse("5000000:0.2").probabilityAt(1)).isEqualTo(0.2);
        assertThat(ToleranceCurve.parse("5000000:0.2").probabilityAt(1e12)).isEqualTo(0.2);
        assertThatThrownBy(() -> ciso.probabilityAt(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFlatStretchHoldsItsProbability() {
        ToleranceCurve flat = ToleranceCurve.parse("1000:0.5,2000:0.2,3000:0.2,4000:0.1");

        assertThat(flat.probabilityAt(2500)).isEqualTo(0.2);
        assertThat(flat.probabilityAt(3000)).isEqualTo(0.2);
        assertThat(flat.probabilityAt(3500)).isBetween(0.1, 0.2);
    }

    @Test
    void eachPointsLossIsAnAmountAboveZeroAndAboveTheOneBefore() {
        assertRefused(List.of(new Point(0, 0.1)), "Tolerance point 1: the loss must be an amount above 0, not 0.");
        assertRefused(List.of(new Point(Double.POSITIVE_INFINITY, 0.1)),
                "Tolerance point 1: the loss must be an amount above 0, not Infinity.");
        assertRefused(List.of(new Point(Double.NaN, 0.1)),
                "Tolerance point 1: the loss must be an amount above 0, not NaN.");
        assertRefused(List.of(new Point(1_000, 0.1), new Point(1_000, 0.05)),
                "Tolerance point 2: the loss must be above point 1's 1000, not 1000.");
        assertRefused(List.of(new Point(1_000, 0.1), new Point(2_000, 0.05), new Point(1_500, 0.01)),
                "Tolerance point 3: the loss must be above point 2's 2000, not 1500.");
        assertThat(ToleranceCurve.of(new Point(Double.MIN_VALUE, 0.1), new Point(Math.nextUp(Double.MIN_VALUE), 0.1))
                .points()).hasSize(2);
    }

    @Test
    void eachPointsProbabilityIsAboveZeroBelowOneAndNeverAboveTheOneBefore() {
        assertRefused(List.of(new Point(1_000, 0)), "Tolerance point 1: the probability must be above 0 and below 1, "
                + "not 0.");
        assertRefused(List.of(new Point(1_000, 1)), "Tolerance point 1: the probability must be above 0 and below 1, "
                + "not 1.");
        assertRefused(List.of(new Point(1_000, 0.5), new Point(2_000, Double.NaN)),
                "Tolerance point 2: the probability must be above 0 and below 1, not NaN.");
        assertRefused(List.of(new Point(1_000, 0.1), new Point(2_000, 0.2)),
                "Tolerance point 2: the probability must not be above point 1's 0.1, not 0.2.");
        assertRefused(List.of(new Point(1_000, 0.1), new Point(2_000, Math.nextUp(0.1))),
                "Tolerance point 2: the probability must not be above point 1's 0.1, not 0.10000000000000002.");
        assertThat(ToleranceCurve.of(new Point(1_000, Math.nextDown(1.0)), new Point(2_000, Math.nextDown(1.0)),
                new Point(3_000, Double.MIN_VALUE)).points()).hasSize(3);
    }

    @Test
    void aCurveHasAtLeastOnePoint() {
        assertRefused(List.of(), "A tolerance needs at least one point loss:probability, such as "
                + "1000000:0.1,10000000:0.01.");
    }

    @Test
    void unreadableTextIsRefusedNamingThePoint() {
        assertUnreadable(null, "Tolerance is empty; give points loss:probability separated by commas, such as "
                + "1000000:0.1,10000000:0.01.");
        assertUnreadable("  ", "Tolerance is empty; give points loss:probability separated by commas, such as "
                + "1000000:0.1,10000000:0.01.");
        assertUnreadable("1000000:0.1,10000000", "Tolerance point 2: write it as loss:probability, such as "
                + "10000000:0.01, not \"10000000\".");
        assertUnreadable("1000000:0.1,", "Tolerance point 2: write it as loss:probability, such as 10000000:0.01, "
                + "not \"\".");
        assertUnreadable("1000000:0.1:0.2", "Tolerance point 1: write it as loss:probability, such as 10000000:0.01, "
                + "not \"1000000:0.1:0.2\".");
        assertUnreadable("1e6:0.1", "Tolerance point 1: the loss must be a number in plain digits, such as 10000000, "
                + "not \"1e6\".");
        assertUnreadable("1,000,000:0.1", "Tolerance point 1: write it as loss:probability, such as 10000000:0.01, "
                + "not \"1\".");
        assertUnreadable("1000000:0.1,10000000:-0.01", "Tolerance point 2: the probability must be a number in plain "
                + "digits, such as 0.01, not \"-0.01\".");
        assertUnreadable("1000000:10%", "Tolerance point 1: the probability must be a number in plain digits, such as "
                + "0.01, not \"10%\".");
        assertUnreadable("1000000:0.1,10000000:0.2", "Tolerance point 2: the probability must not be above point 1's "
                + "0.1, not 0.2.");
    }

    @Property
    void aValidCurveIsWrittenAndReadBackAndItsToleranceNeverRisesWithTheLoss(
            @ForAll @Size(min = 1, max = 6) List<@DoubleRange(min = 1.01, max = 100) Double> lossSteps,
            @ForAll @Size(min = 6, max = 6) List<@DoubleRange(min = 0.3, max = 1) Double> probabilitySteps,
            @ForAll @IntRange(min = 0, max = 1_000) int where) {
        List<Point> points = new ArrayList<>();
        double loss = 1_000;
        double probability = 0.5;
        for (int i = 0; i < lossSteps.size(); i++) {
            loss *= lossSteps.get(i);
            probability *= probabilitySteps.get(i);
            points.add(new Point(loss, probability));
        }
        ToleranceCurve curve = new ToleranceCurve(points);
        double at = Math.pow(loss, where / 900.0);

        assertThat(ToleranceCurve.parse(curve.text())).isEqualTo(curve);
        // Up to rounding: along a segment ln L's share of it can round to 1 a hair before its end.
        assertThat(curve.probabilityAt(at)).isBetween(probability - 1e-15, 0.5)
                .isGreaterThanOrEqualTo(curve.probabilityAt(at * 1.01) - 1e-15);
    }

    private static void assertRefused(List<Point> points, String message) {
        assertThatThrownBy(() -> new ToleranceCurve(points))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("tolerance"))
                .hasMessage(message);
    }

    private static void assertUnreadable(String text, String message) {
        assertThatThrownBy(() -> ToleranceCurve.parse(text))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("tolerance"))
                .hasMessage(message);
    }
}
