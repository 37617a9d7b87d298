package org.parley.ui.negotiation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Reads a date as a person types it: ISO 8601 (2027-12-31), the form Parley shows and exports, or day first
 * with slashes, dots or dashes (31/12/2027, 31.12.2027, 31-12-2027), as a European CISO writes it. Month-first
 * dates are not guessed at: 12/31/2027 is not a date, and 03/04/2027 is the 3rd of April.
 */
public final class TypedDates {

    /** How a date is shown and how a message asks for one. */
    public static final String EXAMPLE = "2027-12-31";

    // Strict, with a proleptic year ("uuuu"), so that 31/02/2027 is refused rather than moved to 28 February.
    private static final List<DateTimeFormatter> FORMS = List.of(
            strict("uuuu-M-d"), strict("d/M/uuuu"), strict("d.M.uuuu"), strict("d-M-uuuu"));

    private TypedDates() {
    }

    /** The date the text means, or empty when it is blank or not a date in one of the accepted forms. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        for (DateTimeFormatter form : FORMS) {
            try {
                return Optional.of(LocalDate.parse(typed, form));
            } catch (DateTimeParseException notThisForm) {
                // the next form may read it
            }
        }
        return Optional.empty();
    }

    /** What to tell the person whose text in {@code field} is not a date: the field, the text and the form. */
    public static String notADate(String field, String typed) {
        return field + ": \u201C" + typed.strip() + "\u201D is not a date; type it as year-month-day, such as "
                + EXAMPLE + ".";
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
