package org.parley.ui.divergence;

import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import org.parley.domain.Band;
import org.parley.domain.Scale;
import org.parley.domain.Seat;

/**
 * A 5 × 5 risk matrix of counts: likelihood up the side (Almost certain at the top), impact along the
 * bottom, each cell shaded by its count and marked in its corner with the band of its risk score.
 *
 * <p>Two modes. {@link #setCounts} shades counts in {@link #colourProperty()}. {@link #setDifferences} shows
 * signed differences on a diverging scale: positive in {@link #positiveColourProperty()} with a "+",
 * negative in {@link #negativeColourProperty()} with a "−" (U+2212). A zero shows an empty cell.
 * Cells have ids {@code heatmap-cell-L-I} and their texts {@code heatmap-count-L-I}, L likelihood, I impact.
 */
public final class Heatmap extends GridPane {

    private static final int SIZE = 5;
    private static final String MINUS = "\u2212";
    private static final Color EMPTY = Color.web("#f6f8fa");
    private static final Color DARK_TEXT = Color.web("#24292f");

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<Color> colour = new SimpleObjectProperty<>(this, "colour", Color.web("#0969da"));
    private final ObjectProperty<Color> positiveColour = new SimpleObjectProperty<>(this, "positiveColour",
            DivergenceStyles.defaultColourOf(Seat.FIRST));
    private final ObjectProperty<Color> negativeColour = new SimpleObjectProperty<>(this, "negativeColour",
            DivergenceStyles.defaultColourOf(Seat.SECOND));
    private final StringProperty positiveLabel = new SimpleStringProperty(this, "positiveLabel", "more in the first");
    private final StringProperty negativeLabel = new SimpleStringProperty(this, "negativeLabel",
            "more in the second");

    private final Label titleLabel = new Label();
    private final StackPane[][] cells = new StackPane[SIZE][SIZE];
    private final Label[][] texts = new Label[SIZE][SIZE];
    private final HeatmapLegend legend = new HeatmapLegend();
    private int[][] values = new int[SIZE][SIZE];
    private boolean differences;

