package org.parley.ui.negotiation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The agreement form's problems: whether there are any, the first, and which show, each at its field: a field's own
 * once the person changed it since the terms were loaded, and every one once a save was tried.
 */
final class FieldProblems {

    private final Object bean;
    private final List<ConditionRow> conditions;
    private final Map<String, ReadOnlyStringWrapper> shown = new HashMap<>();
    private final ReadOnlyBooleanWrapper valid;
    private final ReadOnlyStringWrapper first;
    /** The keys of the fields the person changed since the terms were loaded: only they show problems early. */
    private final Set<String> edited = new HashSet<>();
    private boolean attempted;

    /**
     * @param bean       the form, which the problems' properties name as theirs
     * @param conditions the form's conditions, which remember which of their own fields were changed
     */
    FieldProblems(Object bean, List<ConditionRow> conditions) {
        this.bean = bean;
        this.conditions = conditions;
        this.valid = new ReadOnlyBooleanWrapper(bean, "valid");
        this.first = new ReadOnlyStringWrapper(bean, "firstProblem", "");
    }

    /** True when no problem was found, shown or not. */
    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The first problem found, shown or not; empty when none. */
    ReadOnlyStringProperty firstProperty() {
        return first.getReadOnlyProperty();
    }

    /** The problem to show at a field, by its key ("rationale", "conditions[0].owner"); empty when none. */
    ReadOnlyStringProperty problemProperty(String key) {
        return wrapper(key).getReadOnlyProperty();
    }

    /** The person changed the field with this key. */
    void edited(String key) {
        edited.add(key);
    }

    /** A save or a signature was tried: every problem shows. */
    void attempt() {
        attempted = true;
    }

    /** Other terms were loaded: nothing is changed or tried yet. */
    void reset() {
        attempted = false;
        edited.clear();
    }

    /** Takes the problems found, by field key, in order; shows those of the fields that may show theirs now. */
    void show(Map<String, String> byKey) {
        for (ReadOnlyStringWrapper wrapper : shown.values()) {
            wrapper.set("");
        }
        for (Map.Entry<String, String> entry : byKey.entrySet()) {
            if (attempted || touched(entry.getKey())) {
                wrapper(entry.getKey()).set(entry.getValue());
            }
        }
        valid.set(byKey.isEmpty());
        first.set(byKey.isEmpty() ? "" : byKey.values().iterator().next());
    }

    private ReadOnlyStringWrapper wrapper(String key) {
        return shown.computeIfAbsent(key, k -> new ReadOnlyStringWrapper(bean, k, ""));
    }

    /**
     * A field counts as touched once the person changed it since the terms were loaded; a problem elsewhere that
     * follows from it (a review date a decision requires) waits until that field was touched or a save was tried.
     */
    private boolean touched(String key) {
        if (key.startsWith("conditions[")) {
            int index = Integer.parseInt(key.substring("conditions[".length(), key.indexOf(']')));
            return index < conditions.size() && conditions.get(index).edited(key.substring(key.indexOf('.') + 1));
        }
        if (key.equals("residualRisk")) {
            return edited.contains("inherentLikelihood") || edited.contains("inherentImpact")
                    || edited.contains("residualLikelihood") || edited.contains("residualImpact");
        }
        return edited.contains(key);
    }
}
