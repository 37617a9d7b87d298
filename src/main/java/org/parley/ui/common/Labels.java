package org.parley.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Labels of running text, as the dialogs and covers show them. */
public final class Labels {

    private Labels() {
    }

    /** A label that wraps its text and is never shorter than its lines, so that no line is cut off. */
    public static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
