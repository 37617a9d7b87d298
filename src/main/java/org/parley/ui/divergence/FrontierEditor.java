package org.parley.ui.divergence;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.TextAlignment;
import org.parley.domain.Frontier;
import org.parley.domain.Seat;
import org.parley.ui.divergence.ChartPainter.LegendEntry;

/**
 * Edits one appetite on the map's axes: five handles, one per value level, dragged up or down to whole risk
 * scores; other parties' appetites show faintly behind it. The frontier never decreases: a level moved
 * below its left neighbour pushes that neighbour down with it, one moved above its right neighbour pushes
 * it up (see {@link FrontierEdits}). The cap is kept as it is and drawn dashed.
 *
 * <p>Works without a mouse: it takes the focus, Left and Right (or 1–5) choose the level, Up and Down move
 * it by one score.
 */
public final class FrontierEditor extends CanvasChart {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ObjectProperty<Frontier> frontier = new SimpleObjectProperty<>(this, "frontier");
    private final ObjectProperty<Color> colour = new SimpleObjectProperty<>(this, "colour",
            DivergenceStyles.defaultColourOf(Seat.FIRST));
    private final StringProperty label = new SimpleStringProperty(this, "label", "Appetite");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    private final ObjectProperty<List<ReferenceFrontier>> references = new SimpleObjectProperty<>(this,
            "references", List.of());
    private final IntegerProperty selectedLevel = new SimpleIntegerProperty(this, "selectedLevel", 1);

    private final Canvas canvas;
    private final List<StackPane> handles = new ArrayList<>();

    public FrontierEditor() {
        this(new Canvas());
    }

