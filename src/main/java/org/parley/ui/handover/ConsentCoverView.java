package org.parley.ui.handover;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.Party;
import org.parley.ui.common.CoverCard;

/**
 * The full-window cover behind which the party not at the keyboard agrees or signs. The window shows it instead
 * of its frame, so while that party types its PIN nothing of the active party's screen is in the window.
 */
public final class ConsentCoverView extends StackPane {

    private final ConsentCoverViewModel model;
    private Label kind;
    private Circle dot;
    private Label title;
    private Label request;
    private Label hint;
    private PasswordField pin;
    private Label message;
    private Button agree;
    private Button cancel;

    public ConsentCoverView(ConsentCoverViewModel model) {
        this.model = model;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        kind = new Label("", new FontIcon(Material2MZ.VERIFIED_USER));
        kind.getStyleClass().add("eyebrow");
        dot = new Circle(10);
        title = new Label();
        title.setId("consent-title");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        request = new Label();
        request.setId("consent-request");
        request.setWrapText(true);
        hint = new Label();
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        pin = new PasswordField();
        pin.setId("consent-pin");
        pin.setPromptText("PIN");
        pin.setMaxWidth(240);
        message = new Label();
        message.setId("consent-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        agree = new Button("Agree", new FontIcon(Material2MZ.VERIFIED_USER));
        agree.setId("consent-agree");
        agree.getStyleClass().add(Styles.ACCENT);
        agree.setDefaultButton(true);
        cancel = new Button("Cancel");
        cancel.setId("consent-cancel");
        cancel.setCancelButton(true);
    }

    private void layoutParts() {
        CoverCard.fill(this, 560, 14, "consent-cover", "consent-cover", kind, CoverCard.heading(dot, title), request,
                hint, pin, message, new HBox(8, agree, cancel));
    }

    private void bind() {
        kind.textProperty().bind(model.kindProperty());
        request.textProperty().bind(model.requestProperty());
        hint.textProperty().bind(model.hintProperty());
        agree.textProperty().bind(model.agreeTextProperty());
        pin.textProperty().bindBidirectional(model.pinProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        agree.disableProperty().bind(model.checkingProperty());
        // A signature being checked may already be made: it cannot be called back.
        cancel.disableProperty().bind(model.checkingProperty());
        agree.setOnAction(e -> model.agree());
        cancel.setOnAction(e -> model.cancel());
        model.askingProperty().addListener((obs, old, party) -> show(party));
        show(model.askingProperty().get());
    }

    private void show(Party party) {
        if (party == null) {
            return;
        }
        dot.setFill(Color.web(party.colour()));
        title.setText(party.label());
        pin.setVisible(party.hasPin());
        pin.setManaged(party.hasPin());
        Platform.runLater(() -> (party.hasPin() ? pin : agree).requestFocus());
    }
}
