package org.parley.ui.divergence;

import java.util.Objects;
import javafx.scene.paint.Color;
import org.parley.domain.Frontier;

/** Another appetite shown faintly behind the one being edited, e.g. the other party's, for comparison. */
public record ReferenceFrontier(String label, Frontier frontier, Color colour) {

    public ReferenceFrontier {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(frontier, "frontier");
        Objects.requireNonNull(colour, "colour");
    }
}
