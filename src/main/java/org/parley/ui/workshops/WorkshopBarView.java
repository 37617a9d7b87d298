package org.parley.ui.workshops;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.paint.Color;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.parley.domain.Party;
import org.parley.domain.Plurals;
import org.parley.domain.WorkshopSummary;
import org.parley.ui.common.WorkbenchState;

/** The bar across the top: the workshop switcher with its actions, and who is at the table. */
public final class WorkshopBarView extends HBox {

    private final WorkshopsViewModel model;
    private final WorkbenchState state;
    private Label brand;
    private ComboBox<WorkshopSummary> switcher;
    private Button create;
    private Button rename;
    private Button delete;
    private HBox parties;
    private boolean syncing;

    public WorkshopBarView(WorkshopsViewModel model, WorkbenchState state) {
        this.model = model;
        this.state = state;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        brand = new Label("Parley", new FontIcon(Material2AL.GAVEL));
        brand.getStyleClass().addAll(Styles.TITLE_3);
        brand.setId("brand");
        switcher = new ComboBox<>();
        switcher.setId("workshop-switcher");
        switcher.setPrefWidth(300);
        switcher.setCellFactory(list -> new SummaryCell());
        switcher.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(WorkshopSummary item, boolean empty) {
                // Reloading the list empties the value for a moment: the cell keeps naming the workshop in hand.
                super.updateItem(item, empty);
                setText(model.switcherTextProperty().get());
            }
        });
        create = iconButton("new-workshop", Material2AL.ADD, "New workshop");
        rename = iconButton("rename-workshop", Material2AL.EDIT, "Rename workshop");
        delete = iconButton("delete-workshop", Material2AL.DELETE_OUTLINE, "Delete workshop…");
        delete.getStyleClass().add(Styles.DANGER);
        parties = new HBox(16);
        parties.setId("party-badges");
        parties.setAlignment(Pos.CENTER_RIGHT);
    }

    private static Button iconButton(String id, Ikon icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private void layoutParts() {
        Label workshop = new Label("Workshop");
        workshop.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(brand, new Region() {{ setMinWidth(24); }}, workshop, switcher, create, rename, delete,
                spacer, parties);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(10, 16, 10, 16));
        getStyleClass().add("workshop-bar");
    }

    private void bind() {
        switcher.setItems(model.workshops());
        // The skin shows the prompt whenever the value is empty, even while a reload empties it for a moment.
        switcher.promptTextProperty().bind(model.switcherTextProperty());
        model.switcherTextProperty().addListener((obs, old, now) -> switcher.getButtonCell().setText(now));
        switcher.setOnShowing(e -> model.refresh());
        model.currentProperty().addListener((obs, old, now) -> select(now));
        switcher.valueProperty().addListener((obs, old, chosen) -> {
            if (syncing || chosen == null) {
                return;
            }
            if (!model.choose(chosen)) {
                Platform.runLater(() -> select(model.currentProperty().get()));
            }
        });
        create.setOnAction(e -> model.create());
        rename.setOnAction(e -> model.rename());
        delete.setOnAction(e -> model.delete());
        rename.disableProperty().bind(model.currentProperty().isNull());
        delete.disableProperty().bind(model.currentProperty().isNull());
        state.parties().addListener((ListChangeListener<Party>) change -> showParties());
        state.activePartyProperty().addListener((obs, old, now) -> showParties());
        showParties();
    }

    private void select(WorkshopSummary summary) {
        syncing = true;
        try {
            switcher.setValue(summary);
        } finally {
            syncing = false;
        }
    }

    private void showParties() {
        parties.getChildren().clear();
        for (Party party : state.parties()) {
            Circle dot = new Circle(6, Color.web(party.colour()));
            Label name = new Label(party.displayName(), dot);
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label role = new Label(party.roleLabel());
            role.getStyleClass().add(Styles.TEXT_MUTED);
            // A party still named after its role shows the role once, not "CISO CISO".
            role.setVisible(!party.displayName().equalsIgnoreCase(party.roleLabel()));
            role.setManaged(role.isVisible());
            HBox badge = new HBox(6, name, role);
            badge.setAlignment(Pos.CENTER_LEFT);
            badge.setId("party-badge-" + party.seat().number());
            badge.getStyleClass().add("party-badge");
            if (state.activeParty() != null && state.activeParty().id() == party.id()) {
                Label active = new Label("at the laptop");
                active.getStyleClass().addAll(Styles.TEXT_SMALL, "active-party");
                badge.getChildren().add(active);
                badge.setStyle("-fx-border-color: transparent transparent " + party.colour() + " transparent;");
            }
            parties.getChildren().add(badge);
        }
    }

    /** In the drop-down a workshop shows its initiative count; the button shows only its name. */
    private static class SummaryCell extends ListCell<WorkshopSummary> {
        @Override
        protected void updateItem(WorkshopSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.name() + "  \u00B7  " + Plurals.count(item.initiativeCount(), "initiative"));
        }
    }
}
