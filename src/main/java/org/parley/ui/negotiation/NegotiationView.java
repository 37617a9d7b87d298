package org.parley.ui.negotiation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.Agreement;
import org.parley.domain.Analysis;
import org.parley.domain.Assessment;
import org.parley.domain.Note;
import org.parley.domain.Party;
import org.parley.domain.Seat;
import org.parley.domain.ValueScore;
import org.parley.ui.negotiation.ItemsViewModel.Item;

/** The negotiation screen: revealed initiatives on the left; positions, agreement and notes of one on the right. */
public final class NegotiationView extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final NegotiationViewModel model;
    private ListView<Item> list;
    private Label title;
    private Label why;
    private HBox positions;
    private Label state;
    private Label message;
    private FlowPane versions;
    private Button save;
    private Button amend;
    private FlowPane actions;
    private ListView<Note> notes;
    private TextArea newNote;
    private Button addNote;
    private boolean syncing;

    public NegotiationView(NegotiationViewModel model) {
        this.model = model;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        list = new ListView<>();
        list.setId("negotiation-list");
        list.setCellFactory(view -> new ItemCell());
        list.setPlaceholder(new Label("No revealed initiatives yet: reveal scores first."));
        title = new Label();
        title.setId("negotiation-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        why = new Label();
        why.setId("negotiation-why");
        why.setWrapText(true);
        positions = new HBox(12);
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
        notes = new ListView<>();
        notes.setId("notes");
        notes.setPrefHeight(160);
        notes.setCellFactory(view -> new NoteCell());
        notes.setPlaceholder(new Label("No notes yet."));
        newNote = new TextArea();
        newNote.setId("new-note");
        newNote.setPrefRowCount(2);
        newNote.setWrapText(true);
        newNote.setPromptText("A note for the record: a fact, a question, a promise");
        addNote = new Button("Add note", new FontIcon(Material2AL.ADD_COMMENT));
        addNote.setId("add-note");
    }

    private void layoutParts() {
        list.setPrefWidth(330);
        VBox left = new VBox(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        // A flow, not a row: at 125% text the buttons of a signed version are wider than the form.
        actions.getChildren().setAll(save, amend);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox agreement = new VBox(10, heading("Agreement"), state, message, versions,
                new AgreementFormView(model.agreement().form()), actions, new SignOffsView(model.agreement()));
        agreement.getStyleClass().add("card");
        agreement.setPadding(new Insets(14));
        VBox noteBox = new VBox(8, heading("Notes"), notes, newNote, addNote);
        VBox detail = new VBox(14, title, why, positions, agreement, noteBox);
        detail.setPadding(new Insets(16, 24, 24, 24));
        detail.setMaxWidth(980);
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        setLeft(left);
        setCenter(scroll);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private void bind() {
        ItemsViewModel items = model.items();
        AgreementViewModel agreement = model.agreement();
        list.setItems(items.items());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null && !model.select(item)) {
                Platform.runLater(() -> selectInList(items.selectedProperty().get()));
            }
        });
        items.selectedProperty().addListener((obs, old, item) -> {
            selectInList(item);
            title.setText(item == null ? "" : item.title());
        });
        why.textProperty().bind(items.whyProperty());
        items.positionsProperty().addListener((obs, old, now) -> showPositions(now));
        state.textProperty().bind(agreement.shownStateProperty());
        message.textProperty().bind(agreement.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        save.setOnAction(e -> agreement.saveDraft());
        save.disableProperty().bind(agreement.form().editableProperty().not());
        amend.setOnAction(e -> agreement.amend());
        amend.visibleProperty().bind(agreement.canAmendProperty());
        amend.managedProperty().bind(amend.visibleProperty());
        agreement.versions().addListener((ListChangeListener<Agreement>) change -> showVersions());
        agreement.shownProperty().addListener((obs, old, now) -> {
            showVersions();
            showRevokeButtons();
        });
        agreement.canAmendProperty().addListener((obs, old, now) -> showRevokeButtons());
        model.parties().addListener((ListChangeListener<Party>) change -> showRevokeButtons());
        notes.setItems(model.notes().notes());
        newNote.textProperty().bindBidirectional(model.notes().newNoteProperty());
        addNote.setOnAction(e -> model.notes().addNote());
        addNote.disableProperty().bind(model.notes().canAddProperty().not());
    }

    private void selectInList(Item item) {
        syncing = true;
        try {
            if (item == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            list.getItems().stream().filter(i -> i.id() == item.id()).findFirst().ifPresent(i -> {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
            });
        } finally {
            syncing = false;
        }
    }

    private void showPositions(Analysis.Revealed revealed) {
        positions.getChildren().clear();
        if (revealed == null || model.parties().size() < 2) {
            return;
        }
        positions.getChildren().addAll(position(model.parties().get(0), revealed.first()),
                position(model.parties().get(1), revealed.second()));
    }

    private static VBox position(Party party, Assessment assessment) {
        Label who = new Label(party.label(), new Circle(6, Color.web(party.colour())));
        who.getStyleClass().add(Styles.TEXT_BOLD);
        who.setWrapText(true);
        Label scores = new Label(String.format(Locale.ROOT, "Risk %d (%s): likelihood %d × impact %d \u00B7 value %s",
                assessment.riskScore(), assessment.risk().band().label(), assessment.risk().likelihood().score(),
                assessment.risk().impact().score(), ValueScore.format(assessment.value())));
        scores.setWrapText(true);
        Label rationale = new Label(assessment.rationale().isBlank() ? "(no rationale)" : assessment.rationale());
        rationale.setWrapText(true);
        rationale.getStyleClass().add(Styles.TEXT_MUTED);
        VBox card = new VBox(6, who, scores, rationale);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(12));
        card.setId("position-" + party.seat().number());
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private void showVersions() {
        versions.getChildren().clear();
        AgreementViewModel agreement = model.agreement();
        if (agreement.versions().size() < 2) {
            return;
        }
        Label caption = new Label("Versions:");
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        versions.getChildren().add(caption);
        for (Agreement version : agreement.versions()) {
            Button button = new Button("v" + version.version() + " \u00B7 " + version.status().label());
            button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            if (agreement.shownProperty().get() != null && agreement.shownProperty().get().id() == version.id()) {
                button.getStyleClass().add(Styles.ACCENT);
            }
            button.setOnAction(e -> agreement.showVersion(version));
            versions.getChildren().add(button);
        }
    }

    private void showRevokeButtons() {
        actions.getChildren().setAll(save, amend);
        AgreementViewModel agreement = model.agreement();
        Agreement shown = agreement.shownProperty().get();
        for (Party party : model.parties()) {
            if (agreement.canAmendProperty().get() && shown != null && shown.revocation(party.seat()) == null) {
                Button revoke = new Button("Revoke as " + party.roleLabel());
                revoke.setMinWidth(Region.USE_PREF_SIZE);
                revoke.setId("revoke-" + party.seat().number());
                revoke.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
                Seat seat = party.seat();
                revoke.setOnAction(e -> agreement.revoke(seat));
                actions.getChildren().add(revoke);
            }
        }
    }

    /** A revealed initiative: title, where its agreement stands, and its class. */
    private static final class ItemCell extends ListCell<Item> {
        ItemCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            // A long title wraps; with its width given, the label tells the cell how tall the wrapped lines are.
            Label name = new Label(item.title());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            if (getListView() != null) {
                name.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            }
            Label status = new Label(item.status() + (item.exception() ? " \u00B7 exception" : "")
                    + (item.divergence().isEmpty() ? "" : " \u00B7 " + item.divergence()));
            status.getStyleClass().addAll(Styles.TEXT_SMALL, item.exception() ? Styles.DANGER : Styles.TEXT_MUTED);
            status.setWrapText(true);
            setGraphic(new VBox(2, name, status));
            setText(null);
        }
    }

    /** A note: who wrote it, when, and what. */
    private static final class NoteCell extends ListCell<Note> {
        NoteCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Note note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label head = new Label(note.author() + " \u00B7 " + TIME.format(note.writtenAt()));
            head.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label text = new Label(note.text());
            text.setWrapText(true);
            setGraphic(new VBox(2, head, text));
            setText(null);
        }
    }
}
