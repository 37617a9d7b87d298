package org.parley.ui.common;

import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.parley.domain.PinRules;
import org.parley.ui.common.DialogService.NewStore;
import org.parley.ui.common.DialogService.PinChange;

/** What the person types into a dialog: a line of text, a PIN, and the store's passphrase when it opens. */
final class PromptDialogs {

    private final DialogOwner owner;

    PromptDialogs(DialogOwner owner) {
        this.owner = owner;
    }

    Optional<String> askText(String title, String label, String initial, UnaryOperator<String> problem) {
        Dialog<String> dialog = new Dialog<>();
        owner.prepare(dialog, title);
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

    Optional<PinChange> askPin(String title, String who, boolean needsCurrent, boolean removing) {
        Dialog<PinChange> dialog = new Dialog<>();
        owner.prepare(dialog, title);
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

    Optional<NewStore> askNewStore(String path, boolean withSample, boolean encrypt, String cancel) {
        Dialog<NewStore> dialog = StoreDialogs.newStore(path, withSample, encrypt, cancel);
        owner.own(dialog);
        return dialog.showAndWait();
    }

    Optional<char[]> askPassphrase(String path, String problem, String cancel) {
        Dialog<char[]> dialog = StoreDialogs.passphrase(path, problem, cancel);
        owner.own(dialog);
        return dialog.showAndWait();
    }
}
