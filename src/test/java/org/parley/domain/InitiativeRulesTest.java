package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InitiativeRulesTest {

    private static InitiativeRules.Input input(String title, String cost) {
        return new InitiativeRules.Input(title, "", "", "", cost, "");
    }

    @Test
    void aTitleIsRequired() {
        assertThat(InitiativeRules.check(input("   ", "")))
                .containsEntry(InitiativeField.TITLE, "Title is required.")
                .hasSize(1);
    }

    @Test
    void aTitleLongerThanTheLimitIsRefusedWithItsLength() {
        String title = "x".repeat(InitiativeRules.TITLE_MAX + 1);
        assertThat(InitiativeRules.check(input(title, "")).get(InitiativeField.TITLE))
                .isEqualTo("Title is 201 characters long; the limit is 200.");
    }

    @Test
    void aTitleCategoryOrSponsorWithAControlCharacterIsRefusedNamingTheField() {
        var problems = InitiativeRules.check(new InitiativeRules.Input("Passkeys\r\n,forged,row", "Line one\nline two",
                "Data\u001B[2J", "Dana\u200BReyes", "", ""));

        assertThat(problems).containsOnlyKeys(InitiativeField.TITLE, InitiativeField.CATEGORY, InitiativeField.SPONSOR);
        assertThat(problems.get(InitiativeField.TITLE))
                .isEqualTo("Title holds a line break (U+000D) at character 9, which a name cannot hold. Remove it.");
        assertThat(problems.get(InitiativeField.CATEGORY)).startsWith("Category holds an invisible character, U+001B");
        assertThat(problems.get(InitiativeField.SPONSOR)).startsWith("Sponsor holds an invisible character, U+200B");
        assertThat(InitiativeRules.titleProblem("Tab\tseparated")).startsWith("Title holds a tab");
    }

    @Test
    void aBlankCostMeansNotEstimated() {
        assertThat(InitiativeRules.check(input("Passkeys", " "))).isEmpty();
        assertThat(InitiativeRules.toDraft(input("Passkeys", "")).estimatedCost()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "250000, 250000",
        "'250,000', 250000",
        "'1,250,000.50', 1250000.50",
        "$ 90000, 90000",
        "€12 500, 12500",
        "0, 0",
        "1e3, 1000"})
    void costsAreReadTheWaySpreadsheetsWriteThem(String text, String expected) {
        assertThat(InitiativeRules.costProblem(text)).isNull();
        assertThat(InitiativeRules.parseCost(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "abc, 'Estimated cost must be a number, such as 250000 or 1,250,000.50.'",
        "'12,5', 'Estimated cost must be a number, such as 250000 or 1,250,000.50.'",
        "-5, Estimated cost cannot be negative.",
        "10.001, Estimated cost can have at most two decimals.",
        "1e30, Estimated cost is too large."})
    void badCostsAreNamedPrecisely(String text, String message) {
        assertThat(InitiativeRules.costProblem(text)).isEqualTo(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1"})
    void aDraftIsNeverBuiltFromInputWithAProblem(String cost) {
        assertThatThrownBy(() -> InitiativeRules.toDraft(input("Passkeys", cost)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(InitiativeRules.toDraftOrNull(input("Passkeys", cost))).isNull();
    }

    @Test
    void aDraftCarriesTrimmedTextAndCanonicalTags() {
        InitiativeDraft draft = InitiativeRules.toDraft(new InitiativeRules.Input(
                "  Zero-trust network access ", " Replace the VPN ", "Security", " CISO ", "780000",
                "soc2, iso 27001 | SOC 2"));
        assertThat(draft.title()).isEqualTo("Zero-trust network access");
        assertThat(draft.description()).isEqualTo("Replace the VPN");
        assertThat(draft.sponsor()).isEqualTo("CISO");
        assertThat(draft.estimatedCost()).isEqualByComparingTo("780000");
        assertThat(draft.tags()).containsExactly("ISO 27001", "SOC 2");
    }

    @Test
    void aTagLongerThanFortyCharactersIsRefused() {
        var problems = InitiativeRules.check(new InitiativeRules.Input("t", "", "", "", "", "x".repeat(41)));
        assertThat(problems.get(InitiativeField.TAGS)).contains("longer than 40 characters");
    }

    @Property
    void everyWholeNonNegativeAmountIsAcceptedAndReadBackExactly(@ForAll @LongRange(min = 0, max = 99_999_999_999_999_999L) long amount) {
        String text = Long.toString(amount);
        assertThat(InitiativeRules.costProblem(text)).isNull();
        assertThat(InitiativeRules.parseCost(text)).isEqualByComparingTo(BigDecimal.valueOf(amount));
    }

    @Property
    void everyNegativeAmountIsRefused(@ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long amount) {
        assertThat(InitiativeRules.costProblem(Long.toString(amount))).isEqualTo("Estimated cost cannot be negative.");
    }
}
