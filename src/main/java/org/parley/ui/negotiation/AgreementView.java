package org.parley.ui.negotiation;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.Agreement;
import org.parley.domain.Party;
import org.parley.domain.Seat;

/** The agreement card: where the version in the form stands, the other versions, the terms and the signatures. */
final class AgreementView extends VBox {

    private final AgreementViewModel model;
    private Label state;
    private Label message;
    private FlowPane versions;
    private Button save;
    private Button amend;
    private FlowPane actions;

    AgreementView(AgreementViewModel model) {
        this.model = model;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        state = new Label();
        state.setId("agreement-state");
        state.getStyleClass().add(Styles.TEXT_BOLD);
        state.setWrapText(true);
        message = new Label();
        message.getStyleClass().add(Styles.WARNING);
        message.setWrapText(true);
        versions = new FlowPane(6, 6);
        versions.setId("agreement-versions");
        save = new Button("Save draft", new FontIcon(Material2MZ.SAVE));
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setId("save-agreement");
        save.getStyleClass().add(Styles.ACCENT);
        amend = new Button("Amend: new version", new FontIcon(Material2AL.EDIT));
        amend.setMinWidth(Region.USE_PREF_SIZE);
        amend.setId("amend-agreement");
        actions = new FlowPane(8, 8);
    }

    private void layoutParts() {
        // A flow, not a row: at 125% text the buttons of a signed version are wider than the form.
        actions.getChildren().setAll(save, amend);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label("Agreement");
        heading.getStyleClass().add(Styles.TITLE_4);
        getChildren().setAll(heading, state, message, versions, new AgreementFormView(model.form()), actions,
                new SignOffsView(model));
        setSpacing(10);
        getStyleClass().add("card");
        setPadding(new Insets(14));
    }

    private void bind() {
        state.textProperty().bind(model.shownStateProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        save.setOnAction(e -> model.saveDraft());
        save.disableProperty().bind(model.form().editableProperty().not());
        amend.setOnAction(e -> model.amend());
        amend.visibleProperty().bind(model.canAmendProperty());
        amend.managedProperty().bind(amend.visibleProperty());
        model.versions().addListener((ListChangeListener<Agreement>) change -> showVersions());
        model.shownProperty().addListener((obs, old, now) -> {
            showVersions();
            showRevokeButtons();
        });
        model.canAmendProperty().addListener((obs, old, now) -> showRevokeButtons());
        model.parties().addListener((ListChangeListener<Party>) change -> showRevokeButtons());
    }

    private void showVersions() {
        versions.getChildren().clear();
        if (model.versions().size() < 2) {
            return;
        }
        Label caption = new Label("Versions:");
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        versions.getChildren().add(caption);
        for (Agreement version : model.versions()) {
            Button button = new Button("v" + version.version() + " \u00B7 " + version.status().label());
            button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            if (model.shownProperty().get() != null && model.shownProperty().get().id() == version.id()) {
                button.getStyleClass().add(Styles.ACCENT);
            }
            button.setOnAction(e -> model.showVersion(version));
            versions.getChildren().add(button);
        }
    }

    private void showRevokeButtons() {
        actions.getChildren().setAll(save, amend);
        Agreement shown = model.shownProperty().get();
        for (Party party : model.parties()) {
            if (model.canAmendProperty().get() && shown != null && shown.revocation(party.seat()) == null) {
                Button revoke = new Button("Revoke as " + party.roleLabel());
                revoke.setMinWidth(Region.USE_PREF_SIZE);
                revoke.setId("revoke-" + party.seat().number());
                revoke.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
                Seat seat = party.seat();
                revoke.setOnAction(e -> model.revoke(seat));
                actions.getChildren().add(revoke);
            }
        }
    }
}
