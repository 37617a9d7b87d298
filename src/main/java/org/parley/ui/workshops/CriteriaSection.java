package org.parley.ui.workshops;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Workshop setup's value criteria: a row for each criterion with its name, weight and share, and the buttons that
 * add, save and revert them. Its nodes stand in the setup's column, between the parties and the idle lock.
 */
final class CriteriaSection {

    private final CriteriaViewModel criteria;
    private Label intro;
    private Label locked;
    private GridPane grid;
    private Button add;
    private Button save;
    private Button revert;
    private Label problem;
    private List<Node> nodes;

    CriteriaSection(CriteriaViewModel criteria) {
        this.criteria = criteria;
        createParts();
        layoutParts();
        bind();
    }

    /** The section's nodes, heading first, to add to the setup's column. */
    List<Node> nodes() {
        return nodes;
    }

    private void createParts() {
        intro = WorkshopSetupView.muted("Innovation value is the weighted mean of these 1–5 scores. Weights are "
                + "relative: only their shares count.");
        grid = new GridPane();
        grid.setId("criteria-grid");
        grid.setHgap(10);
        grid.setVgap(6);
        add = new Button("Add criterion", new FontIcon(Material2AL.ADD));
        add.setId("add-criterion");
        save = new Button("Save criteria", new FontIcon(Material2MZ.SAVE));
        save.setId("save-criteria");
        save.getStyleClass().add(Styles.ACCENT);
        revert = new Button("Revert", new FontIcon(Material2MZ.UNDO));
        problem = new Label();
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        locked = new Label("Scoring has started: the criteria can be renamed and reweighed, with both "
                + "parties' agreement, but none added or removed, so that every assessment is scored on the same ones.");
        locked.setId("criteria-locked");
        locked.setWrapText(true);
        locked.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
    }

    private void layoutParts() {
        HBox buttons = new HBox(8, add, save, revert, problem);
        buttons.setAlignment(Pos.CENTER_LEFT);
        nodes = List.of(WorkshopSetupView.heading("Value criteria"), intro, locked, grid, buttons);
    }

    private void bind() {
        locked.visibleProperty().bind(criteria.lockedProperty());
        locked.managedProperty().bind(locked.visibleProperty());
        add.disableProperty().bind(criteria.lockedProperty());
        save.disableProperty().bind(criteria.dirtyProperty().not());
        revert.disableProperty().bind(criteria.dirtyProperty().not());
        problem.textProperty().bind(criteria.problemProperty());
        add.setOnAction(e -> criteria.add());
        save.setOnAction(e -> criteria.save());
        revert.setOnAction(e -> criteria.revert());
        criteria.rows().addListener((ListChangeListener<CriteriaViewModel.Row>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                rebuild();
            } else {
                refreshShares();
            }
        });
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.addRow(0, WorkshopSetupView.muted("Criterion"), WorkshopSetupView.muted("Weight"),
                WorkshopSetupView.muted("Share"), new Label());
        int row = 1;
        for (CriteriaViewModel.Row criterion : criteria.rows()) {
            TextField name = new TextField();
            name.setId("criterion-name-" + row);
            name.setPrefColumnCount(22);
            name.textProperty().bindBidirectional(criterion.nameProperty());
            TextField weight = new TextField();
            weight.setId("criterion-weight-" + row);
            weight.setPrefColumnCount(5);
            weight.textProperty().bindBidirectional(criterion.weightProperty());
            Label share = new Label(criteria.share(criterion));
            share.setUserData(criterion);
            share.getStyleClass().add("criterion-share");
            Button remove = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER);
            remove.setOnAction(e -> criteria.remove(criterion));
            remove.disableProperty().bind(criteria.lockedProperty());
            grid.addRow(row++, name, weight, share, remove);
        }
    }

    private void refreshShares() {
        grid.getChildren().stream()
                .filter(node -> node.getStyleClass().contains("criterion-share"))
                .forEach(node -> ((Label) node).setText(criteria.share((CriteriaViewModel.Row) node.getUserData())));
    }
}
