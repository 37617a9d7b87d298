package org.parley.ui.handover;

import javafx.application.Platform;
import javafx.geometry.Pos;
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
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.Party;
import org.parley.ui.common.CoverCard;

/** The lock screen: the window shows it instead of its frame until the party at the laptop is back. */
public final class LockView extends StackPane {

    private final LockViewModel model;
    private Label title;
    private Circle dot;
    private Label who;
    private Label hint;
    private PasswordField pin;
    private Label message;
    private Button unlock;
    private Button handover;

    public LockView(LockViewModel model) {
        this.model = model;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        title = new Label("Locked", new FontIcon(Material2AL.LOCK));
        title.setId("lock-title");
        title.getStyleClass().add(Styles.TITLE_2);
        dot = new Circle(7);
        who = new Label();
        who.setId("lock-party");
        who.getStyleClass().add(Styles.TEXT_BOLD);
        hint = new Label();
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        pin = new PasswordField();
        pin.setId("lock-pin");
        pin.setPromptText("PIN");
        pin.setMaxWidth(240);
        message = new Label();
        message.setId("lock-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        unlock = new Button("Unlock", new FontIcon(Material2AL.LOCK_OPEN));
        unlock.setId("lock-unlock");
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.setDefaultButton(true);
        handover = new Button("Hand over", new FontIcon(Material2MZ.SWAP_HORIZ));
        handover.setId("lock-handover");
    }

    private void layoutParts() {
        HBox party = new HBox(8, dot, who);
        party.setAlignment(Pos.CENTER_LEFT);
        CoverCard.fill(this, 520, 14, "lock-screen", "lock-screen", title, party, hint, pin, message,
                new HBox(8, unlock, handover));
    }

    private void bind() {
        pin.textProperty().bindBidirectional(model.pinProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        unlock.disableProperty().bind(model.checkingProperty());
        handover.disableProperty().bind(model.checkingProperty());
        handover.visibleProperty().bind(model.otherProperty().isNotNull());
        handover.managedProperty().bind(handover.visibleProperty());
        unlock.setOnAction(e -> model.unlock());
        handover.setOnAction(e -> model.handOver());
        model.lockedProperty().addListener((obs, was, now) -> {
            if (now) {
                show(model.atLaptopProperty().get(), model.otherProperty().get());
            }
        });
        show(model.atLaptopProperty().get(), model.otherProperty().get());
    }

    private void show(Party party, Party next) {
        boolean askPin = party != null && party.hasPin();
        dot.setVisible(party != null);
        dot.setManaged(party != null);
        who.setVisible(party != null);
        who.setManaged(party != null);
        pin.setVisible(askPin);
        pin.setManaged(askPin);
        if (party == null) {
            hint.setText("No party had taken the laptop, so nothing private was showing.");
            unlock.setText("Continue");
        } else {
            dot.setFill(Color.web(party.colour()));
            who.setText(party.label() + " has the laptop");
            hint.setText(askPin ? party.displayName() + ", enter your PIN to continue where you left off."
                    : party.displayName() + " has no PIN, so anyone can continue here. Set one under Workshop setup.");
            unlock.setText(askPin ? "Unlock" : "Continue as " + party.roleLabel());
        }
        handover.setText(next == null ? "Hand over" : "Hand over to " + next.displayName());
        Platform.runLater(() -> (askPin ? pin : unlock).requestFocus());
    }
}
