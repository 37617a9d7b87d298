package org.parley.domain.quant;

import java.math.BigDecimal;
import java.util.Locale;

/** How the quantitative mode writes an amount or a probability in a message or a command line: plain digits. */
public final class Amounts {

    private Amounts() {
    }

    /**
     * The shortest digits that read back as the same double, never in exponent form: 1000000, 0.01, 2500000.5. Not a
     * number and the infinities are written as Java writes them.
     */
    public static String plain(double amount) {
        if (!Double.isFinite(amount)) {
            return Double.toString(amount);
        }
        return BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
    }

    /** Whole units with thousands separators, as reports print them: 1,234,568. */
    public static String grouped(double amount) {
        return String.format(Locale.ROOT, "%,.0f", amount);
    }
}
