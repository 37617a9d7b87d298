package org.parley.ui.divergence;

import java.util.List;
import java.util.OptionalInt;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.parley.domain.Frontier;
import org.parley.domain.RuleViolation;

/**
 * The appetite in the editor: five levels and an optional hard cap as typed or dragged, the frontier they
 * make (or why they make none), and whether it differs from the stored one.
 */
public final class FrontierDraft {

    /** Where a new party's frontier starts: a cautious line a party then drags to its taste. */
    static final Frontier STARTING_POINT = Frontier.of(4, 6, 9, 12, 16);

    private final List<IntegerProperty> levels = List.of(level(1), level(2), level(3), level(4), level(5));
    private final BooleanProperty capped = new SimpleBooleanProperty(this, "capped");
    private final IntegerProperty cap = new SimpleIntegerProperty(this, "cap", 20);
    private final ReadOnlyObjectWrapper<Frontier> frontier = new ReadOnlyObjectWrapper<>(this, "frontier");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper(this, "canEdit");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private Frontier stored;
    private boolean loading;

    FrontierDraft() {
        for (Observable input : List.<Observable>of(levels.get(0), levels.get(1), levels.get(2), levels.get(3),
                levels.get(4), capped, cap)) {
            input.addListener(obs -> recompute());
        }
    }

    private IntegerProperty level(int value) {
        return new SimpleIntegerProperty(this, "level" + value, 1);
    }

    // properties

    /** The highest accepted risk at value {@code value} (1–5). */
    public IntegerProperty levelProperty(int value) {
        return levels.get(value - 1);
    }

    public BooleanProperty cappedProperty() {
        return capped;
    }

    public IntegerProperty capProperty() {
        return cap;
    }

    /** The edited frontier, or null while the levels do not make one (see {@link #problemProperty()}). */
    public ReadOnlyObjectProperty<Frontier> frontierProperty() {
        return frontier.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True when the active party may change the frontier shown. */
    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    /** True when the editor differs from what is stored (an untouched starting point is not a change). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True when there is something to save: a change, or a first frontier for a party that has none. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    // commands

    /** Takes a frontier from the chart editor. */
    public void setFrontier(Frontier dragged) {
        loading = true;
        try {
            for (int i = 0; i < Frontier.LEVELS; i++) {
                levels.get(i).set(dragged.level(i + 1));
            }
            capped.set(dragged.cap().isPresent());
            if (dragged.cap().isPresent()) {
                cap.set(dragged.cap().getAsInt());
            }
        } finally {
            loading = false;
        }
        recompute();
    }

    /** Shows a stored frontier, or the starting point when there is none, editable or not. */
    void load(Frontier saved, boolean editable) {
        stored = saved;
        canEdit.set(editable);
        setFrontier(saved == null ? STARTING_POINT : saved);
    }

    /** Takes a frontier just saved as the stored one. */
    void saved(Frontier saved) {
        stored = saved;
        recompute();
    }

    private void recompute() {
        if (loading) {
            return;
        }
        try {
            Frontier built = Frontier.of(List.of(levels.get(0).get(), levels.get(1).get(), levels.get(2).get(),
                    levels.get(3).get(), levels.get(4).get()), capped.get() ? OptionalInt.of(cap.get()) : OptionalInt.empty());
            frontier.set(built);
            problem.set("");
            dirty.set(canEdit.get() && !built.equals(stored == null ? STARTING_POINT : stored));
            canSave.set(canEdit.get() && (dirty.get() || stored == null));
        } catch (RuleViolation e) {
            frontier.set(null);
            problem.set(e.getMessage());
            dirty.set(canEdit.get());
            canSave.set(false);
        }
    }
}