    public Heatmap() {
        getStyleClass().add("heatmap");
        setHgap(4);
        setVgap(4);
        titleLabel.getStyleClass().add("heatmap-title");
        titleLabel.textProperty().bind(title);
        titleLabel.managedProperty().bind(title.isNotEmpty());
        titleLabel.visibleProperty().bind(title.isNotEmpty());
        add(titleLabel, 0, 0, SIZE + 2, 1);
        Label likelihoodTitle = axisTitle("Likelihood");
        likelihoodTitle.setRotate(-90);
        Group rotated = new Group(likelihoodTitle);
        add(rotated, 0, 1, 1, SIZE);
        GridPane.setHalignment(rotated, HPos.CENTER);
        for (int likelihood = 1; likelihood <= SIZE; likelihood++) {
            Label name = scaleLabel(Scale.LIKELIHOOD.level(likelihood).label());
            name.setAlignment(Pos.CENTER_RIGHT);
            GridPane.setHalignment(name, HPos.RIGHT);
            add(name, 1, row(likelihood));
        }
        for (int impact = 1; impact <= SIZE; impact++) {
            Label name = scaleLabel(Scale.IMPACT.level(impact).label());
            name.setAlignment(Pos.CENTER);
            GridPane.setHalignment(name, HPos.CENTER);
            GridPane.setValignment(name, VPos.TOP);
            add(name, impact + 1, SIZE + 1);
        }
        Label impactTitle = axisTitle("Impact");
        GridPane.setHalignment(impactTitle, HPos.CENTER);
        add(impactTitle, 2, SIZE + 2, SIZE, 1);
        add(legend, 2, SIZE + 3, SIZE, 1);
        for (int likelihood = 1; likelihood <= SIZE; likelihood++) {
            for (int impact = 1; impact <= SIZE; impact++) {
                add(cell(likelihood, impact), impact + 1, row(likelihood));
            }
        }
        getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        for (int i = 0; i < SIZE; i++) {
            ColumnConstraints column = new ColumnConstraints(44, 76, Double.MAX_VALUE);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        getRowConstraints().add(new RowConstraints());
        for (int i = 0; i < SIZE; i++) {
            RowConstraints row = new RowConstraints(34, 50, Double.MAX_VALUE);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
        for (Observable property : List.of(colour, positiveColour, negativeColour, positiveLabel,
                negativeLabel)) {
            property.addListener(o -> refresh());
        }
        refresh();
    }

    // properties

    public StringProperty titleProperty() {
        return title;
    }

    /** The shade of counts. */
    public ObjectProperty<Color> colourProperty() {
        return colour;
    }

    /** The shade of positive differences, usually party 1's colour. */
    public ObjectProperty<Color> positiveColourProperty() {
        return positiveColour;
    }

    /** The shade of negative differences, usually party 2's colour. */
    public ObjectProperty<Color> negativeColourProperty() {
        return negativeColour;
    }

    /** What a positive difference means, in the legend, e.g. "more by CISO". */
    public StringProperty positiveLabelProperty() {
        return positiveLabel;
    }

    public StringProperty negativeLabelProperty() {
        return negativeLabel;
    }

    // commands

    /** Shows counts, {@code counts[likelihood - 1][impact - 1]}, each at least 0. */
    public void setCounts(int[][] counts) {
        int[][] copy = copy(counts);
        for (int[] row : copy) {
            for (int count : row) {
                if (count < 0) {
                    throw new IllegalArgumentException("A count is at least 0, not " + count);
                }
            }
        }
        values = copy;
        differences = false;
        refresh();
    }

    /** Shows signed differences, {@code diff[likelihood - 1][impact - 1]}, e.g. party 1's count minus party 2's. */
    public void setDifferences(int[][] diff) {
        values = copy(diff);
        differences = true;
        refresh();
    }

    /** The text shown in a cell: the count, or a signed difference; empty for 0. */
    static String text(int value, boolean signed) {
        if (value == 0) {
            return "";
        }
        if (!signed) {
            return Integer.toString(value);
        }
        return value > 0 ? "+" + value : MINUS + Math.abs((long) value);
    }

    private static int row(int likelihood) {
        return SIZE - likelihood + 1;
    }

    private static int[][] copy(int[][] grid) {
        if (grid == null || grid.length != SIZE || Arrays.stream(grid).anyMatch(r -> r == null || r.length != SIZE)) {
            throw new IllegalArgumentException("A heatmap needs 5 × 5 values, [likelihood - 1][impact - 1]");
        }
        int[][] copy = new int[SIZE][];
        for (int i = 0; i < SIZE; i++) {
            copy[i] = grid[i].clone();
        }
        return copy;
    }

    private StackPane cell(int likelihood, int impact) {
        Label text = new Label();
        text.setId("heatmap-count-" + likelihood + "-" + impact);
        text.getStyleClass().add("heatmap-count");
        Band band = Band.of(likelihood * impact);
        Polygon corner = new Polygon(0, 0, 10, 0, 10, 10);
        corner.setFill(DivergenceStyles.inkOf(band).deriveColor(0, 1, 1, 0.55));
        corner.setManaged(false);
        StackPane cell = new StackPane(text, corner);
        cell.setId("heatmap-cell-" + likelihood + "-" + impact);
        cell.getStyleClass().add("heatmap-cell");
        cell.setMinSize(44, 34);
        cell.setPrefSize(76, 50);
        cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        // The band marker sits in the top-right corner, inside the rounded border.
        cell.widthProperty().addListener((obs, old, now) -> corner.relocate(now.doubleValue() - 13, 3));
        cell.setAccessibleText(Scale.LIKELIHOOD.level(likelihood).label() + " × " + Scale.IMPACT.level(impact).label()
                + ", " + band.label());
        cells[likelihood - 1][impact - 1] = cell;
        texts[likelihood - 1][impact - 1] = text;
        return cell;
    }

    private void refresh() {
        int largest = 0;
        for (int[] row : values) {
            for (int value : row) {
                largest = Math.max(largest, Math.abs(value));
            }
        }
        for (int l = 0; l < SIZE; l++) {
            for (int i = 0; i < SIZE; i++) {
                int value = values[l][i];
                Color base = !differences ? colour.get() : value >= 0 ? positiveColour.get() : negativeColour.get();
                double strength = value == 0 || largest == 0 ? 0 : 0.14 + 0.7 * Math.abs(value) / largest;
                Color fill = value == 0 ? EMPTY : blend(base == null ? DARK_TEXT : base, strength);
                cells[l][i].setBackground(new Background(new BackgroundFill(fill, new CornerRadii(6), Insets.EMPTY)));
                texts[l][i].setText(text(value, differences));
                texts[l][i].setTextFill(luminance(fill) < 0.5 ? Color.WHITE : DARK_TEXT);
            }
        }
        if (differences) {
            legend.showDifferences(largest, positiveColour.get(), positiveLabel.get(), negativeColour.get(),
                    negativeLabel.get());
        } else {
            legend.showCounts(largest, colour.get());
        }
    }

    private static Label axisTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heatmap-axis-title");
        return label;
    }

    private static Label scaleLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heatmap-scale");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** The colour laid over white at this strength, opaque, so the text colour can be chosen from it. */
    static Color blend(Color colour, double strength) {
        Color base = colour == null ? DARK_TEXT : colour;
        return Color.color(1 - (1 - base.getRed()) * strength, 1 - (1 - base.getGreen()) * strength,
                1 - (1 - base.getBlue()) * strength);
    }

    private static double luminance(Color colour) {
        return 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
    }
}
