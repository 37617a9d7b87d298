package org.parley.ui.shell;

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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.parley.domain.PassphraseRules;

/**
 * The two questions asked before the window opens on a store: how to create a store that is not there yet
 * (encrypted or not), and the passphrase of an encrypted one. Each is a dialog the caller shows; its result is what
 * was chosen, or null when the person chose to quit.
 */
public final class StoreDialogs {

    public static final ButtonType CREATE = new ButtonType("Create store", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

    private StoreDialogs() {
    }

    /** A new store: encrypted under {@code passphrase}, or plain ({@code passphrase} null). */
    public record NewStore(char[] passphrase) {
        public boolean encrypted() {
            return passphrase != null;
        }
    }

    /** Asks how to create the store at {@code path}; the box starts ticked when {@code encrypt} is true. */
    public static Dialog<NewStore> newStore(String path, boolean encrypt) {
        Dialog<NewStore> dialog = new Dialog<>();
        dialog.setTitle("Parley: a new store");
        dialog.setHeaderText("Create a new Parley store");
        Label where = wrapping("Parley keeps the workshops, the scores and the signed register in one file:\n" + path
                + "\nIt starts with a sample workshop to try things out.");
        CheckBox encrypted = new CheckBox("Encrypt the store with a passphrase");
        encrypted.setId("encrypt-store");
        encrypted.setSelected(encrypt);
        PasswordField passphrase = field("new-passphrase", "Passphrase: at least " + PassphraseRules.MIN_LENGTH
                + " characters");
        PasswordField repeat = field("repeat-passphrase", "The same passphrase again");
        Label warning = wrapping("Without the passphrase the store cannot be opened, and nobody can recover it: write "
                + "it down somewhere safe. Its backups are encrypted with it too.");
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
        dialog.getDialogPane().getButtonTypes().addAll(CREATE, QUIT);
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
                ? new NewStore(encrypted.isSelected() ? passphrase.getText().toCharArray() : null) : null);
        return dialog;
    }

    /**
     * Asks for the passphrase of the encrypted store at {@code path}; {@code problem} says why the last one was
     * refused ("" the first time).
     */
    public static Dialog<char[]> passphrase(String path, String problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle("Parley: an encrypted store");
        dialog.setHeaderText("This store is encrypted");
        Label where = wrapping("Type the passphrase of\n" + path);
        PasswordField passphrase = field("passphrase", "Passphrase");
        Label refused = problemLabel();
        refused.setText(problem);
        dialog.getDialogPane().setContent(content(where, passphrase, refused));
        dialog.getDialogPane().getButtonTypes().addAll(OPEN, QUIT);
        Node open = dialog.getDialogPane().lookupButton(OPEN);
        open.disableProperty().bind(passphrase.textProperty().isEmpty());
        dialog.setOnShown(event -> passphrase.requestFocus());
        dialog.setResultConverter(button -> button == OPEN ? passphrase.getText().toCharArray() : null);
        return dialog;
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

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label problemLabel() {
        Label label = wrapping("");
        label.setId("passphrase-problem");
        label.getStyleClass().add(Styles.DANGER);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
