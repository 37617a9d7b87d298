package org.parley.ui.negotiation;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers of the agreement form: they show ISO dates and read what {@link TypedDates} reads. */
final class DatePickers {

    private DatePickers() {
    }

    /**
     * A picker whose typed text goes to {@code type} (the form's field, which keeps text that is not a date) and
     * which shows {@code unreadable} while it holds no date, so a mistyped date stays in view to be corrected.
     */
    static DatePicker of(String id, Function<String, LocalDate> type, ObservableStringValue unreadable) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText("yyyy-mm-dd");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? unreadable.get() : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                return type.apply(text);
            }
        });
        // The picker takes typed text through the converter on Enter and when focus leaves it (JavaFX 21; the
        // window test types a date and clicks the next field), so no listener of its own is needed here.

        // Loading other terms forgets unreadable text without changing the date: the editor must forget it too.
        unreadable.addListener((obs, old, now) -> {
            if (picker.getValue() == null) {
                picker.getEditor().setText(now);
            }
        });
        return picker;
    }
}
