package org.parley.exchange.pdf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.parley.domain.quant.Amounts;
import org.parley.domain.quant.LossEstimate;

/** Amounts as a board pack prints them: whole units of the workshop's currency, with thousands separators. */
final class Money {

    private Money() {
    }

    static String amount(double amount, String currency) {
        return currency + " " + Amounts.grouped(amount);
    }

    static String estimate(LossEstimate estimate, String currency) {
        return String.format(Locale.ROOT, "%s%% a year; if it happens, %s to %s (90%% interval)",
                percent(estimate.probability()), amount(estimate.low(), currency), amount(estimate.high(), currency));
    }

    /** A probability as a percentage, with no more decimals than it has: 20, 2.5, 0.1. */
    static String percent(double probability) {
        return BigDecimal.valueOf(probability * 100).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
