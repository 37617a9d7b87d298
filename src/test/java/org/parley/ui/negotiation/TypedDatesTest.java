package org.parley.ui.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2027-12-31", "31/12/2027", "31.12.2027", "31-12-2027", "  31/12/2027 "})
    void isoAndDayFirstDatesAreRead(String typed) {
        assertThat(TypedDates.parse(typed)).contains(LocalDate.of(2027, 12, 31));
    }

    @Test
    void aShortDayAndMonthAreReadDayFirst() {
        assertThat(TypedDates.parse("3/4/2027")).contains(LocalDate.of(2027, 4, 3));
        assertThat(TypedDates.parse("2027-4-3")).contains(LocalDate.of(2027, 4, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"32/13/2027", "12/31/2027", "31/02/2027", "2027/12/31", "31/12/27", "tomorrow",
            "31 12 2027", "2027-12-31x"})
    void textThatIsNotADateInAnAcceptedFormIsNone(String typed) {
        assertThat(TypedDates.parse(typed)).isEmpty();
    }

    @Test
    void blankTextIsNoDate() {
        assertThat(TypedDates.parse("")).isEmpty();
        assertThat(TypedDates.parse("   ")).isEmpty();
        assertThat(TypedDates.parse(null)).isEmpty();
    }

    @Test
    void theMessageNamesTheFieldTheTextAndTheForm() {
        assertThat(TypedDates.notADate("Review date", " 32/13/2027 "))
                .isEqualTo("Review date: \u201C32/13/2027\u201D is not a date; type it as year-month-day, such as "
                        + "2027-12-31.");
    }
}
