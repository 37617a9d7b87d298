package org.parley.ui.handover;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.Party;
import org.parley.ui.common.CoverCard;

/** The full-window handover screen: it covers everything until the arriving party has confirmed. */
public final class HandoverView extends StackPane {

    private final HandoverViewModel model;
    private Label title;
    private Label hint;
    private PasswordField pin;
    private Label message;
    private Button confirm;
    private Button cancel;
    private Circle dot;

    public HandoverView(HandoverViewModel model) {
        this.model = model;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        dot = new Circle(10);
        title = new Label();
        title.setId("handover-title");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        hint = new Label();
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        pin = new PasswordField();
        pin.setId("handover-pin");
        pin.setPromptText("PIN");
        pin.setMaxWidth(220);
        message = new Label();
        message.setId("handover-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        confirm = new Button("Continue", new FontIcon(Material2MZ.VERIFIED_USER));
        confirm.setId("handover-confirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setDefaultButton(true);
        cancel = new Button("Cancel");
        cancel.setId("handover-cancel");
        cancel.setCancelButton(true);
    }

    private void layoutParts() {
        CoverCard.fill(this, 520, 14, "handover", null, CoverCard.heading(dot, title), hint, pin, message,
                new HBox(8, confirm, cancel));
    }

    private void bind() {
        visibleProperty().bind(model.targetProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        pin.textProperty().bindBidirectional(model.pinProperty());
        message.textProperty().bind(model.messageProperty());
        confirm.disableProperty().bind(model.checkingProperty());
        confirm.setOnAction(e -> model.confirm());
        cancel.setOnAction(e -> model.cancel());
        pin.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.confirm();
                e.consume();
            }
        });
        model.targetProperty().addListener((obs, old, party) -> show(party));
        show(model.targetProperty().get());
    }

    private void show(Party party) {
        if (party == null) {
            return;
        }
        dot.setFill(Color.web(party.colour()));
        title.setText("Pass the laptop to " + party.displayName());
        confirm.setText("I am " + party.displayName() + ": continue");
        pin.setVisible(party.hasPin());
        pin.setManaged(party.hasPin());
        hint.setText(party.hasPin()
                ? party.label() + ", enter your PIN. The other party's scores stay hidden until the reveal."
                : party.label() + " has no PIN. Set one under Workshop setup to keep your scores private "
                        + "when the laptop is shared.");
        Platform.runLater(() -> (party.hasPin() ? pin : confirm).requestFocus());
    }

}
