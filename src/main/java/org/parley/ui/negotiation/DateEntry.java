package org.parley.ui.negotiation;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A date field of the form: its date, and the text last typed into it when that text was not a date. The text is
 * kept so that the field goes on showing what the person typed, and the form can say what is wrong with it,
 * instead of the field emptying itself under a message that says no date was given.
 */
final class DateEntry {

    private final ObjectProperty<LocalDate> date;
    private final ReadOnlyStringWrapper unreadable;

    DateEntry(Object bean, String property) {
        this.date = new SimpleObjectProperty<>(bean, property);
        this.unreadable = new ReadOnlyStringWrapper(bean, property + "Unreadable", "");
        // A date chosen in the calendar or loaded replaces whatever unreadable text was there.
        date.addListener((obs, old, now) -> {
            if (now != null) {
                unreadable.set("");
            }
        });
    }

    ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The text typed that is not a date; empty when the field holds a date or nothing. */
    ReadOnlyStringProperty unreadableProperty() {
        return unreadable.getReadOnlyProperty();
    }

    /** Takes what the person typed: the date it means, or no date and the text kept for the message. */
    LocalDate type(String text) {
        LocalDate parsed = TypedDates.parse(text).orElse(null);
        // The text first: a listener of the date (the picker redrawing itself) must already see it.
        unreadable.set(parsed == null && text != null && !text.isBlank() ? text.strip() : "");
        date.set(parsed);
        return parsed;
    }

    /** Forgets unreadable text, as loading other terms does. */
    void clear() {
        unreadable.set("");
    }

    /** The problem with the typed text, naming the field as {@code field}; null when there is none. */
    String problem(String field) {
        return unreadable.get().isEmpty() ? null : TypedDates.notADate(field, unreadable.get());
    }
}
