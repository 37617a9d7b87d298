package org.parley.ui.divergence;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import org.parley.domain.DivergenceClass;

/** A small rounded label naming a divergence class in its colour, e.g. for a table cell or a filter. */
public final class ClassChip extends Label {

    private final ObjectProperty<DivergenceClass> divergenceClass = new SimpleObjectProperty<>(this,
            "divergenceClass");
    private final Circle dot = new Circle(4);

    public ClassChip() {
        this(null);
    }

    public ClassChip(DivergenceClass initial) {
        getStyleClass().add("class-chip");
        setGraphic(dot);
        divergenceClass.set(initial);
        refresh(null, initial);
        divergenceClass.addListener((obs, old, now) -> refresh(old, now));
    }

    // properties

    /** The class shown; null shows "Not classified yet". */
    public ObjectProperty<DivergenceClass> divergenceClassProperty() {
        return divergenceClass;
    }

    public DivergenceClass getDivergenceClass() {
        return divergenceClass.get();
    }

    public void setDivergenceClass(DivergenceClass value) {
        divergenceClass.set(value);
    }

    private void refresh(DivergenceClass old, DivergenceClass now) {
        getStyleClass().remove(DivergenceStyles.styleClassOf(old));
        getStyleClass().add(DivergenceStyles.styleClassOf(now));
        setText(DivergenceStyles.labelOf(now));
        dot.setFill(now == null ? DivergenceStyles.NEUTRAL_INK.deriveColor(0, 1, 1, 0.4)
                : DivergenceStyles.colourOf(now));
    }
}
