package org.parley.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The one look of every screen that takes the window from the frame (handover, lock, a question for the party not at
 * the keyboard): a card in the middle, headed by the party's colour and name.
 */
public final class CoverCard {

    private CoverCard() {
    }

    /** The party's colour dot beside its name, as each cover heads its card. */
    public static HBox heading(Circle dot, Label name) {
        HBox heading = new HBox(12, dot, name);
        heading.setAlignment(Pos.CENTER_LEFT);
        return heading;
    }

    /**
     * Puts {@code rows}, {@code spacing} apart, in a card of at most {@code maxWidth} in the middle of {@code cover},
     * which gets its id and, when not null, a style class of its own.
     */
    public static void fill(StackPane cover, double maxWidth, double spacing, String id, String styleClass,
                            Node... rows) {
        VBox card = new VBox(spacing, rows);
        card.getStyleClass().add("handover-card");
        card.setMaxWidth(maxWidth);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        cover.getChildren().add(card);
        cover.setPadding(new Insets(40));
        cover.getStyleClass().add("handover");
        if (styleClass != null) {
            cover.getStyleClass().add(styleClass);
        }
        cover.setId(id);
    }
}
