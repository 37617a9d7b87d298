package org.parley.ui.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the Losses chart and its words write an amount and a chance, compactly: "350 k", "2 M", "1.5 M", "12%".
 * One place, so that the axis, the hover text and the sentences round alike.
 */
public final class LossAmounts {

    private static final double[] UNITS = {1e9, 1e6, 1e3};
    private static final String[] SUFFIXES = {" bn", " M", " k"};

    private LossAmounts() {
    }

    /** At most three significant digits, trailing zeros dropped: "1 k", "350 k", "2 M", "1.25 M", "10 M". */
    public static String compact(double amount) {
        return amount(amount, 3, true);
    }

    /**
     * Two significant digits, kept even when zero, for a figure read off a curve: "2.0 M", "350 k", "12 M". The
     * zero says that the amount is rounded, where {@link #compact} gives round amounts someone typed.
     */
    public static String approximate(double amount) {
        return amount(amount, 2, false);
    }

    /** {@code text} followed by the currency, or alone when there is none: "2 M EUR". */
    public static String withCurrency(String text, String currency) {
        return currency == null || currency.isBlank() ? text : text + " " + currency.strip();
    }

    /**
     * A chance as a percentage: whole from 10% ("12%", "100%"), two significant digits below ("1.5%", "0.1%",
     * "0.012%"), "0%" for none.
     */
    public static String percent(double probability) {
        if (!Double.isFinite(probability) || probability < 0) {
            throw new IllegalArgumentException("A chance is 0 or more, not " + probability);
        }
        double percent = probability * 100;
        if (percent == 0) {
            return "0%";
        }
        BigDecimal rounded = percent >= 9.95 ? BigDecimal.valueOf(Math.round(percent))
                : new BigDecimal(percent).round(new MathContext(2, RoundingMode.HALF_UP));
        return rounded.stripTrailingZeros().toPlainString() + "%";
    }

    private static String amount(double amount, int digits, boolean strip) {
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("An amount is a finite number, not " + amount);
        }
        if (amount < 0) {
            return "\u2212" + amount(-amount, digits, strip);
        }
        if (amount == 0) {
            return "0";
        }
        // Rounded before the unit is chosen, so that 999,999 reads "1.0 M" and not "1000 k".
        BigDecimal rounded = new BigDecimal(amount).round(new MathContext(digits, RoundingMode.HALF_UP));
        for (int i = 0; i < UNITS.length; i++) {
            if (rounded.doubleValue() >= UNITS[i]) {
                int places = (int) Math.round(Math.log10(UNITS[i]));
                return digits(rounded.movePointLeft(places), strip) + SUFFIXES[i];
            }
        }
        return digits(rounded, strip);
    }

    private static String digits(BigDecimal value, boolean strip) {
        BigDecimal shown = strip ? value.stripTrailingZeros() : value;
        return shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString();
    }
}
