package org.parley.ui.divergence;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.Appetites;
import org.parley.domain.Party;
import org.parley.ui.common.WorkbenchState;

/** Sets a frontier by dragging its points or with spinners, with an optional hard cap. */
final class AppetitePanel extends VBox {

    private final AppetitesViewModel model;
    private final WorkbenchState state;
    private final List<ObjectProperty<Integer>> spinnerValues = new ArrayList<>();
    private ObjectProperty<Integer> capValue;
    private Label heading;
    private Label status;
    private FrontierEditor chart;
    private final List<Spinner<Integer>> levels = new ArrayList<>();
    private CheckBox capped;
    private Spinner<Integer> cap;
    private Label problem;
    private Button save;
    private Button revert;
    private Button reveal;
    private ToggleButton own;
    private ToggleButton agreed;

    AppetitePanel(AppetitesViewModel model, WorkbenchState state) {
        this.model = model;
        this.state = state;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        heading = new Label();
        heading.setId("appetite-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        // The heading names the party and may be long: it wraps, and the Mine/Agreed toggles keep their words.
        heading.setWrapText(true);
        heading.setMaxWidth(Double.MAX_VALUE);
        status = new Label();
        status.setWrapText(true);
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        chart = new FrontierEditor();
        chart.setId("appetite-chart");
        chart.setPrefHeight(250);
        chart.setMinHeight(200);
        for (int value = 1; value <= 5; value++) {
            Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 25, 1));
            spinner.setId("appetite-level-" + value);
            spinner.setEditable(true);
            spinner.setPrefWidth(78);
            levels.add(spinner);
        }
        capped = new CheckBox("Hard cap: never above");
        capped.setId("appetite-capped");
        cap = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 25, 20));
        cap.setId("appetite-cap");
        cap.setEditable(true);
        cap.setPrefWidth(78);
        problem = new Label();
        problem.setWrapText(true);
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        save = new Button("Save appetite", new FontIcon(Material2MZ.SAVE));
        save.setId("save-appetite");
        save.getStyleClass().add(Styles.ACCENT);
        revert = new Button("Revert", new FontIcon(Material2MZ.UNDO));
        reveal = new Button("Reveal both appetites", new FontIcon(Material2MZ.VISIBILITY));
        reveal.setId("reveal-appetites");
        ToggleGroup whose = new ToggleGroup();
        own = new ToggleButton("Mine");
        own.setId("edit-own-appetite");
        own.setToggleGroup(whose);
        agreed = new ToggleButton("Agreed");
        agreed.setId("edit-agreed-appetite");
        agreed.setToggleGroup(whose);
        own.getStyleClass().add(Styles.LEFT_PILL);
        agreed.getStyleClass().add(Styles.RIGHT_PILL);
    }

    private void layoutParts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("appetite-levels");
        grid.setHgap(8);
        grid.setVgap(4);
        for (int i = 0; i < levels.size(); i++) {
            Label label = new Label("Value " + (i + 1));
            label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            grid.add(label, i, 0);
            grid.add(levels.get(i), i, 1);
        }
        Label hint = new Label("Highest risk score accepted at each value; drag the points or use the arrows.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox capRow = new HBox(8, capped, cap);
        capRow.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, save, revert);
        HBox toggles = new HBox(own, agreed);
        toggles.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(12, heading, toggles);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, status, chart, hint, grid, capRow, problem, buttons, reveal);
        setSpacing(8);
        setPadding(new Insets(12));
    }

    private void bind() {
        for (int i = 0; i < levels.size(); i++) {
            ObjectProperty<Integer> value = model.draft().levelProperty(i + 1).asObject();
            spinnerValues.add(value);
            levels.get(i).getValueFactory().valueProperty().bindBidirectional(value);
            levels.get(i).disableProperty().bind(model.draft().canEditProperty().not());
        }
        capValue = model.draft().capProperty().asObject();
        cap.getValueFactory().valueProperty().bindBidirectional(capValue);
        capped.selectedProperty().bindBidirectional(model.draft().cappedProperty());
        capped.disableProperty().bind(model.draft().canEditProperty().not());
        cap.disableProperty().bind(model.draft().canEditProperty().not().or(model.draft().cappedProperty().not()));
        heading.textProperty().bind(model.headingProperty());
        status.textProperty().bind(model.statusProperty());
        problem.textProperty().bind(model.draft().problemProperty());
        save.disableProperty().bind(model.draft().canSaveProperty().not());
        revert.disableProperty().bind(model.draft().dirtyProperty().not());
        save.setOnAction(e -> model.save());
        revert.setOnAction(e -> model.revert());
        reveal.visibleProperty().bind(model.canRevealProperty());
        reveal.managedProperty().bind(reveal.visibleProperty());
        reveal.setOnAction(e -> model.reveal());
        agreed.disableProperty().bind(model.canEditAgreedProperty().not());
        own.disableProperty().bind(state.activePartyProperty().isNull());
        own.setOnAction(e -> choose(own, state.activeParty() == null ? null : AppetiteHolder.of(state.activeParty().seat())));
        agreed.setOnAction(e -> choose(agreed, AppetiteHolder.AGREED));
        chart.editableProperty().bind(model.draft().canEditProperty());
        model.draft().frontierProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(chart.frontierProperty().get())) {
                chart.frontierProperty().set(now);
            }
        });
        chart.frontierProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.draft().frontierProperty().get())) {
                model.draft().setFrontier(now);
            }
        });
        model.editingProperty().addListener((obs, old, now) -> showEditing());
        model.appetitesProperty().addListener((obs, old, now) -> showReferences());
        state.parties().addListener((ListChangeListener<Party>) change -> showReferences());
        showEditing();
        showReferences();
    }

    private void choose(ToggleButton button, AppetiteHolder holder) {
        if (holder == null || model.editingProperty().get() == holder) {
            button.setSelected(true);
            return;
        }
        // The toggle shows the appetite in the editor until the editor has switched, after a save if one was chosen.
        showEditing();
        model.edit(holder);
    }

    private void showEditing() {
        AppetiteHolder holder = model.editingProperty().get();
        own.setSelected(holder == AppetiteHolder.FIRST || holder == AppetiteHolder.SECOND);
        agreed.setSelected(holder == AppetiteHolder.AGREED);
        chart.colourProperty().set(colourOf(holder));
        if (model.draft().frontierProperty().get() != null) {
            chart.frontierProperty().set(model.draft().frontierProperty().get());
        }
        showReferences();
    }

    /** The frontiers the active party may see, other than the one being edited, drawn faintly for comparison. */
    private void showReferences() {
        Appetites visible = model.appetitesProperty().get();
        AppetiteHolder holder = model.editingProperty().get();
        List<ReferenceFrontier> references = new ArrayList<>();
        if (visible != null) {
            for (Party party : state.parties()) {
                AppetiteHolder other = AppetiteHolder.of(party.seat());
                if (other != holder && visible.of(party.seat()) != null) {
                    references.add(new ReferenceFrontier(party.roleLabel(), visible.of(party.seat()),
                            Color.web(party.colour())));
                }
            }
            if (holder != AppetiteHolder.AGREED && visible.agreed() != null) {
                references.add(new ReferenceFrontier("agreed", visible.agreed(),
                        DivergenceStyles.NEUTRAL_INK));
            }
        }
        chart.referencesProperty().set(references);
    }

    private Color colourOf(AppetiteHolder holder) {
        if (holder == null || holder == AppetiteHolder.AGREED) {
            return DivergenceStyles.NEUTRAL_INK;
        }
        return state.parties().stream().filter(p -> AppetiteHolder.of(p.seat()) == holder).findFirst()
                .map(p -> Color.web(p.colour())).orElse(DivergenceStyles.NEUTRAL_INK);
    }
}
