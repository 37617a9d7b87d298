package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScalesTest {

    @ParameterizedTest(name = "{0} × {1} = {2}, {3}")
    @CsvSource({
        "1, 1, 1, LOW", "2, 2, 4, LOW", "1, 5, 5, MEDIUM", "3, 3, 9, MEDIUM", "2, 5, 10, HIGH",
        "3, 4, 12, HIGH", "5, 3, 15, CRITICAL", "4, 4, 16, CRITICAL", "5, 5, 25, CRITICAL"})
    void theRiskScoreIsLikelihoodTimesImpactWithItsBand(int likelihood, int impact, int score, Band band) {
        RiskScore risk = RiskScore.of(likelihood, impact);
        assertThat(risk.value()).isEqualTo(score);
        assertThat(risk.band()).isEqualTo(band);
    }

    @Test
    void bandBoundariesAreThoseOfTheDesign() {
        assertThat(Band.of(4)).isEqualTo(Band.LOW);
        assertThat(Band.of(5)).isEqualTo(Band.MEDIUM);
        assertThat(Band.of(9)).isEqualTo(Band.MEDIUM);
        assertThat(Band.of(10)).isEqualTo(Band.HIGH);
        assertThat(Band.of(14)).isEqualTo(Band.HIGH);
        assertThat(Band.of(15)).isEqualTo(Band.CRITICAL);
    }

    @Test
    void levelsHaveTheirLabels() {
        assertThat(Scale.LIKELIHOOD.level(5).label()).isEqualTo("Almost certain");
        assertThat(Scale.IMPACT.level(1).label()).isEqualTo("Negligible");
        assertThatThrownBy(() -> Scale.IMPACT.level(6))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Impact must be a whole number from 1 to 5, not 6.");
    }

    @Test
    void aLevelIsReadFromItsNumberOrOnANamedScaleFromItsLabel() {
        assertThat(Scale.LIKELIHOOD.parse(" likely ")).containsSame(Scale.LIKELIHOOD.level(4));
        assertThat(Scale.IMPACT.parse("5")).containsSame(Scale.IMPACT.level(5));
        assertThat(Scale.CRITERION.parse("3")).containsSame(Scale.CRITERION.level(3));
        assertThat(Scale.CRITERION.parse("high")).isEmpty();
        assertThat(Scale.LIKELIHOOD.parse("4.0")).isEmpty();
        assertThat(Scale.LIKELIHOOD.parse("0")).isEmpty();
        assertThat(Scale.LIKELIHOOD.parse("6")).isEmpty();
    }

    @Test
    void oneSentenceSaysAScoreIsMissingOrOutsideTheScale() {
        assertThat(Scale.problem("Growth", null)).isEqualTo("Growth needs a score from 1 to 5.");
        assertThat(Scale.problem("Growth", 0)).isEqualTo("Growth must be a whole number from 1 to 5, not 0.");
        assertThat(Scale.problem("Growth", 6)).isEqualTo("Growth must be a whole number from 1 to 5, not 6.");
        assertThat(Scale.problem("Growth", 1)).isNull();
        assertThat(Scale.problem("Growth", 5)).isNull();
    }

    @Test
    void aRiskScoreTakesALikelihoodTimesAnImpactNotTheOtherWayRound() {
        assertThatThrownBy(() -> new RiskScore(Scale.IMPACT.level(2), Scale.LIKELIHOOD.level(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final List<ValueCriterion> CRITERIA = List.of(
            new ValueCriterion(1, 1, "Strategic fit", 2),
            new ValueCriterion(2, 2, "Growth", 1),
            new ValueCriterion(3, 3, "Efficiency", 1));

    @Test
    void valueIsTheWeightedMeanOfTheCriterionScores() {
        // (2×5 + 1×3 + 1×1) / 4 = 14 / 4 = 3.5
        assertThat(ValueScore.of(CRITERIA, Map.of(1L, 5, 2L, 3, 3L, 1))).isEqualTo(3.5);
    }

    @Test
    void onlyTheRatiosOfWeightsCount() {
        List<ValueCriterion> scaled = CRITERIA.stream()
                .map(c -> new ValueCriterion(c.id(), c.position(), c.name(), c.weight() * 10)).toList();
        assertThat(ValueScore.of(scaled, Map.of(1L, 5, 2L, 3, 3L, 1))).isEqualTo(3.5);
    }

    @Test
    void aMissingCriterionScoreIsNamed() {
        assertThatThrownBy(() -> ValueScore.of(CRITERIA, Map.of(1L, 5, 2L, 3)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Efficiency has no score yet.");
    }

    @ParameterizedTest
    @CsvSource({"3.5, 4", "3.49, 3", "1.0, 1", "4.5, 5", "2.25, 2", "2.75, 3"})
    void valueIsRoundedHalfUpForKappa(double value, int rounded) {
        assertThat(ValueScore.rounded(value)).isEqualTo(rounded);
    }

    @Test
    void assessmentInputNamesEveryMissingScore() {
        AssessmentInput input = new AssessmentInput(null, 7, Map.of(1L, 3), " Rationale ");
        assertThat(input.problems(CRITERIA)).containsExactly(
                Map.entry("likelihood", "Likelihood needs a score from 1 to 5."),
                Map.entry("impact", "Impact must be a whole number from 1 to 5, not 7."),
                Map.entry("Growth", "Growth needs a score from 1 to 5."),
                Map.entry("Efficiency", "Efficiency needs a score from 1 to 5."));
        assertThat(input.rationale()).isEqualTo("Rationale");
    }

    @Test
    void roundsAdvanceOnlyAfterAReveal() {
        RoundState first = RoundState.first(7);
        assertThat(first.acceptsScores()).isTrue();
        assertThat(first.latestRevealedRound()).isZero();
        assertThatThrownBy(first::next).hasMessageContaining("reveal it before opening round 2");
        RoundState revealed = new RoundState(7, 1, true);
        assertThat(revealed.acceptsScores()).isFalse();
        assertThat(revealed.next()).isEqualTo(new RoundState(7, 2, false));
        assertThat(revealed.next().latestRevealedRound()).isEqualTo(1);
    }
}