    private FrontierEditor(Canvas canvas) {
        super(640, 420, canvas);
        this.canvas = canvas;
        getStyleClass().add("frontier-editor");
        canvas.setId("frontier-canvas");
        canvas.setMouseTransparent(true);
        for (int level = 1; level <= Frontier.LEVELS; level++) {
            handles.add(handle(level));
        }
        getChildren().addAll(handles);
        setAccessibleRole(AccessibleRole.SLIDER);
        focusTraversableProperty().bind(editable);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (isEditable()) {
                requestFocus();
            }
        });
        for (Observable property : List.of(frontier, colour, label, editable, references, selectedLevel,
                focusedProperty())) {
            property.addListener(o -> {
                placeHandles();
                describe();
                invalidate();
            });
        }
        describe();
        selectedLevel.addListener((obs, old, now) -> {
            if (now.intValue() < 1 || now.intValue() > Frontier.LEVELS) {
                selectedLevel.set(Math.max(1, Math.min(Frontier.LEVELS, now.intValue())));
            }
        });
    }

    // properties

    /** The appetite being edited; the editor sets a new one on every change. Null shows no handles. */
    public ObjectProperty<Frontier> frontierProperty() {
        return frontier;
    }

    public ObjectProperty<Color> colourProperty() {
        return colour;
    }

    /** Its name in the legend, e.g. "CISO" or "Agreed". */
    public StringProperty labelProperty() {
        return label;
    }

    /** False shows the frontier without handles that move. */
    public BooleanProperty editableProperty() {
        return editable;
    }

    public boolean isEditable() {
        return editable.get();
    }

    /** Other appetites drawn faintly for comparison; never edited. */
    public ObjectProperty<List<ReferenceFrontier>> referencesProperty() {
        return references;
    }

    /** The level the keyboard moves, 1–5; highlighted while the editor has the focus. */
    public IntegerProperty selectedLevelProperty() {
        return selectedLevel;
    }

    @Override
    void laidOut() {
        placeHandles();
    }

    private StackPane handle(int level) {
        Circle dot = new Circle(7);
        dot.setStroke(Color.WHITE);
        dot.setStrokeWidth(2);
        StackPane handle = new StackPane(dot);
        handle.setId("frontier-handle-" + level);
        handle.getStyleClass().add("frontier-handle");
        handle.setManaged(false);
        handle.resize(26, 26);
        handle.setOnMousePressed(e -> {
            if (isEditable()) {
                selectedLevel.set(level);
                requestFocus();
                e.consume();
            }
        });
        handle.setOnMouseDragged(e -> {
            if (isEditable() && frontier.get() != null) {
                Point2D local = sceneToLocal(e.getSceneX(), e.getSceneY());
                int risk = (int) Math.round(geometry().risk(local.getY() - canvas.getLayoutY()));
                setLevel(level, risk);
                e.consume();
            }
        });
        return handle;
    }

    /** What a screen reader says: the appetite's levels and which one the arrows move. */
    private void describe() {
        Frontier current = frontier.get();
        setAccessibleText(current == null ? label.get() + ": no appetite"
                : label.get() + " appetite " + current + ", level " + selectedLevel.get() + " at "
                        + current.level(selectedLevel.get()));
    }

    private void setLevel(int level, int risk) {
        Frontier moved = FrontierEdits.withLevel(frontier.get(), level, risk);
        if (!moved.equals(frontier.get())) {
            frontier.set(moved);
        }
    }

    private void onKey(KeyEvent event) {
        if (!isEditable()) {
            return;
        }
        int level = selectedLevel.get();
        switch (event.getCode()) {
            case LEFT -> selectedLevel.set(Math.max(1, level - 1));
            case RIGHT -> selectedLevel.set(Math.min(Frontier.LEVELS, level + 1));
            case DIGIT1, NUMPAD1 -> selectedLevel.set(1);
            case DIGIT2, NUMPAD2 -> selectedLevel.set(2);
            case DIGIT3, NUMPAD3 -> selectedLevel.set(3);
            case DIGIT4, NUMPAD4 -> selectedLevel.set(4);
            case DIGIT5, NUMPAD5 -> selectedLevel.set(5);
            case UP, DOWN -> {
                if (frontier.get() != null) {
                    setLevel(level, frontier.get().level(level) + (event.getCode() == KeyCode.UP ? 1 : -1));
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void placeHandles() {
        Frontier current = frontier.get();
        MapGeometry geo = geometry();
        for (int level = 1; level <= Frontier.LEVELS; level++) {
            StackPane handle = handles.get(level - 1);
            handle.setVisible(current != null);
            if (current == null) {
                continue;
            }
            boolean selected = isFocused() && level == selectedLevel.get();
            Circle dot = (Circle) handle.getChildren().get(0);
            dot.setFill(colour.get() == null ? DivergenceStyles.defaultColourOf(Seat.FIRST) : colour.get());
            dot.setRadius(isEditable() ? (selected ? 8.5 : 7) : 5);
            dot.setStroke(selected ? DivergenceStyles.NEUTRAL_INK : Color.WHITE);
            handle.pseudoClassStateChanged(SELECTED, selected);
            handle.setCursor(isEditable() ? Cursor.V_RESIZE : Cursor.DEFAULT);
            handle.setMouseTransparent(!isEditable());
            handle.relocate(snapPositionX(canvas.getLayoutX() + geo.x(level) - 13),
                    snapPositionY(canvas.getLayoutY() + geo.y(current.level(level)) - 13));
        }
    }

    @Override
    void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        MapGeometry geo = geometry();
        g.clearRect(0, 0, geo.width(), geo.height());
        ChartPainter.paintBackdrop(g, geo);
        Color ink = colour.get() == null ? DivergenceStyles.defaultColourOf(Seat.FIRST) : colour.get();
        List<LegendEntry> legend = new ArrayList<>();
        Frontier current = frontier.get();
        if (current != null && isFocused() && isEditable()) {
            double x = geo.x(selectedLevel.get());
            g.setFill(ink.deriveColor(0, 1, 1, 0.08));
            g.fillRect(x - 18, geo.plotTop(), 36, geo.plotHeight());
        }
        for (ReferenceFrontier reference : referenceList()) {
            ChartPainter.strokeFrontier(g, geo, reference.frontier(), reference.colour().deriveColor(0, 1, 1, 0.45),
                    1.75, false);
            legend.add(new LegendEntry(LegendEntry.Kind.LINE, reference.colour().deriveColor(0, 1, 1, 0.45),
                    reference.label()));
        }
        if (current != null) {
            paintEdited(g, geo, current, ink);
            legend.add(0, new LegendEntry(LegendEntry.Kind.PARTY, ink, label.get() == null ? "" : label.get()));
            if (current.cap().isPresent()) {
                legend.add(1, new LegendEntry(LegendEntry.Kind.DASHED, ink.deriveColor(0, 1, 0.8, 0.8),
                        "hard cap " + current.cap().getAsInt()));
            }
        }
        ChartPainter.paintLegend(g, geo, legend);
    }

    /**
     * The line through the handles, faint where the cap overrules it, the cap itself dashed across the
     * plot, and each level's score beside its handle.
     */
    private void paintEdited(GraphicsContext g, MapGeometry geo, Frontier current, Color ink) {
        g.save();
        ChartPainter.clipToPlot(g, geo);
        if (current.cap().isPresent()) {
            double y = geo.y(current.cap().getAsInt());
            g.setStroke(ink.deriveColor(0, 1, 0.8, 0.8));
            g.setLineWidth(1.5);
            g.setLineDashes(7, 5);
            g.strokeLine(geo.plotLeft(), y, geo.plotRight(), y);
            g.setLineDashes();
            g.setStroke(ink.deriveColor(0, 1, 1, 0.3));
            g.setLineWidth(2.5);
            g.beginPath();
            g.moveTo(geo.x(1), geo.y(current.level(1)));
            for (int level = 2; level <= Frontier.LEVELS; level++) {
                g.lineTo(geo.x(level), geo.y(current.level(level)));
            }
            g.stroke();
        }
        g.restore();
        ChartPainter.strokeFrontier(g, geo, current, ink, 2.5, false);
        g.setFont(ChartPainter.font(12, true));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (int level = 1; level <= Frontier.LEVELS; level++) {
            double x = geo.x(level);
            double y = geo.y(current.level(level));
            String text = Integer.toString(current.level(level));
            double width = ChartPainter.textWidth(text, g.getFont()) + 8;
            double above = y - 13 < geo.plotTop() + 18 ? y + 30 : y - 13;
            g.setFill(Color.WHITE.deriveColor(0, 1, 1, 0.85));
            g.fillRoundRect(x - width / 2, above - 16, width, 17, 6, 6);
            g.setFill(ink.deriveColor(0, 1, 0.75, 1));
            g.fillText(text, x, above);
        }
    }

    private List<ReferenceFrontier> referenceList() {
        return references.get() == null ? List.of() : references.get();
    }
}
