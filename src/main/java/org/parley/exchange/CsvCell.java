package org.parley.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Objects;

/**
 * One cell of an exported row, typed so that the writer knows what may be guarded: only text is ever
 * changed against formula injection; numbers and dates are written as they are.
 */
public sealed interface CsvCell {

    /** The cell as it appears in the file, before RFC 4180 quoting. */
    String written();

    /** Text, guarded against formula injection; null writes an empty cell. */
    static CsvCell text(String value) {
        return value == null ? empty() : new Text(value);
    }

    /** A plain number such as 1250000.50 or -5; null (for example a cost not yet estimated) writes an empty cell. */
    static CsvCell number(BigDecimal value) {
        return value == null ? empty() : new Number(value);
    }

    static CsvCell number(long value) {
        return new Number(BigDecimal.valueOf(value));
    }

    /** A finite double, written in its shortest exact form: 3.5, not 3.5000000001 or 3.5E0. */
    static CsvCell number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A CSV number must be finite, not " + value);
        }
        return new Number(BigDecimal.valueOf(value));
    }

    /** A date or a moment in ISO 8601: 2027-03-31, 2027-03-31T09:30:00Z; null writes an empty cell. */
    static CsvCell date(Temporal value) {
        return value == null ? empty() : new Date(value);
    }

    static CsvCell empty() {
        return Empty.INSTANCE;
    }

    record Text(String value) implements CsvCell {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String written() {
            return FormulaGuard.neutralise(value);
        }
    }

    record Number(BigDecimal value) implements CsvCell {
        public Number {
            Objects.requireNonNull(value, "value");
        }

        /** No grouping and no exponent, which every spreadsheet and parser reads as a number. */
        @Override
        public String written() {
            return value.toPlainString();
        }
    }

    record Date(Temporal value) implements CsvCell {
        public Date {
            // Only types whose toString() is ISO 8601; ZonedDateTime, for one, appends "[Europe/Zurich]".
            if (!(value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime
                    || value instanceof Instant)) {
                throw new IllegalArgumentException("A CSV date is a LocalDate, LocalDateTime, OffsetDateTime or "
                        + "Instant, not " + (value == null ? "null" : value.getClass().getSimpleName()));
            }
        }

        @Override
        public String written() {
            return value.toString();
        }
    }

    record Empty() implements CsvCell {
        private static final Empty INSTANCE = new Empty();

        @Override
        public String written() {
            return "";
        }
    }
}
