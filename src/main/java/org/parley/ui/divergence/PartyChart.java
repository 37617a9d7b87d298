package org.parley.ui.divergence;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.parley.domain.Seat;

/**
 * A chart of both parties, each in its colour and under its name, that can be exported as a PNG: the divergence map
 * and the losses chart. A party with no colour or name set is drawn in its seat's default colour and named by its
 * seat's default role.
 */
abstract class PartyChart extends CanvasChart {

    private final ObjectProperty<Color> colour1 = new SimpleObjectProperty<>(this, "colour1",
            DivergenceStyles.defaultColourOf(Seat.FIRST));
    private final ObjectProperty<Color> colour2 = new SimpleObjectProperty<>(this, "colour2",
            DivergenceStyles.defaultColourOf(Seat.SECOND));
    private final StringProperty label1 = new SimpleStringProperty(this, "label1", Seat.FIRST.defaultRole());
    private final StringProperty label2 = new SimpleStringProperty(this, "label2", Seat.SECOND.defaultRole());

    /** What an export that fails calls the chart, e.g. "the map". */
    private final String name;

    PartyChart(String name, double prefWidth, double prefHeight, Canvas... layers) {
        super(prefWidth, prefHeight, layers);
        this.name = name;
    }

    // properties

    public ObjectProperty<Color> colour1Property() {
        return colour1;
    }

    public ObjectProperty<Color> colour2Property() {
        return colour2;
    }

    /** Party 1's name in the legend and the hover text, e.g. "CISO". */
    public StringProperty label1Property() {
        return label1;
    }

    public StringProperty label2Property() {
        return label2;
    }

    // commands

    /** Writes the chart at its current size (1200 × 750 when it has none yet) as a PNG on white. */
    public void exportPng(Path file) throws IOException {
        boolean sized = base().getWidth() >= 1 && base().getHeight() >= 1;
        exportPng(file, sized ? base().getWidth() : 1200, sized ? base().getHeight() : 750);
    }

    /**
     * Writes the chart drawn at the given size as a PNG on white. May be called from any thread: the picture
     * is taken on the FX thread, the file written on the caller's.
     */
    public void exportPng(Path file, double width, double height) throws IOException {
        PngWriter.drawAndWrite(name, () -> render(width, height), file);
    }

    /** The chart drawn at the given size on white, as an image; on the FX thread. */
    public final WritableImage render(double width, double height) {
        return render(width, height, 1);
    }

    /**
     * The chart laid out at the given size and drawn {@code scale} times as large (1 to 8), on white, as an image: a
     * picture for print, as sharp as the screen's at that size; on the FX thread.
     */
    public abstract WritableImage render(double width, double height, double scale);

    /** The colour a seat's party is drawn in. */
    final Color colourOf(Seat seat) {
        Color colour = (seat == Seat.FIRST ? colour1 : colour2).get();
        return colour == null ? DivergenceStyles.defaultColourOf(seat) : colour;
    }

    /** The name a seat's party is shown under. */
    final String labelOf(Seat seat) {
        String text = (seat == Seat.FIRST ? label1 : label2).get();
        return text == null || text.isBlank() ? seat.defaultRole() : text;
    }
}
