package org.parley.ui.divergence;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.app.service.QuantService;
import org.parley.domain.Party;
import org.parley.domain.Seat;
import org.parley.domain.quant.Tolerances;
import org.parley.ui.common.LossAmounts;
import org.parley.ui.common.WorkbenchState;

/**
 * The Losses tab under Divergence: both parties' loss exceedance curves against their tolerances, the class in
 * words, the tolerance of the party at the laptop (or the agreed one), and the initiatives by expected loss.
 */
final class LossesPane extends VBox {

    private final LossesViewModel model;
    private final WorkbenchState state;
    private final LossChart chart = new LossChart();
    private final TableView<QuantService.InitiativeLoss> table = new TableView<>();
    private final TableColumn<QuantService.InitiativeLoss, Number> firstColumn = lossColumn(Seat.FIRST);
    private final TableColumn<QuantService.InitiativeLoss, Number> secondColumn = lossColumn(Seat.SECOND);

    LossesPane(LossesViewModel model, WorkbenchState state) {
        super(10);
        this.model = model;
        this.state = state;
        setId("losses");
        setPadding(new Insets(10, 12, 10, 12));

        Button run = new Button("Run simulation", new FontIcon(Material2MZ.PLAY_ARROW));
        run.setId("run-losses");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        CheckBox agreed = new CheckBox("Only signed initiatives that go ahead");
        agreed.setId("losses-agreed-only");
        agreed.selectedProperty().bindBidirectional(model.agreedOnlyProperty());
        Label status = new Label();
        status.setId("losses-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        HBox toolbar = new HBox(12, run, agreed);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        chart.setId("loss-chart");
        // Tall enough to read two curves and two tolerances; on a low screen the tab scrolls instead.
        chart.setMinHeight(320);
        chart.currencyProperty().bind(model.currencyProperty());
        VBox.setVgrow(chart, Priority.ALWAYS);

        ClassChip chip = new ClassChip();
        chip.setId("losses-class");
        chip.divergenceClassProperty().bind(model.divergenceClassProperty());
        chip.visibleProperty().bind(model.divergenceClassProperty().isNotNull());
        chip.managedProperty().bind(chip.visibleProperty());
        chip.setMinWidth(Region.USE_PREF_SIZE);
        Label words = new Label();
        words.setId("losses-words");
        words.setWrapText(true);
        words.setMinHeight(Region.USE_PREF_SIZE);
        words.textProperty().bind(model.wordsProperty());
        VBox reading = new VBox(6, chip, words);

        getChildren().addAll(toolbar, status, chart, reading, toleranceEditor(), initiativesTable());
        bind();
    }

    private VBox toleranceEditor() {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.textProperty().bind(model.toleranceHeadingProperty());
        TextField text = new TextField();
        text.setId("tolerance-text");
        text.setPromptText("1000000:0.1, 10000000:0.01");
        text.textProperty().bindBidirectional(model.toleranceTextProperty());
        text.disableProperty().bind(model.canEditToleranceProperty().not());
        text.setOnAction(e -> model.saveTolerance());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button save = new Button("Save tolerance");
        save.setId("save-tolerance");
        save.disableProperty().bind(model.canEditToleranceProperty().not());
        save.setOnAction(e -> model.saveTolerance());
        HBox row = new HBox(8, text, save);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Points \u201Closs:chance\u201D: the chance that a year's losses exceed the loss must stay "
                + "below the chance, e.g. 1000000:0.1 is \u201Cat most 10% a year above 1 M\u201D.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(4, heading, row, hint);
    }

    private TableView<QuantService.InitiativeLoss> initiativesTable() {
        table.setId("losses-initiatives");
        TableColumn<QuantService.InitiativeLoss, String> title = new TableColumn<>("Initiative");
        title.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().title()));
        title.prefWidthProperty().bind(table.widthProperty().multiply(0.56));
        table.getColumns().add(title);
        table.getColumns().add(firstColumn);
        table.getColumns().add(secondColumn);
        table.setItems(model.initiatives());
        Label empty = new Label("The initiatives with both parties' loss estimates show here after a run.");
        empty.setWrapText(true);
        empty.setPadding(new Insets(0, 12, 0, 12));
        table.setPlaceholder(empty);
        table.setPrefHeight(170);
        table.setMinHeight(120);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private TableColumn<QuantService.InitiativeLoss, Number> lossColumn(Seat seat) {
        TableColumn<QuantService.InitiativeLoss, Number> column = new TableColumn<>();
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().of(seat)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number loss, boolean empty) {
                super.updateItem(loss, empty);
                setText(empty || loss == null ? null : LossAmounts.compact(loss.doubleValue()));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return column;
    }

    private void bind() {
        model.resultProperty().addListener((obs, old, result) -> {
            chart.losses1Property().set(result == null ? null : result.first());
            chart.losses2Property().set(result == null ? null : result.second());
        });
        model.tolerancesProperty().addListener((obs, old, tolerances) -> showTolerances(tolerances));
        state.parties().addListener((ListChangeListener<Party>) change -> showParties());
        showParties();
        showTolerances(model.tolerancesProperty().get());
        firstColumn.textProperty().bind(Bindings.concat(chart.label1Property(), " (", model.currencyProperty(), ")"));
        secondColumn.textProperty().bind(Bindings.concat(chart.label2Property(), " (", model.currencyProperty(), ")"));
    }

    private void showTolerances(Tolerances tolerances) {
        chart.tolerance1Property().set(tolerances == null ? null : tolerances.first());
        chart.tolerance2Property().set(tolerances == null ? null : tolerances.second());
        chart.agreedToleranceProperty().set(tolerances == null ? null : tolerances.agreed());
    }

    private void showParties() {
        if (state.parties().size() < 2) {
            return;
        }
        Party first = state.parties().get(0);
        Party second = state.parties().get(1);
        chart.colour1Property().set(Color.web(first.colour()));
        chart.colour2Property().set(Color.web(second.colour()));
        chart.label1Property().set(first.roleLabel());
        chart.label2Property().set(second.roleLabel());
    }
}
