package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the losses view writes amounts and chances. */
class LossAmountsTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0", "350, 350", "1000, 1 k", "10000, 10 k", "350000, 350 k", "1000000, 1 M", "1500000, 1.5 M",
        "2000000, 2 M", "1234567, 1.23 M", "10000000, 10 M", "999999, 1 M", "999499, 999 k", "2500000000, 2.5 bn"
    })
    void compactAmountsKeepThreeDigitsAndDropTrailingZeros(double amount, String expected) {
        assertThat(LossAmounts.compact(amount)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2000000, 2.0 M", "2013457, 2.0 M", "352000, 350 k", "12345678, 12 M", "999999, 1.0 M", "1000, 1.0 k",
        "47, 47", "5.26, 5.3"
    })
    void approximateAmountsKeepTwoDigitsEvenWhenZero(double amount, String expected) {
        assertThat(LossAmounts.approximate(amount)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0%", "1, 100%", "0.12, 12%", "0.1234, 12%", "0.0995, 10%", "0.0994, 9.9%", "0.015, 1.5%", "0.01, 1%",
        "0.001, 0.1%", "0.000123, 0.012%"
    })
    void chancesAreWholePercentsFromTenAndTwoDigitsBelow(double chance, String expected) {
        assertThat(LossAmounts.percent(chance)).isEqualTo(expected);
    }

    @Test
    void theCurrencyFollowsWhenThereIsOne() {
        assertThat(LossAmounts.withCurrency("2 M", "EUR")).isEqualTo("2 M EUR");
        assertThat(LossAmounts.withCurrency("2 M", " ")).isEqualTo("2 M");
        assertThat(LossAmounts.withCurrency("2 M", null)).isEqualTo("2 M");
    }

    @Test
    void negativeAmountsHaveAMinusAndNonNumbersAreRefused() {
        assertThat(LossAmounts.compact(-1_500_000)).isEqualTo("\u22121.5 M");
        assertThatThrownBy(() -> LossAmounts.compact(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LossAmounts.percent(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
