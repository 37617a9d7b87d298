package org.parley.ui.divergence;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** The key under a {@link Heatmap}: the shades of its counts, or what each sign of a difference means. */
final class HeatmapLegend extends HBox {

    private static final String MINUS = "\u2212";

    HeatmapLegend() {
        super(6);
        getStyleClass().add("heatmap-legend");
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Three shades from 1 to the largest count; nothing when there are no counts. */
    void showCounts(int largest, Color colour) {
        getChildren().clear();
        if (largest > 0) {
            getChildren().addAll(text("1"), swatch(Heatmap.blend(colour, 0.14 + 0.7 / largest)),
                    swatch(Heatmap.blend(colour, 0.49)), swatch(Heatmap.blend(colour, 0.84)),
                    text(largest + (largest == 1 ? " initiative" : " initiatives")));
        }
    }

    /** What "+" and "−" mean; nothing when every difference is 0. */
    void showDifferences(int largest, Color positive, String positiveLabel, Color negative, String negativeLabel) {
        getChildren().clear();
        if (largest > 0) {
            getChildren().addAll(swatch(Heatmap.blend(positive, 0.7)), text("+  " + positiveLabel), spacer(),
                    swatch(Heatmap.blend(negative, 0.7)), text(MINUS + "  " + negativeLabel));
        }
    }

    private static Region spacer() {
        Region spacer = new Region();
        spacer.setMinWidth(12);
        return spacer;
    }

    private static Region swatch(Color fill) {
        Region swatch = new Region();
        swatch.getStyleClass().add("heatmap-swatch");
        swatch.setMinSize(16, 12);
        swatch.setMaxSize(16, 12);
        swatch.setBackground(new Background(new BackgroundFill(fill, new CornerRadii(3), Insets.EMPTY)));
        return swatch;
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heatmap-legend-text");
        return label;
    }
}
