package org.parley.ui.scoring;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a form so that the field the keyboard is on can be seen, at any window height. */
final class Scrolling {

    private static final double MARGIN = 12;

    private Scrolling() {
    }

    /** Scrolls {@code scroll} as little as needed for {@code node}, which lies somewhere in its content, to show. */
    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null || node == null || node.getScene() == null || !isInside(node, content)) {
            return;
        }
        scroll.layout();
        Bounds box = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double range = contentHeight - viewHeight;
        if (range <= 0 || box == null) {
            return;
        }
        double top = scroll.getVvalue() * range;
        if (box.getMinY() < top) {
            top = box.getMinY() - MARGIN;
        } else if (box.getMaxY() > top + viewHeight) {
            top = Math.min(box.getMinY() - MARGIN, box.getMaxY() - viewHeight + MARGIN);
        } else {
            return;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / range)));
    }

    static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
