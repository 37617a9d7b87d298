package org.parley.ui.negotiation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parley.domain.Condition;

/** One condition as edited, remembering which of its fields the person changed, so only those show problems. */
public final class ConditionRow {

    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final DateEntry dueDate = new DateEntry(this, "dueDate");
    private final Set<String> edited = new HashSet<>();

    public ConditionRow(Condition condition) {
        if (condition != null) {
            description.set(condition.description());
            owner.set(condition.owner());
            dueDate.dateProperty().set(condition.dueDate());
        }
        // Listened to only now: what a stored condition starts with is not an edit.
        description.addListener(obs -> edited.add("description"));
        owner.addListener(obs -> edited.add("owner"));
        dueDate.dateProperty().addListener(obs -> edited.add("dueDate"));
        dueDate.unreadableProperty().addListener(obs -> edited.add("dueDate"));
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate.dateProperty();
    }

    /** The text typed as the due date that is not a date; empty when there is none. */
    public ReadOnlyStringProperty dueDateUnreadableProperty() {
        return dueDate.unreadableProperty();
    }

    /** Takes the text typed as the due date; returns the date it means, or null. */
    public LocalDate typeDueDate(String text) {
        return dueDate.type(text);
    }

    Observable[] observables() {
        return new Observable[] {description, owner, dueDate.dateProperty(), dueDate.unreadableProperty()};
    }

    boolean edited(String field) {
        return edited.contains(field);
    }

    /** The problem with the typed due date, the condition named by its place in the list; null when none. */
    String dueDateProblem(int index) {
        return dueDate.problem("Condition " + (index + 1) + " due date");
    }

    boolean hasUnreadableDate() {
        return !dueDate.unreadableProperty().get().isEmpty();
    }

    Condition toCondition() {
        return new Condition(description.get(), owner.get(), dueDate.dateProperty().get());
    }
}
