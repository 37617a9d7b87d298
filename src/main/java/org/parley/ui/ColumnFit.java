package org.parley.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * Keeps every column of a table at least as wide as its header and its short cell texts (numbers, dates, hashes,
 * names), measured in the font the table shows now, so that a narrower window or larger text squeezes prose
 * columns, never a number. Fixed pixel widths cannot do that: they are right for one font at one size.
 */
public final class ColumnFit {

    /**
     * Cells that fix a column's width: short texts with a digit (amounts, scores, dates, times, event numbers,
     * hashes). Names and prose may end in an ellipsis, with a tooltip or a detail showing them whole.
     */
    private static final int SHORT_TEXT = 24;
    /** Room for the sort arrow beside a header's text. */
    private static final double SORT_ARROW = 14;

    private ColumnFit() {
    }

    /** Fits {@code table}'s columns now and again whenever its rows, size or fonts change. */
    public static void install(TableView<?> table) {
        InvalidationListener later = o -> Platform.runLater(() -> fit(table));
        table.skinProperty().addListener(later);
        table.itemsProperty().addListener(later);
        table.widthProperty().addListener(later);
        table.sceneProperty().addListener(later);
        table.getItems().addListener(later);
        table.itemsProperty().addListener((obs, was, now) -> {
            if (now != null) {
                now.addListener(later);
            }
        });
        // The font a header shows changes with the stylesheet and the text scale; each change asks for a refit.
        table.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                fit(table);
            }
        });
    }

    private static void fit(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.getTableColumn().getColumns().isEmpty()) {
                Node label = header.lookup(".label");
                if (label instanceof Label text) {
                    widen(header.getTableColumn(), text.prefWidth(-1) + header.snappedLeftInset()
                            + header.snappedRightInset() + SORT_ARROW);
                }
            }
        }
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && cell.getText() != null
                    && !cell.getText().isEmpty() && cell.getText().length() <= SHORT_TEXT && !cell.isWrapText()
                    && cell.getText().chars().anyMatch(Character::isDigit)) {
                Text measure = new Text(cell.getText());
                measure.setFont(cell.getFont());
                widen(cell.getTableColumn(), Math.ceil(measure.getLayoutBounds().getWidth())
                        + cell.snappedLeftInset() + cell.snappedRightInset() + 2);
            }
        }
    }

    /** Makes {@code column} at least {@code needed} wide, never narrower than it was. */
    static void widen(TableColumnBase<?, ?> column, double needed) {
        double width = Math.ceil(needed);
        // Only ever up: a column narrowing and widening again with each layout would never settle.
        if (width > column.getMinWidth() + 0.5) {
            column.setMinWidth(width);
            if (column.getPrefWidth() < width) {
                column.setPrefWidth(width);
            }
        }
    }
}
