package org.parley.ui.divergence;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Frontier;
import org.parley.domain.Seat;

/**
 * The divergence map: each initiative as two points, one per party, at (value, risk score), joined by a
 * thin line, over the risk bands, with up to three appetite frontiers and the zone where the parties'
 * frontiers disagree. Hovering names an initiative; clicking selects it.
 *
 * <p>Drawn on canvases, never a node per item, so 10,000 initiatives stay fluid: property changes only
 * mark the map dirty and it redraws once, after the current event; the items lie on a lower canvas that a
 * click, a new agreed appetite or a new label leave alone; the point under the pointer is found through a
 * grid index rebuilt only when the items or the size change, and hovering moves a few nodes, not pixels.
 *
 * <p>Filter: an item is drawn when its class is in {@link #shownClassesProperty()}; an item whose class is
 * not known yet (null) is drawn only while that set holds every class.
 */
public final class DivergenceMap extends PartyChart {

    private final ObjectProperty<List<MapItem>> items = new SimpleObjectProperty<>(this, "items", List.of());
    private final ObjectProperty<Frontier> frontier1 = new SimpleObjectProperty<>(this, "frontier1");
    private final ObjectProperty<Frontier> frontier2 = new SimpleObjectProperty<>(this, "frontier2");
    private final ObjectProperty<Frontier> agreedFrontier = new SimpleObjectProperty<>(this, "agreedFrontier");
    private final ObjectProperty<Set<DivergenceClass>> shownClasses = new SimpleObjectProperty<>(this,
            "shownClasses", Collections.unmodifiableSet(EnumSet.allOf(DivergenceClass.class)));
    private final LongProperty selectedId = new SimpleLongProperty(this, "selectedId", -1);

    /** Everything costly: the plot, the zone between the frontiers and the items. */
    private final Canvas canvas;
    /** Everything cheap on top: frontiers, the selected item, the legend. */
    private final Canvas top;
    private final MapHover hover = new MapHover();

    private MapLayout layout;
    private final MapLines lines = new MapLines(() -> invalidate(true));
    private boolean baseDirty;
    private int paints;
    private int basePaints;

    public DivergenceMap() {
        this(new Canvas(), new Canvas());
    }

