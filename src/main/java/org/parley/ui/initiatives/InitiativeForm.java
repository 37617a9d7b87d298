package org.parley.ui.initiatives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.domain.ComplianceTags;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.InitiativeField;
import org.parley.domain.InitiativeRules;

/** One initiative's fields as typed, with the problem of each and whether they differ from what was loaded. */
public final class InitiativeForm {

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final StringProperty sponsor = new SimpleStringProperty(this, "sponsor", "");
    private final StringProperty cost = new SimpleStringProperty(this, "cost", "");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final Map<InitiativeField, ReadOnlyStringWrapper> problems = new EnumMap<>(InitiativeField.class);

    private InitiativeRules.Input loaded = emptyInput();
    /** True once the person tried to save: then every problem shows, typed in or not. */
    private boolean tried;

    InitiativeForm() {
        for (InitiativeField field : InitiativeField.values()) {
            problems.put(field, new ReadOnlyStringWrapper(this, field.column() + "Problem", ""));
        }
        for (Observable input : List.of(title, description, category, sponsor, cost, tags)) {
            input.addListener(obs -> recheck());
        }
    }

    // properties

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty sponsorProperty() {
        return sponsor;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The problem to show at a field: empty until the person changed the field or tried to save. */
    public ReadOnlyStringProperty problemProperty(InitiativeField field) {
        return problems.get(field).getReadOnlyProperty();
    }

    // commands

    /** Adds or removes one compliance tag. */
    public void setTag(String tag, boolean on) {
        boolean present = tags.stream().anyMatch(tag::equalsIgnoreCase);
        if (on && !present) {
            List<String> more = new ArrayList<>(tags);
            more.add(tag);
            tags.setAll(ComplianceTags.normalise(more));
        } else if (!on && present) {
            tags.removeIf(tag::equalsIgnoreCase);
        }
    }

    /** Adds a tag typed by the person; known regimes get their canonical spelling. */
    public void addTag(String tag) {
        setTag(ComplianceTags.normalise(List.of(tag)).stream().findFirst().orElse(tag), true);
    }

    /** Fills the fields with {@code initiative} as stored, or empties them for null; no problem shows yet. */
    void load(Initiative initiative) {
        tried = false;
        loaded = initiative == null ? emptyInput() : inputOf(initiative);
        title.set(loaded.title());
        description.set(loaded.description());
        category.set(loaded.category());
        sponsor.set(loaded.sponsor());
        cost.set(loaded.cost());
        tags.setAll(ComplianceTags.parse(loaded.tags()));
        recheck();
    }

    /** From now on every problem shows at its field, typed in or not. */
    void markTried() {
        tried = true;
        recheck();
    }

    /** The fields as a draft to store; only for a form without a problem. */
    InitiativeDraft draft() {
        return InitiativeRules.toDraft(input());
    }

    /** True while the fields still say what {@code draft} says: nobody typed on since it was taken. */
    boolean holds(InitiativeDraft draft) {
        return draft.equals(InitiativeRules.toDraftOrNull(input()));
    }

    private void recheck() {
        InitiativeRules.Input input = input();
        Map<InitiativeField, String> found = InitiativeRules.check(input);
        valid.set(found.isEmpty());
        dirty.set(!sameInput(input, loaded));
        for (InitiativeField field : InitiativeField.values()) {
            boolean touched = tried || !Objects.equals(valueOf(field, input), valueOf(field, loaded));
            problems.get(field).set(touched ? found.getOrDefault(field, "") : "");
        }
    }

    private InitiativeRules.Input input() {
        return new InitiativeRules.Input(title.get(), description.get(), category.get(), sponsor.get(), cost.get(),
                String.join("|", tags));
    }

    private static boolean sameInput(InitiativeRules.Input a, InitiativeRules.Input b) {
        for (InitiativeField field : InitiativeField.values()) {
            if (!Objects.equals(valueOf(field, a), valueOf(field, b))) {
                return false;
            }
        }
        return true;
    }

    /** The value of a field as compared for "changed": surrounding blanks and tag order do not count. */
    private static String valueOf(InitiativeField field, InitiativeRules.Input input) {
        String raw = switch (field) {
            case TITLE -> input.title();
            case DESCRIPTION -> input.description();
            case CATEGORY -> input.category();
            case SPONSOR -> input.sponsor();
            case ESTIMATED_COST -> input.cost();
            case TAGS -> String.join("|", ComplianceTags.parse(input.tags()));
        };
        return raw == null ? "" : raw.strip();
    }

    private static InitiativeRules.Input inputOf(Initiative initiative) {
        BigDecimal amount = initiative.estimatedCost();
        return new InitiativeRules.Input(initiative.title(), initiative.description(), initiative.category(),
                initiative.sponsor(), amount == null ? "" : amount.stripTrailingZeros().toPlainString(),
                String.join("|", initiative.tags()));
    }

    private static InitiativeRules.Input emptyInput() {
        return new InitiativeRules.Input("", "", "", "", "", "");
    }
}
