package org.parley.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Puts the window's frame (with the handover over it) in the window, or, while the window is locked or a party
 * not at the keyboard is asked something, the lock screen or that party's cover instead of it. The frame is taken
 * out rather than laid under them: then no text of the active party's screen is in the window at all, for a reader
 * of any kind.
 */
final class ScreenSwitch {

    /** A screen that replaces the frame while {@code showing} holds; earlier ones win over later ones. */
    record Cover(Node screen, ObservableBooleanValue showing) {
    }

    private final StackPane root;
    private final Node frame;
    private final Node handover;
    private final List<Cover> covers;
    private Node focusBefore;

    /** @param covers in order of precedence: the lock first, then the questions that cover the window */
    ScreenSwitch(StackPane root, Node frame, Node handover, List<Cover> covers) {
        this.root = root;
        this.frame = frame;
        this.handover = handover;
        this.covers = List.copyOf(covers);
        for (Cover cover : covers) {
            cover.showing().addListener(obs -> arrange());
        }
        arrange();
    }

    private void arrange() {
        Node screen = covers.stream().filter(c -> c.showing().get()).map(Cover::screen).findFirst().orElse(null);
        if (screen == null) {
            if (!root.getChildren().contains(frame)) {
                root.getChildren().setAll(frame, handover);
                restoreFocus();
            }
            return;
        }
        if (root.getChildren().contains(frame) && root.getScene() != null) {
            focusBefore = root.getScene().getFocusOwner();
            hidePopups();
        }
        if (root.getChildren().size() != 1 || root.getChildren().get(0) != screen) {
            root.getChildren().setAll(screen);
        }
    }

    /** The field the party was typing in has the keyboard again once the frame is back. */
    private void restoreFocus() {
        Node focus = focusBefore;
        focusBefore = null;
        if (focus != null) {
            Platform.runLater(() -> {
                if (focus.getScene() != null) {
                    focus.requestFocus();
                }
            });
        }
    }

    /** Tooltips, menus and drop-down lists are windows of their own: they go with the frame. */
    private void hidePopups() {
        Window own = root.getScene().getWindow();
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window instanceof PopupWindow popup && popup.getOwnerWindow() == own) {
                popup.hide();
            }
        }
    }
}
