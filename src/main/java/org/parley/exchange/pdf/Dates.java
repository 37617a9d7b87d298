package org.parley.exchange.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as a board pack prints them, in words a board reads: "1 December 2026, 09:00 CET". */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm z",
            Locale.ENGLISH);

    private Dates() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String day(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone));
    }

    /** The day in a page's foot: "1 Dec 2026". */
    static String shortDay(Instant at, ZoneId zone) {
        return SHORT_DAY.format(at.atZone(zone));
    }

    static String moment(Instant at, ZoneId zone) {
        return MOMENT.format(at.atZone(zone));
    }
}
