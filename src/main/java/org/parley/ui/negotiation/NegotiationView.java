package org.parley.ui.negotiation;

import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import atlantafx.base.theme.Styles;
import org.parley.domain.Analysis;
import org.parley.domain.Assessment;
import org.parley.domain.Party;
import org.parley.domain.ValueScore;
import org.parley.ui.negotiation.ItemsViewModel.Item;

/** The negotiation screen: revealed initiatives on the left; positions, agreement and notes of one on the right. */
public final class NegotiationView extends BorderPane {

    private final NegotiationViewModel model;
    private ListView<Item> list;
    private Label title;
    private Label why;
    private HBox positions;
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
    }

    private void layoutParts() {
        list.setPrefWidth(330);
        VBox left = new VBox(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        VBox detail = new VBox(14, title, why, positions, new AgreementView(model.agreement()),
                new NotesView(model.notes()));
        detail.setPadding(new Insets(16, 24, 24, 24));
        detail.setMaxWidth(980);
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        setLeft(left);
        setCenter(scroll);
    }

    private void bind() {
        ItemsViewModel items = model.items();
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
}
