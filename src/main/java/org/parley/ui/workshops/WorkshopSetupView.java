package org.parley.ui.workshops;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The set-up of the workshop in hand: who the two parties are. */
public final class WorkshopSetupView extends ScrollPane {

    private final PartiesViewModel parties;
    private VBox content;
    private Button save;
    private Button revert;

    public WorkshopSetupView(PartiesViewModel parties) {
        this.parties = parties;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        save = new Button("Save parties", new FontIcon(Material2MZ.SAVE));
        save.setId("save-parties");
        save.getStyleClass().add(Styles.ACCENT);
        revert = new Button("Revert", new FontIcon(Material2MZ.UNDO));
        revert.setId("revert-parties");
    }

    private void layoutParts() {
        Label heading = new Label("Parties");
        heading.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label("The two people negotiating. The role labels name the parties' columns in the "
                + "exported register, so each party needs its own.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        HBox cards = new HBox(16, partyCard(0), partyCard(1));
        HBox buttons = new HBox(8, save, revert);
        content = new VBox(12, heading, intro, cards, buttons);
        content.setPadding(new Insets(20, 24, 24, 24));
        content.setMaxWidth(900);
        setContent(content);
        setFitToWidth(true);
    }

    private VBox partyCard(int index) {
        PartiesViewModel.PartyForm form = parties.form(index);
        Circle dot = new Circle(7);
        dot.fillProperty().bind(Bindings.createObjectBinding(() -> Color.web(form.colourProperty().get()),
                form.colourProperty()));
        Label seat = new Label("Seat " + (index + 1), dot);
        seat.getStyleClass().add(Styles.TEXT_BOLD);
        TextField name = new TextField();
        name.setId("party-" + (index + 1) + "-name");
        name.textProperty().bindBidirectional(form.displayNameProperty());
        TextField role = new TextField();
        role.setId("party-" + (index + 1) + "-role");
        role.textProperty().bindBidirectional(form.roleLabelProperty());
        VBox card = new VBox(6, seat,
                new Label("Display name"), name, problem(form.displayNameProblemProperty(), name),
                new Label("Role label"), role, problem(form.roleLabelProblemProperty(), role));
        card.getStyleClass().add("card");
        card.setPadding(new Insets(14));
        card.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private static Label problem(javafx.beans.value.ObservableStringValue text, TextField field) {
        Label label = new Label();
        label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.textProperty().addListener((obs, old, now) ->
                field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        return label;
    }

    private void bind() {
        var anyDirty = parties.form(0).dirtyProperty().or(parties.form(1).dirtyProperty());
        save.disableProperty().bind(anyDirty.not());
        revert.disableProperty().bind(anyDirty.not());
        save.setOnAction(e -> parties.save());
        revert.setOnAction(e -> parties.revert());
    }
}
