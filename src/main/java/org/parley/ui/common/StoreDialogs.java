package org.parley.ui.common;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.parley.app.service.SampleWorkshop;
import org.parley.domain.PassphraseRules;

/**
 * The two questions asked before the window opens on a store: how to create a store that is not there yet
 * (encrypted or not), and the passphrase of an encrypted one. Each is a dialog the caller shows
 * ({@link FxDialogService} does); its result is what was chosen, or null when the person cancelled.
 */
public final class StoreDialogs {

    public static final ButtonType CREATE = new ButtonType("Create store", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

    private StoreDialogs() {
    }

    /**
     * Asks how to create the store at {@code path}, which starts with the sample workshop or empty; the box starts
     * ticked when {@code encrypt} is true; {@code cancel} names the button that creates nothing.
     */
    public static Dialog<DialogService.NewStore> newStore(String path, boolean withSample, boolean encrypt,
                                                          String cancel) {
        Dialog<DialogService.NewStore> dialog = new Dialog<>();
        dialog.setTitle("Parley: a new store");
        dialog.setHeaderText("Create a new Parley store");
        Label where = Labels.wrapping("Parley keeps the workshops, the scores and the signed register in one file:\n"
                + path
                + (withSample ? "\nIt starts with the sample workshop \u201c" + SampleWorkshop.NAME + "\u201d to try "
                + "things out." : "\nIt starts empty: your first workshop is the next step."));
        CheckBox encrypted = new CheckBox("Encrypt the store with a passphrase");
        encrypted.setId("encrypt-store");
        encrypted.setSelected(encrypt);
        PasswordField passphrase = field("new-passphrase", "Passphrase: at least " + PassphraseRules.MIN_LENGTH
                + " characters");
        PasswordField repeat = field("repeat-passphrase", "The same passphrase again");
        Label warning = Labels.wrapping("Without the passphrase the store cannot be opened, and nobody can recover it: "
                + "write it down somewhere safe. Its backups are encrypted with it too.");
        warning.getStyleClass().add("text-muted");
        Label problem = problemLabel();
        VBox secret = new VBox(8, passphrase, repeat, warning);
        secret.visibleProperty().bind(encrypted.selectedProperty());
        secret.managedProperty().bind(encrypted.selectedProperty());
        encrypted.selectedProperty().addListener((obs, was, now) -> {
            problem.setText("");
            if (now) {
                Platform.runLater(passphrase::requestFocus);
            }
            fit(dialog);
        });
        problem.textProperty().addListener((obs, was, now) -> fit(dialog));
        dialog.getDialogPane().setContent(content(where, encrypted, secret, problem));
        dialog.getDialogPane().getButtonTypes().addAll(CREATE, cancelButton(cancel));
        Node create = dialog.getDialogPane().lookupButton(CREATE);
        create.addEventFilter(ActionEvent.ACTION, event -> {
            if (!encrypted.isSelected()) {
                return;
            }
            String why = PassphraseRules.problem(passphrase.getText().toCharArray());
            if (why == null && !passphrase.getText().equals(repeat.getText())) {
                why = "The two passphrases differ. Type the same one twice.";
            }
            if (why != null) {
                problem.setText(why);
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == CREATE
                ? new DialogService.NewStore(encrypted.isSelected() ? passphrase.getText().toCharArray() : null)
                : null);
        return dialog;
    }

    /**
     * Asks for the passphrase of the encrypted store at {@code path}; {@code problem} says why the last one was
     * refused ("" the first time); {@code cancel} names the button that opens nothing.
     */
    public static Dialog<char[]> passphrase(String path, String problem, String cancel) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle("Parley: an encrypted store");
        dialog.setHeaderText("This store is encrypted");
        Label where = Labels.wrapping("Type the passphrase of\n" + path);
        PasswordField passphrase = field("passphrase", "Passphrase");
        Label refused = problemLabel();
        refused.setText(problem);
        dialog.getDialogPane().setContent(content(where, passphrase, refused));
        dialog.getDialogPane().getButtonTypes().addAll(OPEN, cancelButton(cancel));
        Node open = dialog.getDialogPane().lookupButton(OPEN);
        open.disableProperty().bind(passphrase.textProperty().isEmpty());
        dialog.setOnShown(event -> passphrase.requestFocus());
        dialog.setResultConverter(button -> button == OPEN ? passphrase.getText().toCharArray() : null);
        return dialog;
    }

    private static ButtonType cancelButton(String text) {
        return new ButtonType(text, ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** The dialog grows (or shrinks) with what shows, after the layout that shows it. */
    private static void fit(Dialog<?> dialog) {
        Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
    }

    private static VBox content(Node... children) {
        VBox box = new VBox(12, children);
        box.setPadding(new Insets(8, 4, 4, 4));
        box.setPrefWidth(480);
        return box;
    }

    private static PasswordField field(String id, String prompt) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static Label problemLabel() {
        Label label = Labels.wrapping("");
        label.setId("passphrase-problem");
        label.getStyleClass().add(Styles.DANGER);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
