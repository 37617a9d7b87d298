package org.parley.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * An optional loss estimate, folded away until opened: the yearly chance of the loss event and a 90% interval of its
 * cost, with the calibration hint. It opens by itself when what it shows carries an estimate. The scoring form's ids
 * start {@code loss-}; another form's with its own prefix, such as {@code residual-loss-}.
 */
public final class LossFieldsView extends TitledPane {

    /** The scoring form's section. */
    public LossFieldsView(LossFields fields) {
        this(fields, "Loss estimate (optional)", "loss");
    }

    /**
     * @param title  the section's title
     * @param prefix its id, {@code prefix-estimate}, and its fields' ({@code prefix-probability}, {@code prefix-low},
     *               {@code prefix-high}, {@code prefix-problem})
     */
    public LossFieldsView(LossFields fields, String title, String prefix) {
        setText(title);
        setId(prefix + "-estimate");
        setExpanded(false);
        setAnimated(false);
        // Its title is left out of the Tab order, so Tab goes from the last criterion to the rationale as before;
        // once opened, Tab passes through the three fields on the way.
        setFocusTraversable(false);
        TextField probability = field(prefix + "-probability", "5%", fields.probabilityProperty());
        TextField low = field(prefix + "-low", "250 k", fields.lowProperty());
        TextField high = field(prefix + "-high", "2 M", fields.highProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.addRow(0, caption("Yearly chance it happens"), caption("Cost at least"), caption("Cost at most"));
        grid.addRow(1, probability, low, high);
        Label hint = new Label();
        hint.setText("Amounts in the workshop's currency. You should be 90% sure the cost falls between these if it "
                + "happens.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Label problem = new Label();
        problem.setId(prefix + "-problem");
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(fields.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        VBox content = new VBox(6, grid, hint, problem);
        content.setPadding(new Insets(8, 10, 10, 10));
        setContent(content);
        // Shown scores with an estimate open the section, so nothing entered is out of sight.
        fields.probabilityProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                setExpanded(true);
            }
        });
    }

    private static TextField field(String id, String prompt, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(9);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return label;
    }
}
