package org.parley.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import org.controlsfx.control.CheckListView;
import org.parley.ui.common.DialogService.BackupRow;

/** The dialogs that show many lines: an import's preview, a choice of items, the keyboard help and the backups. */
final class ListDialogs {

    private final DialogOwner owner;

    ListDialogs(DialogOwner owner) {
        this.owner = owner;
    }

    boolean confirmPreview(String title, String summary, List<String> details, String applyLabel) {
        Dialog<Boolean> dialog = new Dialog<>();
        owner.prepare(dialog, title);
        dialog.setHeaderText(title);
        Label text = new Label(summary);
        text.setWrapText(true);
        text.setId("preview-summary");
        ListView<String> list = new ListView<>(
                FXCollections.observableArrayList(details));
        list.setId("preview-details");
        // One problem per line, each read whole: a long problem wraps instead of ending in an ellipsis.
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        list.setPrefHeight(Math.min(360, 28 * Math.max(details.size(), 2) + 8));
        list.setPrefWidth(620);
        dialog.getDialogPane().setContent(new VBox(10, text, list));
        ButtonType apply = applyLabel == null ? null : new ButtonType(applyLabel, ButtonBar.ButtonData.OK_DONE);
        if (apply != null) {
            dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        } else {
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        }
        dialog.setResultConverter(button -> apply != null && button == apply);
        return dialog.showAndWait().orElse(false);
    }

    <T> List<T> chooseMany(String title, String message, List<T> items, Function<T, String> label) {
        Dialog<List<T>> dialog = new Dialog<>();
        owner.prepare(dialog, title);
        dialog.setHeaderText(title);
        CheckListView<T> list = new CheckListView<>(FXCollections.observableArrayList(items));
        list.setId("dialog-choices");
        list.setPrefHeight(Math.min(360, 34 * items.size() + 8));
        list.setCellFactory(view -> new CheckBoxListCell<>(list::getItemBooleanProperty,
                new StringConverter<T>() {
                    @Override
                    public String toString(T item) {
                        return item == null ? "" : label.apply(item);
                    }

                    @Override
                    public T fromString(String text) {
                        throw new UnsupportedOperationException();
                    }
                }));
        Label text = new Label(message);
        text.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, text, list));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setMinWidth(480);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? List.copyOf(list.getCheckModel().getCheckedItems()) : List.of());
        return dialog.showAndWait().orElse(List.of());
    }

    void showShortcuts(String title, List<Shortcut> shortcuts) {
        GridPane table = new GridPane();
        table.setId("shortcuts");
        table.setHgap(18);
        table.setVgap(6);
        int row = 0;
        String where = null;
        for (Shortcut shortcut : shortcuts) {
            if (!shortcut.where().equals(where)) {
                where = shortcut.where();
                Label group = new Label(where);
                group.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED);
                group.setPadding(new Insets(row == 0 ? 0 : 10, 0, 0, 0));
                table.add(group, 0, row++, 2, 1);
            }
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(shortcut.action());
            action.setWrapText(true);
            table.add(keys, 0, row);
            table.add(action, 1, row++);
        }
        ColumnConstraints keysColumn = new ColumnConstraints();
        keysColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actionColumn = new ColumnConstraints();
        actionColumn.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().addAll(keysColumn, actionColumn);
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, 30.0 * (row + 1)));
        scroll.setPrefViewportWidth(560);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        Dialog<Void> dialog = new Dialog<>();
        owner.prepare(dialog, title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    boolean showBackups(String title, String intro, List<BackupRow> rows) {
        Label about = new Label(intro);
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        TableView<BackupRow> table = new TableView<>(
                FXCollections.observableArrayList(rows));
        table.setId("backups");
        table.getColumns().add(column("Taken", BackupRow::taken, 140));
        table.getColumns().add(column("Size", BackupRow::size, 80));
        table.getColumns().add(column("Holds", BackupRow::holds, 300));
        table.getColumns().add(column("File", BackupRow::file, 290));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No backups yet. Parley takes one whenever it opens a store that changed."));
        table.setPrefHeight(Math.min(380, 44 + 40.0 * Math.max(3, rows.size())));
        Label how = new Label("To restore the selected backup, quit Parley and run this command; the store it "
                + "replaces is kept in the backups folder:");
        how.setWrapText(true);
        how.setMinHeight(Region.USE_PREF_SIZE);
        TextField command = new TextField();
        command.setId("restore-command");
        command.setEditable(false);
        command.getStyleClass().add("shortcut-keys");
        Button copy = new Button("Copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(command.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        copy.disableProperty().bind(command.textProperty().isEmpty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) ->
                command.setText(now == null ? "" : now.restoreCommand()));
        table.getSelectionModel().selectFirst();
        HBox commandLine = new HBox(8, command, copy);
        HBox.setHgrow(command, Priority.ALWAYS);
        VBox content = new VBox(10, about, table, how, commandLine);
        VBox.setVgrow(table, Priority.ALWAYS);
        ButtonType backUp = new ButtonType("Back up now", ButtonBar.ButtonData.LEFT);
        Dialog<ButtonType> dialog = new Dialog<>();
        owner.prepare(dialog, title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        // The table's columns at their widths, and the command whole: wider than a message dialog.
        dialog.getDialogPane().setPrefWidth(880);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().getButtonTypes().addAll(backUp, ButtonType.CLOSE);
        return dialog.showAndWait().orElse(ButtonType.CLOSE) == backUp;
    }

    private static TableColumn<BackupRow, String> column(String title,
            Function<BackupRow, String> value, double width) {
        TableColumn<BackupRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
