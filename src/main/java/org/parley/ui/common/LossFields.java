package org.parley.ui.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parley.domain.RuleViolation;
import org.parley.domain.quant.Amounts;
import org.parley.domain.quant.LossEstimate;

/**
 * An optional loss estimate as typed, on the scoring form and as the agreement's residual loss: the yearly chance of the loss event ("5%" or "0.05")
 * and a 90% interval of its cost ("250 k", "1,500,000", "2 M"). All three blank is no estimate; the domain's
 * {@link LossEstimate} decides what is valid.
 */
public final class LossFields {

    /** Commas that group thousands, "1,500,000" or "2,500.5", as opposed to a decimal comma, "1,5". */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final StringProperty probability = new SimpleStringProperty(this, "probability", "");
    private final StringProperty low = new SimpleStringProperty(this, "low", "");
    private final StringProperty high = new SimpleStringProperty(this, "high", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public LossFields(Runnable changed) {
        for (StringProperty field : List.of(probability, low, high)) {
            field.addListener(obs -> changed.run());
        }
    }

    public StringProperty probabilityProperty() {
        return probability;
    }

    public StringProperty lowProperty() {
        return low;
    }

    public StringProperty highProperty() {
        return high;
    }

    /** What is wrong with the estimate as typed; "" when it is valid or blank. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Shows a stored estimate, or blanks for none. */
    public void show(LossEstimate estimate) {
        probability.set(estimate == null ? "" : Amounts.plain(estimate.probability()));
        low.set(estimate == null ? "" : Amounts.plain(estimate.low()));
        high.set(estimate == null ? "" : Amounts.plain(estimate.high()));
    }

    /** The estimate as typed, null when all three are blank or it is not valid (see {@link #problemProperty()}). */
    public LossEstimate estimate() {
        try {
            problem.set("");
            return parse();
        } catch (RuleViolation e) {
            problem.set(e.getMessage());
            return null;
        }
    }

    /** True when the typed estimate is the stored one (both none counts). */
    public boolean sameAs(LossEstimate stored) {
        LossEstimate typed = estimate();
        return problem.get().isEmpty() && (typed == null ? stored == null : typed.equals(stored));
    }

    private LossEstimate parse() {
        if (blank(probability) && blank(low) && blank(high)) {
            return null;
        }
        if (blank(probability) || blank(low) || blank(high)) {
            throw new RuleViolation("loss", "A loss estimate needs all three: the yearly chance, the low and the "
                    + "high cost. Clear all three to give none.");
        }
        return new LossEstimate(chance(probability.get()), amount("Loss low", low.get()),
                amount("Loss high", high.get()));
    }

    private static boolean blank(StringProperty field) {
        return field.get() == null || field.get().isBlank();
    }

    /** "5%" or "0.05" as 0.05. */
    public static double chance(String text) {
        String typed = text.strip().replace(',', '.');
        boolean percent = typed.endsWith("%");
        try {
            double value = Double.parseDouble(percent ? typed.substring(0, typed.length() - 1).strip() : typed);
            return percent ? value / 100 : value;
        } catch (NumberFormatException e) {
            throw new RuleViolation("probability", "Loss probability: \u201C" + text.strip() + "\u201D is not a "
                    + "chance such as 5% or 0.05.");
        }
    }

    /**
     * "1,500,000", "250 k", "2 M", "1.5m" or "1,5 M" as a number: commas that group thousands are dropped, as in an
     * estimated cost, and any other comma is a decimal point, as in a chance.
     */
    public static double amount(String field, String text) {
        String typed = text.strip().replaceAll("[\\s_'\u00A0]", "").toLowerCase(Locale.ROOT);
        double factor = 1;
        if (typed.endsWith("k")) {
            factor = 1e3;
        } else if (typed.endsWith("m")) {
            factor = 1e6;
        } else if (typed.endsWith("bn")) {
            factor = 1e9;
            typed = typed.substring(0, typed.length() - 1);
        }
        if (factor != 1) {
            typed = typed.substring(0, typed.length() - 1);
        }
        typed = THOUSANDS.matcher(typed).matches() ? typed.replace(",", "") : typed.replace(',', '.');
        try {
            return new BigDecimal(typed).doubleValue() * factor;
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, field + ": \u201C" + text.strip() + "\u201D is not an amount such as "
                    + "250000, 250 k or 1.5 M.");
        }
    }

}
