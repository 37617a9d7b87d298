package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinChangeCheckTest {

    @Test
    void anUntouchedDialogSaysNothingInRedButCannotBeConfirmed() {
        assertThat(PinChangeCheck.toShow("", "", "")).isEmpty();
        assertThat(PinChangeCheck.blocking("", "", "")).isEqualTo("Enter the current PIN.");
        assertThat(PinChangeCheck.blocking("x", "", "")).isEqualTo("A PIN has 8 to 64 characters.");
    }

    @Test
    void aRepeatStillBeingTypedIsNotCalledDifferent() {
        assertThat(PinChangeCheck.toShow("x", "harbour-7", "harb")).isEmpty();
        assertThat(PinChangeCheck.blocking("x", "harbour-7", "harb")).isEqualTo("The two new PINs differ.");
        assertThat(PinChangeCheck.toShow("x", "harbour-7", "harx")).isEqualTo("The two new PINs differ.");
        assertThat(PinChangeCheck.toShow("x", "harbour-7", "harbour-77")).isEqualTo("The two new PINs differ.");
    }

    @Test
    void aTypedPinThatBreaksTheRulesIsNamedAtOnce() {
        assertThat(PinChangeCheck.toShow("x", "1234", "")).isEqualTo("A PIN has 8 to 64 characters.");
        assertThat(PinChangeCheck.toShow("x", " harbour-7", "")).isEqualTo("A PIN cannot start or end with a space.");
    }

    @Test
    void aMatchingPairMayBeConfirmed() {
        assertThat(PinChangeCheck.blocking("old-pin-1", "harbour-7", "harbour-7")).isNull();
        assertThat(PinChangeCheck.toShow("old-pin-1", "harbour-7", "harbour-7")).isEmpty();
        assertThat(PinChangeCheck.blocking("old-pin-1", null, null)).as("removing needs only the current PIN").isNull();
        assertThat(PinChangeCheck.blocking("", null, null)).isEqualTo("Enter the current PIN.");
    }
}
