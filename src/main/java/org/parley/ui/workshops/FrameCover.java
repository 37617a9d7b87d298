package org.parley.ui.workshops;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Puts a cover in the window instead of everything in it, as the handover's consent cover does, and puts it all
 * back after: while the party not at the keyboard types its PIN, no text of the other's screen is in the window.
 * When something else takes the window meanwhile (the lock), the cover is gone and {@code lost} is told.
 */
final class FrameCover {

    private final Node cover;
    private Pane root;
    private List<Node> before = List.of();

    FrameCover(Node cover, Runnable lost) {
        this.cover = cover;
        cover.sceneProperty().addListener((obs, old, now) -> {
            if (now == null && root != null) {
                root = null;
                before = List.of();
                lost.run();
            }
        });
    }

    /** Covers the window that shows {@code inWindow}; false when it is in none, and nothing is covered. */
    boolean show(Node inWindow) {
        Scene scene = inWindow.getScene();
        if (root != null) {
            return true;
        }
        if (scene == null || !(scene.getRoot() instanceof Pane pane)) {
            return false;
        }
        hidePopups(scene.getWindow());
        root = pane;
        before = List.copyOf(pane.getChildren());
        pane.getChildren().setAll(cover);
        return true;
    }

    /** Puts back what the cover replaced, unless something else has taken the window since. */
    void hide() {
        Pane covered = root;
        root = null;
        if (covered != null && covered.getChildren().contains(cover)) {
            covered.getChildren().setAll(before);
        }
        before = List.of();
    }

    /** Tooltips and drop-down lists are windows of their own: they go with the screen they belong to. */
    private static void hidePopups(Window own) {
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window instanceof PopupWindow popup && popup.getOwnerWindow() == own) {
                popup.hide();
            }
        }
    }
}
