package org.parley.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * A table cell whose text wraps within its column, so a long initiative title reads whole on a laptop screen
 * instead of ending in an ellipsis; the row grows to the lines it needs. The text takes the cell's font and
 * colour, so a selected row reads as the theme draws it.
 */
public final class WrappingCell<S> extends TableCell<S, String> {

    /** The padding AtlantaFX gives a table cell, left and right together. */
    private static final double PADDING = 18;

    private final Text text = new Text();

    private WrappingCell(TableColumn<S, String> column) {
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
        text.fontProperty().bind(fontProperty());
        text.fillProperty().bind(textFillProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefHeight(Region.USE_COMPUTED_SIZE);
    }

    /** A cell factory for {@code TableColumn.setCellFactory}. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> forColumn() {
        return WrappingCell::new;
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty ? null : text);
        if (!empty && item != null && getTableColumn() != null) {
            fitLongestWord(item);
        }
    }

    /** Lines break between words, never inside one: the column is at least as wide as the longest word. */
    private void fitLongestWord(String item) {
        double longest = 0;
        for (String word : item.split("\\s+")) {
            Text measure = new Text(word);
            measure.setFont(getFont());
            longest = Math.max(longest, measure.getLayoutBounds().getWidth());
        }
        ColumnFit.widen(getTableColumn(), longest + PADDING + 2);
    }
}
