package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Every domain value with a range refuses what lies outside it, with a {@link RuleViolation} naming the field (or,
 * for values only Parley itself builds, an {@link IllegalArgumentException}), and takes everything inside it.
 */
class DomainValuesPropertyTest {

    @Property
    void likelihoodAndImpactAreOneToFive(@ForAll int score) {
        if (score >= 1 && score <= 5) {
            assertThat(Scale.LIKELIHOOD.level(score).score()).isEqualTo(score);
            assertThat(Scale.IMPACT.level(score).score()).isEqualTo(score);
            assertThat(RiskScore.of(score, score).value()).isEqualTo(score * score);
        } else {
            assertThatThrownBy(() -> Scale.LIKELIHOOD.level(score)).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.field()).isEqualTo("likelihood"));
            assertThatThrownBy(() -> Scale.IMPACT.level(score)).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.field()).isEqualTo("impact"));
            assertThatThrownBy(() -> RiskScore.of(score, 3)).isInstanceOf(RuleViolation.class);
        }
    }

    @Property
    void aValueIsFromOneToFive(@ForAll double value) {
        if (value >= 1.0 && value <= 5.0) {
            assertThat(Scores.of(value, 2, 3).value()).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> Scores.of(value, 2, 3)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void aFrontierIsFiveNonDecreasingLevelsFromOneToTwentyFive(@ForAll @Size(min = 0, max = 7) List<@IntRange(min = -3,
            max = 30) Integer> levels) {
        boolean valid = levels.size() == Frontier.LEVELS && levels.stream().allMatch(l -> l >= 1 && l <= 25)
                && isSorted(levels);
        if (valid) {
            Frontier frontier = Frontier.of(levels, java.util.OptionalInt.empty());
            assertThat(Frontier.parse(String.join(",", levels.stream().map(String::valueOf).toList())))
                    .isEqualTo(frontier);
        } else {
            assertThatThrownBy(() -> Frontier.of(levels, java.util.OptionalInt.empty()))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("frontier"));
        }
    }

    @Property
    void aHardCapIsFromOneToTwentyFive(@ForAll int cap) {
        Frontier frontier = Frontier.of(4, 6, 9, 12, 16);
        if (cap >= 1 && cap <= 25) {
            assertThat(frontier.withCap(cap)).isNotNull();
        } else {
            assertThatThrownBy(() -> frontier.withCap(cap)).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.field()).isEqualTo("cap"));
        }
    }

    @Property
    void aCriterionWeightIsAPositiveFiniteNumber(@ForAll double weight) {
        if (weight > 0 && !Double.isInfinite(weight)) {
            assertThat(new ValueCriterion(1, 0, "Growth", weight).weight()).isEqualTo(weight);
        } else {
            assertThatThrownBy(() -> new ValueCriterion(1, 0, "Growth", weight))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void aPassphraseIsTwelveToAThousandAndTwentyFourCharacters(@ForAll @IntRange(min = 0, max = 1100) int length) {
        char[] passphrase = new char[length];
        Arrays.fill(passphrase, 'x');
        if (length >= PassphraseRules.MIN_LENGTH && length <= PassphraseRules.MAX_LENGTH) {
            assertThat(PassphraseRules.problem(passphrase)).isNull();
        } else {
            assertThatThrownBy(() -> PassphraseRules.requireValid(passphrase))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("passphrase"))
                    .hasMessageContaining(length == 0 ? "at least 12 characters." : "this one has " + length);
        }
    }

    @Property
    void aPinIsEightToSixtyFourCharacters(@ForAll @IntRange(min = 0, max = 80) int length) {
        String pin = "Ab3".repeat(30).substring(0, Math.min(length, 90));
        Assume.that(pin.length() == length);
        assertThat(PinRules.problem(pin) == null)
                .isEqualTo(length >= PinRules.MIN_LENGTH && length <= PinRules.MAX_LENGTH);
    }

    @Property
    void aWorkshopNameIsOneToTwoHundredVisibleCharacters(@ForAll @IntRange(min = 0, max = 240) int length) {
        String name = "w".repeat(length);
        assertThat(NameRules.workshopNameProblem(name) == null)
                .isEqualTo(length >= 1 && length <= NameRules.WORKSHOP_NAME_MAX);
    }

    private static boolean isSorted(List<Integer> levels) {
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i) < levels.get(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