    private DivergenceMap(Canvas canvas, Canvas top) {
        super("the map", 760, 500, canvas, top);
        this.canvas = canvas;
        this.top = top;
        getStyleClass().add("divergence-map");
        canvas.setId("divergence-canvas");
        top.setId("divergence-top");
        top.setMouseTransparent(true);
        getChildren().addAll(hover.nodes());

        items.addListener((Observable o) -> {
            layout = null;
            hideHover();
            invalidate(true);
        });
        for (Observable property : List.of(frontier1, frontier2, colour1Property(), colour2Property(),
                shownClasses)) {
            property.addListener(o -> invalidate(true));
        }
        for (Observable property : List.of(agreedFrontier, label1Property(), label2Property(), selectedId)) {
            property.addListener(o -> invalidate(false));
        }
        shownClasses.addListener(o -> hideHover());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideHover());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
    }

    // properties

    /**
     * Both parties' revealed scores, one item per initiative; drawn in this order, later on top. Set a new
     * list to change them: a list changed in place is not noticed.
     */
    public ObjectProperty<List<MapItem>> itemsProperty() {
        return items;
    }

    /** Party 1's appetite, in party 1's colour; null draws none. */
    public ObjectProperty<Frontier> frontier1Property() {
        return frontier1;
    }

    public ObjectProperty<Frontier> frontier2Property() {
        return frontier2;
    }

    /** The agreed appetite, dashed in neutral ink; null draws none. */
    public ObjectProperty<Frontier> agreedFrontierProperty() {
        return agreedFrontier;
    }

    /**
     * The classes drawn, all by default; see the class comment for items without a class. Set a new set
     * to change it: a set changed in place is not noticed.
     */
    public ObjectProperty<Set<DivergenceClass>> shownClassesProperty() {
        return shownClasses;
    }

    /** The id of the highlighted initiative, -1 for none; a click on a point sets it, elsewhere clears it. */
    public LongProperty selectedIdProperty() {
        return selectedId;
    }

    // commands

    /** The shown item with a point at or near (x, y), in this map's coordinates. */
    public Optional<MapItem> itemAt(double x, double y) {
        MapLayout current = currentLayout();
        int point = current.pointAt(x - canvas.getLayoutX(), y - canvas.getLayoutY(), state());
        return point < 0 ? Optional.empty() : Optional.of(current.items().get(point / 2));
    }

    @Override
    public WritableImage render(double width, double height, double scale) {
        MapState state = state();
        return picture("the map", width, height, scale, (g, w, h) -> MapPainter.paint(g,
                new MapLayout(state.items(), MapGeometry.of(w, h)), state));
    }

    /** Where one party's point of an item is drawn, in this map's coordinates; party is 1 or 2. */
    Optional<Point2D> pointOf(long id, int party) {
        MapLayout current = currentLayout();
        List<MapItem> list = current.items();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                int point = 2 * i + party - 1;
                return Optional.of(new Point2D(current.x(point) + canvas.getLayoutX(),
                        current.y(point) + canvas.getLayoutY()));
            }
        }
        return Optional.empty();
    }

    @Override
    void resized() {
        hideHover();
        baseDirty = true;
    }

    /**
     * Marks the map to redraw once after the current event, however many changes it brings; the lower
     * canvas too when {@code base}.
     */
    private void invalidate(boolean base) {
        baseDirty |= base;
        invalidate();
    }

    /** How often the map was drawn, so a test can see that many changes make one redraw. */
    int paints() {
        return paints;
    }

    /** How often the items were drawn, so a test can see that a click leaves them alone. */
    int basePaints() {
        return basePaints;
    }

    @Override
    void paint() {
        paints++;
        MapLayout current = currentLayout();
        MapState state = state();
        if (baseDirty) {
            basePaints++;
            MapPainter.paintBase(canvas.getGraphicsContext2D(), current, state, lines.linesFor(current, state));
        }
        MapPainter.paintTop(top.getGraphicsContext2D(), current, state, true);
        baseDirty = false;
    }

    /** True while the lines of many items are being rasterised, so a test can wait for them. */
    boolean linesPending() {
        return lines.pending();
    }

    private MapLayout currentLayout() {
        List<MapItem> list = itemList();
        if (layout == null || !layout.fits(canvas.getWidth(), canvas.getHeight(), list)) {
            layout = new MapLayout(list, geometry());
        }
        return layout;
    }

    private List<MapItem> itemList() {
        return items.get() == null ? List.of() : items.get();
    }

    private MapState state() {
        Set<DivergenceClass> shown = shownClasses.get();
        EnumSet<DivergenceClass> classes = shown == null || shown.isEmpty() ? EnumSet.noneOf(DivergenceClass.class)
                : EnumSet.copyOf(shown);
        return new MapState(itemList(), frontier1.get(), frontier2.get(), agreedFrontier.get(),
                colourOf(Seat.FIRST), colourOf(Seat.SECOND), labelOf(Seat.FIRST), labelOf(Seat.SECOND), classes,
                selectedId.get());
    }

    private void onMove(MouseEvent event) {
        MapLayout current = currentLayout();
        MapState state = state();
        int point = current.pointAt(event.getX(), event.getY(), state);
        if (point < 0) {
            hideHover();
            return;
        }
        hover.show(current, point / 2, state, canvas.getLayoutX(), canvas.getLayoutY(), event.getX(), event.getY(),
                getWidth(), getHeight());
        canvas.setCursor(Cursor.HAND);
    }

    private void onClick(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        int point = currentLayout().pointAt(event.getX(), event.getY(), state());
        selectedId.set(point < 0 ? -1 : currentLayout().items().get(point / 2).id());
    }

    private void hideHover() {
        hover.hide();
        canvas.setCursor(Cursor.DEFAULT);
    }
}
