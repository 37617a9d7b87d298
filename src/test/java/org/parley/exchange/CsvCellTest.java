package org.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Dates in the files Parley writes are ISO 8601, from exactly the types whose text is ISO 8601. */
class CsvCellTest {

    @Test
    void eachIsoTypeIsWrittenAsItsIsoText() {
        assertThat(CsvCell.date(LocalDate.parse("2027-03-31")).written()).isEqualTo("2027-03-31");
        assertThat(CsvCell.date(LocalDateTime.parse("2027-03-31T09:30")).written()).isEqualTo("2027-03-31T09:30");
        assertThat(CsvCell.date(OffsetDateTime.parse("2027-03-31T09:30+02:00")).written())
                .isEqualTo("2027-03-31T09:30+02:00");
        assertThat(CsvCell.date(Instant.parse("2027-03-31T09:30:00Z")).written()).isEqualTo("2027-03-31T09:30:00Z");
        assertThat(CsvCell.date(null).written()).isEmpty();
    }

    @Test
    void aTimeWithAZoneNameIsRefusedSinceItsTextIsNotIso() {
        ZonedDateTime zurich = ZonedDateTime.of(2027, 3, 31, 9, 30, 0, 0, ZoneId.of("Europe/Zurich"));

        assertThatThrownBy(() -> CsvCell.date(zurich)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A CSV date is a LocalDate, LocalDateTime, OffsetDateTime or Instant, not ZonedDateTime");
    }
}
