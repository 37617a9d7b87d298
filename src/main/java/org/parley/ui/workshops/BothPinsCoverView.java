package org.parley.ui.workshops;

import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.parley.domain.Party;
import org.parley.domain.PinRules;
import org.parley.ui.common.CoverCard;

/** The cover behind which each party in turn chooses its PIN, typed twice; the window shows nothing else. */
public final class BothPinsCoverView extends StackPane {

    private final BothPinsViewModel model;
    private Label kind;
    private Circle dot;
    private Label title;
    private Label hint;
    private PasswordField pin;
    private PasswordField repeat;
    private Button next;
    private Button cancel;

    public BothPinsCoverView(BothPinsViewModel model) {
        this.model = model;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        kind = new Label("", new FontIcon(Material2AL.LOCK));
        kind.getStyleClass().add("eyebrow");
        dot = new Circle(10);
        title = new Label();
        title.setId("both-pins-title");
        title.getStyleClass().add(Styles.TITLE_2);
        hint = new Label();
        hint.setId("both-pins-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        pin = new PasswordField();
        pin.setId("both-pins-pin");
        pin.setPromptText("New PIN, " + PinRules.MIN_LENGTH + " to " + PinRules.MAX_LENGTH + " characters");
        pin.setMaxWidth(320);
        repeat = new PasswordField();
        repeat.setId("both-pins-repeat");
        repeat.setPromptText("The same PIN again");
        repeat.setMaxWidth(320);
        next = new Button();
        next.setId("both-pins-next");
        next.getStyleClass().add(Styles.ACCENT);
        next.setDefaultButton(true);
        cancel = new Button("Cancel");
        cancel.setId("both-pins-cancel");
        cancel.setCancelButton(true);
    }

    private void layoutParts() {
        CoverCard.fill(this, 560, 10, "both-pins-cover", "consent-cover", kind, CoverCard.heading(dot, title), hint, pin,
                problem(model.pinProblemProperty(), pin, "both-pins-pin-problem"), repeat,
                problem(model.repeatProblemProperty(), repeat, "both-pins-repeat-problem"), new HBox(8, next, cancel));
    }

    private static Label problem(ObservableStringValue text, PasswordField field, String id) {
        Label label = WorkshopSetupView.problem(text, field);
        label.setId(id);
        return label;
    }

    private void bind() {
        pin.textProperty().bindBidirectional(model.pinProperty());
        repeat.textProperty().bindBidirectional(model.repeatProperty());
        next.disableProperty().bind(model.savingProperty());
        // Once the PINs are being stored the choice cannot be called back: the cover stays until it is done.
        cancel.disableProperty().bind(model.savingProperty());
        next.setOnAction(e -> model.next());
        cancel.setOnAction(e -> model.cancel());
        model.askingProperty().addListener((obs, old, party) -> show(party));
    }

    private void show(Party party) {
        if (party == null) {
            return;
        }
        String step = model.stepProperty().get();
        kind.setText(step.isEmpty() ? "Choosing a PIN" : "Choosing PINs: " + step);
        dot.setFill(Color.web(party.colour()));
        title.setText(party.label());
        hint.setText(party.displayName() + ", choose your PIN: it is asked at your handovers and unlocks your "
                + "signature. Only you should see the keyboard now." + (model.last() ? " Nothing is stored before "
                + "you choose: Cancel leaves every PIN as it was." : " Nothing is stored until every party has chosen."));
        next.setText(model.last() ? "Set " + (step.isEmpty() ? "the PIN" : "the PINs") : "Next party");
        Platform.runLater(pin::requestFocus);
    }
}
