package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontierTest {

    private final Frontier ciso = Frontier.of(2, 4, 6, 9, 12);

    @Test
    void riskExactlyOnTheFrontierIsAccepted() {
        assertThat(ciso.accepts(3.0, 6)).isTrue();
        assertThat(ciso.accepts(1.0, 2)).isTrue();
        assertThat(ciso.accepts(5.0, 12)).isTrue();
    }

    @Test
    void riskOneAboveTheFrontierIsRejected() {
        assertThat(ciso.accepts(3.0, 7)).isFalse();
        assertThat(ciso.verdict(5.0, 13)).isEqualTo(Verdict.REJECT);
    }

    @Test
    void betweenLevelsTheLimitIsInterpolatedLinearly() {
        // Halfway between value 2 (4) and value 3 (6) is 5; a quarter of the way from 6 to 9 is 6.75.
        assertThat(ciso.limitAt(2.5)).isEqualTo(5.0);
        assertThat(ciso.limitAt(3.25)).isEqualTo(6.75);
        assertThat(ciso.accepts(2.5, 5)).isTrue();
        assertThat(ciso.accepts(2.5, 6)).isFalse();
        assertThat(ciso.accepts(3.25, 6)).isTrue();
        assertThat(ciso.accepts(3.25, 7)).isFalse();
    }

    @Test
    void aPointOnAnInterpolatedLineIsAcceptedDespiteFloatingPointRounding() {
        Frontier frontier = Frontier.of(1, 4, 6, 9, 12);
        double value = (1 + 1 + 2) / 3.0; // the mean of three criterion scores
        // In exact arithmetic the limit at 4/3 is 1 + (1/3) × 3 = 2; in doubles it lands just below.
        assertThat(1 + (value - 1) * 3).isLessThan(2.0);
        assertThat(frontier.accepts(value, 2)).isTrue();
        assertThat(frontier.accepts(value, 3)).isFalse();
    }

    @Test
    void theHardCapRejectsRiskAboveItWhateverTheValue() {
        Frontier capped = Frontier.of(4, 8, 12, 20, 25).withCap(15);
        assertThat(capped.accepts(5.0, 16)).isFalse();
        assertThat(capped.accepts(5.0, 15)).isTrue();
        assertThat(capped.limitAt(4.5)).isEqualTo(15.0);
        assertThat(capped.limitAt(2.5)).isEqualTo(10.0);
        assertThat(capped.cap()).hasValue(15);
        assertThat(capped.withoutCap().accepts(5.0, 16)).isTrue();
    }

    @Test
    void valuesOutsideOneToFiveHaveNoLimit() {
        assertThatThrownBy(() -> ciso.limitAt(0.99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ciso.limitAt(5.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ciso.limitAt(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ciso.accepts(3.0, 26)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDecreasingFrontierIsRefusedNamingTheLevels() {
        assertThatThrownBy(() -> Frontier.of(4, 6, 8, 6, 12))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Frontier must not decrease: value 3 accepts 8 but value 4 only 6.")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("frontier");
    }

    @Test
    void levelsOutsideOneToTwentyFiveAreRefused() {
        assertThatThrownBy(() -> Frontier.of(0, 6, 8, 9, 12))
                .hasMessage("Frontier at value 1 must be from 1 to 25, not 0.");
        assertThatThrownBy(() -> Frontier.of(4, 6, 8, 9, 30))
                .hasMessage("Frontier at value 5 must be from 1 to 25, not 30.");
    }

    @Test
    void aFrontierNeedsExactlyFiveLevels() {
        assertThatThrownBy(() -> Frontier.of(4, 6, 8))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("needs exactly five levels")
                .hasMessageContaining("it has 3");
        assertThatThrownBy(() -> Frontier.of(List.of(1, 2, 3, 4, 5, 6), OptionalInt.empty()))
                .hasMessageContaining("needs exactly five levels");
    }

    @Test
    void aCapOutsideOneToTwentyFiveIsRefused() {
        assertThatThrownBy(() -> ciso.withCap(0))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Hard cap must be from 1 to 25, not 0.")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("cap");
        assertThatThrownBy(() -> ciso.withCap(26)).hasMessageContaining("must be from 1 to 25");
    }

    @Test
    void parseReadsTheCommandLineForm() {
        assertThat(Frontier.parse("2,4,6,9,12")).isEqualTo(ciso);
        assertThat(Frontier.parse(" 2, 4 ,6,9 , 12 ")).isEqualTo(ciso);
        assertThat(Frontier.parse(ciso.text())).isEqualTo(ciso);
        assertThat(ciso.text()).isEqualTo("2,4,6,9,12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | Frontier is empty; give five risk scores separated by commas, such as 4,6,9,12,16.",
        "'4,6,9' | Frontier needs exactly five levels, one for each value 1 to 5, such as 4,6,9,12,16; \"4,6,9\" has 3.",
        "'4;6;9;12;16' | Frontier needs exactly five levels, one for each value 1 to 5, such as 4,6,9,12,16; \"4;6;9;12;16\" has 1.",
        "'4,six,9,12,16' | Frontier at value 2 must be a whole number from 1 to 25, not \"six\".",
        "'4,,9,12,16' | Frontier at value 2 must be a whole number from 1 to 25, not \"\".",
        "'-4,6,9,12,16' | Frontier at value 1 must be a whole number from 1 to 25, not \"-4\".",
        "'4,6,9.5,12,16' | Frontier at value 3 must be a whole number from 1 to 25, not \"9.5\".",
        "'4,6,9,12,99' | Frontier at value 5 must be from 1 to 25, not 99.",
        "'4,6,9,8,16' | Frontier must not decrease: value 3 accepts 9 but value 4 only 8."})
    void parseExplainsBadText(String text, String message) {
        assertThatThrownBy(() -> Frontier.parse(text))
                .isInstanceOf(RuleViolation.class)
                .hasMessage(message);
    }

    @Test
    void parseRefusesNothingAtAll() {
        assertThatThrownBy(() -> Frontier.parse(null)).hasMessageStartingWith("Frontier is empty");
    }

    @Test
    void theMidpointIsRoundedDownToWholeScores() {
        Frontier cto = Frontier.of(6, 9, 12, 16, 20);
        // (2+6)/2 = 4, (4+9)/2 = 6.5 → 6, (6+12)/2 = 9, (9+16)/2 = 12.5 → 12, (12+20)/2 = 16
        assertThat(Frontier.midpoint(ciso, cto).levels()).containsExactly(4, 6, 9, 12, 16);
        assertThat(Frontier.midpoint(ciso, cto).cap()).isEmpty();
    }

    @Test
    void theMidpointKeepsTheLowerOfTwoCaps() {
        Frontier a = ciso.withCap(10);
        Frontier b = Frontier.of(6, 9, 12, 16, 20).withCap(18);
        assertThat(Frontier.midpoint(a, b).cap()).hasValue(10);
        assertThat(Frontier.midpoint(b, a).cap()).hasValue(10);
    }

    @Test
    void theMidpointKeepsTheOnlyCap() {
        Frontier b = Frontier.of(6, 9, 12, 16, 20).withCap(18);
        assertThat(Frontier.midpoint(ciso, b).cap()).hasValue(18);
        assertThat(Frontier.midpoint(b, ciso).cap()).hasValue(18);
    }

    @Property
    void theMidpointIsAValidFrontierBetweenTheTwo(@ForAll("frontiers") Frontier a, @ForAll("frontiers") Frontier b) {
        Frontier mid = Frontier.midpoint(a, b);
        for (int level = 1; level <= Frontier.LEVELS; level++) {
            assertThat(mid.level(level))
                    .isBetween(Math.min(a.level(level), b.level(level)), Math.max(a.level(level), b.level(level)))
                    .isLessThanOrEqualTo((a.level(level) + b.level(level)) / 2);
        }
        assertThat(Frontier.midpoint(b, a)).isEqualTo(mid);
    }

    @Property
    void theLimitNeverDecreasesWithValue(@ForAll("frontiers") Frontier frontier) {
        double previous = frontier.limitAt(1.0);
        for (int step = 1; step <= 40; step++) {
            double limit = frontier.limitAt(1.0 + step * 0.1);
            assertThat(limit).isGreaterThanOrEqualTo(previous - 1e-12);
            previous = limit;
        }
    }

    @Test
    void atWholeValuesTheLimitIsTheLevel() {
        for (int level = 1; level <= Frontier.LEVELS; level++) {
            assertThat(ciso.limitAt(level)).isCloseTo(ciso.level(level), within(0.0));
        }
    }

    @Test
    void frontiersAreEqualByLevelsAndCap() {
        assertThat(Frontier.of(List.of(2, 4, 6, 9, 12), OptionalInt.of(10))).isEqualTo(ciso.withCap(10))
                .hasSameHashCodeAs(ciso.withCap(10))
                .isNotEqualTo(ciso);
        assertThat(ciso.withCap(10)).hasToString("2,4,6,9,12 (cap 10)");
    }

    @Provide
    Arbitrary<Frontier> frontiers() {
        Arbitrary<Frontier> levels = Arbitraries.integers().between(1, 25).list().ofSize(5)
                .map(list -> list.stream().sorted().toList())
                .map(list -> Frontier.of(list, OptionalInt.empty()));
        return levels.flatMap(frontier -> Arbitraries.integers().between(0, 25)
                .map(cap -> cap == 0 ? frontier : frontier.withCap(cap)));
    }
}
