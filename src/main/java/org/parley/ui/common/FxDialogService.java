package org.parley.ui.common;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import org.controlsfx.control.CheckListView;
import org.parley.domain.PinRules;

/** Dialogs owned by the main window, styled by the application's theme. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    /** File choosers open where the last one was used: people export and import from one folder. */
    private File lastFolder;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        ButtonType confirm = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, confirm, ButtonType.CANCEL);
        Button confirmButton = (Button) alert.getDialogPane().lookupButton(confirm);
        confirmButton.getStyleClass().add(Styles.DANGER);
        confirmButton.setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String label, String initial, UnaryOperator<String> problem) {
        Dialog<String> dialog = new Dialog<>();
        prepare(dialog, title);
        TextField field = new TextField(initial);
        field.setId("dialog-text");
        field.setPrefColumnCount(28);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(
                () -> {
                    String text = problem.apply(field.getText());
                    return text == null ? "" : text;
                }, field.textProperty()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty().and(field.textProperty().isNotEqualTo(initial)));
        error.managedProperty().bind(error.visibleProperty());
        VBox content = new VBox(8, new Label(label), field, error);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> problem.apply(field.getText()) != null, field.textProperty()));
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().strip() : null);
        dialog.setOnShown(e -> Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        }));
        return dialog.showAndWait();
    }

    @Override
    public Optional<PinChange> askPin(String title, String who, boolean needsCurrent, boolean removing) {
        Dialog<PinChange> dialog = new Dialog<>();
        prepare(dialog, title);
        dialog.setHeaderText(title + ": " + who);
        PasswordField current = pinField("dialog-current-pin", "Current PIN");
        PasswordField fresh = pinField("dialog-new-pin", "New PIN, " + PinRules.MIN_LENGTH + " to "
                + PinRules.MAX_LENGTH + " characters");
        PasswordField again = pinField("dialog-new-pin-again", "New PIN again");
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        VBox content = new VBox(8);
        if (needsCurrent) {
            content.getChildren().add(current);
        }
        if (!removing) {
            content.getChildren().addAll(fresh, again);
        }
        content.getChildren().add(error);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // OK waits for every field; a red line only speaks of what was typed, never of a field still empty.
        var problem = Bindings.createStringBinding(() -> PinChangeCheck.blocking(needsCurrent ? current.getText() : "x",
                removing ? null : fresh.getText(), removing ? null : again.getText()),
                current.textProperty(), fresh.textProperty(), again.textProperty());
        error.textProperty().bind(Bindings.createStringBinding(() -> PinChangeCheck.toShow(
                needsCurrent ? current.getText() : "x", removing ? null : fresh.getText(),
                removing ? null : again.getText()), current.textProperty(), fresh.textProperty(), again.textProperty()));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(problem.isNotNull());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new PinChange(needsCurrent ? current.getText() : null, removing ? null : fresh.getText()) : null);
        dialog.setOnShown(e -> Platform.runLater(() -> (needsCurrent ? current : fresh).requestFocus()));
        return dialog.showAndWait();
    }

    private static PasswordField pinField(String id, String prompt) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String kind, String pattern) {
        FileChooser chooser = chooser(title, kind, pattern);
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String kind, String pattern) {
        File file = chooser(title, kind, pattern).showOpenDialog(owner);
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<NewStore> askNewStore(String path, boolean withSample, boolean encrypt, String cancel) {
        Dialog<NewStore> dialog = StoreDialogs.newStore(path, withSample, encrypt, cancel);
        own(dialog);
        return dialog.showAndWait();
    }

    @Override
    public Optional<char[]> askPassphrase(String path, String problem, String cancel) {
        Dialog<char[]> dialog = StoreDialogs.passphrase(path, problem, cancel);
        own(dialog);
        return dialog.showAndWait();
    }

    private FileChooser chooser(String title, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(kind, pattern),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    @Override
    public boolean confirmPreview(String title, String summary, List<String> details, String applyLabel) {
        Dialog<Boolean> dialog = new Dialog<>();
        prepare(dialog, title);
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

    @Override
    public SaveChoice askSaveChanges(String what) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "Save your changes to " + what + " first?", save, discard, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            return SaveChoice.SAVE;
        }
        return answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public <T> List<T> chooseMany(String title, String message, List<T> items, Function<T, String> label) {
        Dialog<List<T>> dialog = new Dialog<>();
        prepare(dialog, title);
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

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public void showShortcuts(String title, List<Shortcut> shortcuts) {
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
        prepare(dialog, title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    @Override
    public void showException(String title, Throwable error) {
        Alert alert = alert(Alert.AlertType.ERROR, title,
                String.valueOf(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage())
                        + "\n\nThe details are in the log file beside the store.", ButtonType.OK);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setPrefRowCount(14);
        details.getStyleClass().add(Styles.TEXT_MUTED);
        alert.getDialogPane().setExpandableContent(details);
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        prepare(alert, title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(440);
        return alert;
    }

    @Override
    public boolean showBackups(String title, String intro, List<BackupRow> rows) {
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
        prepare(dialog, title);
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

    private void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        own(dialog);
    }

    /** The window owns the dialog once it has a scene; before, as when a store is asked about first, none does. */
    private void own(Dialog<?> dialog) {
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner);
        }
    }
}
