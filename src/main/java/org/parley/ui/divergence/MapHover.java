package org.parley.ui.divergence;

import java.util.List;
import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * What the divergence map shows under the pointer: a card with the initiative's title and both parties'
 * scores near the pointer, and rings on the item's two points. A handful of nodes that move; the
 * canvases are not redrawn for a hover.
 */
final class MapHover {

    private final VBox card = new VBox(2);
    private final Label title = new Label();
    private final Label scores = new Label();
    private final Label divergence = new Label();
    private final Circle ring1 = ring();
    private final Circle ring2 = ring();
    private final Line join = new Line();
    private final Group marks = new Group(join, ring1, ring2);

    MapHover() {
        card.setId("map-hover");
        card.getStyleClass().add("map-hover");
        title.setId("map-hover-title");
        title.getStyleClass().add("map-hover-title");
        scores.setId("map-hover-scores");
        divergence.setId("map-hover-class");
        divergence.getStyleClass().add("map-hover-class");
        card.getChildren().addAll(title, scores, divergence);
        join.setStroke(DivergenceStyles.NEUTRAL_INK);
        join.setStrokeWidth(1.5);
        for (Node node : nodes()) {
            node.setManaged(false);
            node.setMouseTransparent(true);
            node.setVisible(false);
        }
    }

    /** The nodes to add to the map, above its canvases. */
    List<Node> nodes() {
        return List.of(marks, card);
    }

    /**
     * Shows one item.
     *
     * @param item    the place of the item in the layout's items
     * @param originX where the canvas sits in the map, so points and pointer are in the map's coordinates
     * @param pointerX where the pointer is, in the canvas
     * @param width   the map's width, which the card stays inside
     */
    void show(MapLayout layout, int item, MapState state, double originX, double originY, double pointerX,
            double pointerY, double width, double height) {
        MapItem shown = layout.items().get(item);
        title.setText(shown.title());
        scores.setText(scoresText(shown, state.label1(), state.label2()));
        boolean classified = shown.divergenceClass() != null;
        divergence.setText(classified ? DivergenceStyles.labelOf(shown.divergenceClass()) : "");
        divergence.setManaged(classified);
        divergence.setVisible(classified);
        card.setVisible(true);
        card.applyCss();
        card.autosize();
        double x = originX + pointerX;
        double y = originY + pointerY;
        double left = x + 14 + card.getWidth() <= width ? x + 14 : x - 14 - card.getWidth();
        double top = y + 16 + card.getHeight() <= height ? y + 16 : y - 12 - card.getHeight();
        card.relocate(Math.round(Math.max(0, left)), Math.round(Math.max(0, top)));

        double radius = layout.pointRadius() + 3;
        place(ring1, originX + layout.x(2 * item), originY + layout.y(2 * item), radius);
        place(ring2, originX + layout.x(2 * item + 1), originY + layout.y(2 * item + 1), radius);
        join.setStartX(ring1.getCenterX());
        join.setStartY(ring1.getCenterY());
        join.setEndX(ring2.getCenterX());
        join.setEndY(ring2.getCenterY());
        marks.setVisible(true);
    }

    void hide() {
        card.setVisible(false);
        marks.setVisible(false);
    }

    /** How a hovered item reads: "CISO: value 3.5, risk 16 · CTO: value 4.5, risk 9". */
    static String scoresText(MapItem item, String label1, String label2) {
        return label1 + ": value " + value(item.value1()) + ", risk " + item.risk1() + " · "
                + label2 + ": value " + value(item.value2()) + ", risk " + item.risk2();
    }

    /** A value with one decimal, or two when it has them: 3.5, 4.0, 3.25. */
    static String value(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }

    private static void place(Circle ring, double x, double y, double radius) {
        ring.setCenterX(x);
        ring.setCenterY(y);
        ring.setRadius(radius);
    }

    private static Circle ring() {
        Circle ring = new Circle();
        ring.setFill(null);
        ring.setStroke(DivergenceStyles.NEUTRAL_INK);
        ring.setStrokeWidth(2);
        return ring;
    }
}
