package org.parley.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** The main window as the owner of Parley's dialogs: each is titled and owned alike. */
final class DialogOwner {

    private final Window owner;

    DialogOwner(Window owner) {
        this.owner = owner;
    }

    /** The window, for the file choosers; null before it exists. */
    Window window() {
        return owner;
    }

    /** Titles a dialog and has the window own it. */
    void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        own(dialog);
    }

    /** The window owns the dialog once it has a scene; before, as when a store is asked about first, none does. */
    void own(Dialog<?> dialog) {
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner);
        }
    }

    /** A message with {@code title} as its heading too, at least as wide as every message dialog. */
    Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        prepare(alert, title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(440);
        return alert;
    }
}
