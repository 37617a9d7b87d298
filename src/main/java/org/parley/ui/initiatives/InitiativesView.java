package org.parley.ui.initiatives;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.Initiative;
import org.parley.ui.ColumnFit;
import org.parley.ui.WrappingCell;

/** The initiatives screen: a filterable, sortable table on the left and the editor on the right. */
public final class InitiativesView extends SplitPane {

    private final InitiativesViewModel model;
    private final InitiativeEditorViewModel editor;
    private static final Duration FILTER_PAUSE = Duration.millis(150);

    private CustomTextField filter;
    private TableView<Initiative> table;
    private Label count;
    private Button add;
    private InitiativeEditorView editorView;
    private boolean syncingSelection;

    public InitiativesView(InitiativesViewModel model) {
        this.model = model;
        this.editor = model.editor();
        createParts();
        layoutParts();
        bind();
    }

    /** Opens the editor on a new initiative with the cursor in its title (Ctrl+N). */
    public void newInitiative() {
        editor.newInitiative();
        if (editor.openProperty().get() && editor.editingProperty().get() == null) {
            editorView.focusTitle();
        }
    }

    /** Puts the cursor in the filter box (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private void createParts() {
        filter = new CustomTextField();
        filter.setId("initiative-filter");
        filter.setPromptText("Filter initiatives (Ctrl+F)");
        filter.setTooltip(new Tooltip("Matches title, category, sponsor and compliance tags"));
        filter.setLeft(new FontIcon(Material2MZ.SEARCH));
        add = new Button("New initiative", new FontIcon(Material2AL.ADD));
        add.setId("new-initiative");
        add.setTooltip(new Tooltip("Add an initiative (Ctrl+N)"));
        count = new Label();
        count.setId("initiative-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        table = createTable();
        editorView = new InitiativeEditorView(editor, model::delete);
    }

    private TableView<Initiative> createTable() {
        TableView<Initiative> view = new TableView<>();
        view.setId("initiatives-table");
        view.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        view.setPlaceholder(new Label("No initiatives match. Clear the filter, or press Ctrl+N to add one."));
        TableColumn<Initiative, String> title = textColumn("Title", Initiative::title, 300);
        TableColumn<Initiative, String> category = textColumn("Category", Initiative::category, 140);
        TableColumn<Initiative, String> sponsor = textColumn("Sponsor", Initiative::sponsor, 150);
        TableColumn<Initiative, BigDecimal> cost = new TableColumn<>("Est. cost");
        cost.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().estimatedCost()));
        cost.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        cost.setPrefWidth(110);
        cost.setCellFactory(c -> new CostCell());
        TableColumn<Initiative, String> tags = textColumn("Compliance", i -> String.join(", ", i.tags()), 170);
        view.getColumns().addAll(List.of(title, category, sponsor, cost, tags));
        // Costs and headers keep their width at any window size and text scale; the text columns give way.
        ColumnFit.install(view);
        return view;
    }

    private static TableColumn<Initiative, String> textColumn(
            String name, Function<Initiative, String> value, double width) {
        TableColumn<Initiative, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(String.CASE_INSENSITIVE_ORDER);
        column.setPrefWidth(width);
        // Names wrap: a title on a laptop screen reads whole rather than ending in an ellipsis.
        column.setCellFactory(WrappingCell.forColumn());
        return column;
    }

    private void layoutParts() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMaxWidth(460);
        HBox toolbar = new HBox(10, filter, count, spacer, add);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(12, 12, 10, 16));
        VBox list = new VBox(toolbar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        list.setMinWidth(420);
        getItems().addAll(list, editorView);
        setDividerPositions(0.66);
        SplitPane.setResizableWithParent(editorView, false);
    }

    /**
     * Hands the typed filter to the model once typing pauses, so that "Nordics 00" filters ten thousand
     * initiatives once, not once per key (decision 0020); Enter filters at once.
     */
    private void bindFilter() {
        PauseTransition typing = new PauseTransition(FILTER_PAUSE);
        typing.setOnFinished(e -> model.filterProperty().set(filter.getText()));
        filter.setText(model.filterProperty().get());
        filter.textProperty().addListener((obs, old, text) -> {
            if (!Objects.equals(text, model.filterProperty().get())) {
                typing.playFromStart();
            }
        });
        filter.setOnAction(e -> {
            typing.stop();
            model.filterProperty().set(filter.getText());
        });
        model.filterProperty().addListener((obs, old, text) -> {
            if (!Objects.equals(text, filter.getText())) {
                typing.stop();
                filter.setText(text);
            }
        });
    }

    private void bind() {
        SortedList<Initiative> sorted = new SortedList<>(model.shownInitiatives());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        bindFilter();
        count.textProperty().bind(model.countTextProperty());
        add.setOnAction(e -> newInitiative());
        add.disableProperty().bind(model.hasWorkshopProperty().not());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (syncingSelection || item == null) {
                return;
            }
            if (!editor.edit(item)) {
                Platform.runLater(() -> select(editor.editingProperty().get()));
            }
        });
        editor.editingProperty().addListener((obs, old, item) -> select(item));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                model.delete();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                editorView.focusTitle();
                e.consume();
            }
        });
    }

    private void select(Initiative initiative) {
        syncingSelection = true;
        try {
            if (initiative == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (Initiative row : table.getItems()) {
                if (row.id() == initiative.id()) {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncingSelection = false;
        }
    }

    /** Costs right-aligned with thousands separators, so magnitudes compare at a glance. */
    private static final class CostCell extends TableCell<Initiative, BigDecimal> {
        private static final NumberFormat FORMAT = NumberFormat.getNumberInstance(Locale.US);

        CostCell() {
            setAlignment(Pos.CENTER_RIGHT);
            getStyleClass().add(Styles.TEXT_MUTED);
        }

        @Override
        protected void updateItem(BigDecimal value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : FORMAT.format(value));
        }
    }
}
