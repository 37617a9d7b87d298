package org.parley.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import atlantafx.base.theme.Styles;

/** The messages and yes-or-no questions: confirm, unsaved changes, information and errors. */
final class MessageDialogs {

    private final DialogOwner owner;

    MessageDialogs(DialogOwner owner) {
        this.owner = owner;
    }

    boolean confirm(String title, String message, String action) {
        ButtonType confirm = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = owner.alert(Alert.AlertType.CONFIRMATION, title, message, confirm, ButtonType.CANCEL);
        Button confirmButton = (Button) alert.getDialogPane().lookupButton(confirm);
        confirmButton.getStyleClass().add(Styles.DANGER);
        confirmButton.setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    SaveChoice askSaveChanges(String what) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
        Alert alert = owner.alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "Save your changes to " + what + " first?", save, discard, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            return SaveChoice.SAVE;
        }
        return answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    void showError(String title, String message) {
        owner.alert(Alert.AlertType.ERROR, title, message, ButtonType.OK).showAndWait();
    }

    void showInfo(String title, String message) {
        owner.alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    void showException(String title, Throwable error) {
        Alert alert = owner.alert(Alert.AlertType.ERROR, title,
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
}
