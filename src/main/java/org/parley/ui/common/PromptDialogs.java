package org.parley.ui.common;

import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.parley.domain.PinRules;
import org.parley.exchange.pdf.Paper;
import org.parley.ui.common.DialogService.BoardPackOptions;
import org.parley.ui.common.DialogService.NewStore;
import org.parley.ui.common.DialogService.PinChange;

/**
 * What the person types or picks in a dialog: a line of text, a PIN, the store's passphrase when it opens, and how a
 * board pack is printed.
 */
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

    Optional<BoardPackOptions> askBoardPackOptions(String workshop, BoardPackOptions initial) {
        Dialog<BoardPackOptions> dialog = new Dialog<>();
        owner.prepare(dialog, "Board pack");
        dialog.setHeaderText("A board pack of \u201C" + workshop + "\u201D");
        ToggleGroup papers = new ToggleGroup();
        HBox paperChoice = new HBox(16);
        for (Paper paper : Paper.values()) {
            RadioButton choice = new RadioButton(paper.label());
            choice.setId("board-pack-paper-" + paper);
            choice.setUserData(paper);
            choice.setToggleGroup(papers);
            choice.setSelected(paper == initial.paper());
            paperChoice.getChildren().add(choice);
        }
        CheckBox all = new CheckBox("Include the initiatives not agreed yet, marked \u201Cnot agreed\u201D");
        all.setId("board-pack-all");
        all.setSelected(initial.all());
        Label note = new Label("The pack prints only what both parties may see: the revealed scores and appetites, "
                + "the signed agreements and their notes.");
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox content = new VBox(10, new Label("Paper"), paperChoice, all, note);
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);
        ButtonType next = new ButtonType("Choose the file\u2026", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == next
                ? new BoardPackOptions((Paper) papers.getSelectedToggle().getUserData(), all.isSelected()) : null);
        return dialog.showAndWait();
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
