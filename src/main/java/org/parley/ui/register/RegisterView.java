package org.parley.ui.register;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.Band;
import org.parley.domain.Decision;
import org.parley.domain.Party;
import org.parley.domain.RegisterRow;
import org.parley.domain.Treatment;
import org.parley.ui.ColumnFit;
import org.parley.ui.WrappingCell;
import org.parley.ui.common.WorkbenchState;

/**
 * The agreed risk register: one row per initiative with its current signed agreement, in the columns of the
 * CSV export. Exceptions and overdue reviews stand out; a double-click opens the negotiation.
 */
public final class RegisterView extends BorderPane {

    private static final PseudoClass EXCEPTION = PseudoClass.getPseudoClass("exception");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final DateTimeFormatter SIGNED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final RegisterViewModel model;
    private final WorkbenchState state;
    private TableView<RegisterRow> table;
    private Label summary;

    public RegisterView(RegisterViewModel model, WorkbenchState state) {
        this.model = model;
        this.state = state;
        build();
    }

    private void build() {
        table = new TableView<>();
        table.setId("register-table");
        table.getStyleClass().add(Styles.STRIPED);
        table.setPlaceholder(new Label("No signed agreements match. Agree on initiatives under Negotiation."));
        table.setItems(model.rows());
        table.setRowFactory(view -> {
            TableRow<RegisterRow> row = new TableRow<>() {
                @Override
                protected void updateItem(RegisterRow item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean exception = !empty && item != null && item.agreement() != null && item.agreement().isException();
                    pseudoClassStateChanged(EXCEPTION, exception);
                    pseudoClassStateChanged(OVERDUE, !empty && item != null && model.overdue(item));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        state.parties().addListener((ListChangeListener<Party>) change -> columns());
        columns();
        // The register scrolls sideways, as a spreadsheet does; but no header or number is cut short.
        ColumnFit.install(table);
        summary = new Label();
        summary.setId("register-summary");
        summary.textProperty().bind(model.summaryProperty());
        setTop(toolbar());
        setCenter(table);
    }

    private VBox toolbar() {
        ComboBox<Decision> decision = filterBox("register-decision", "Any decision", Decision.values(), Decision::label);
        decision.valueProperty().bindBidirectional(model.decisionProperty());
        ComboBox<Treatment> treatment = filterBox("register-treatment", "Any treatment", Treatment.values(),
                Treatment::label);
        treatment.valueProperty().bindBidirectional(model.treatmentProperty());
        ComboBox<Band> band = filterBox("register-band", "Any residual band", Band.values(), Band::label);
        band.valueProperty().bindBidirectional(model.bandProperty());
        CheckBox exceptions = new CheckBox("Exceptions");
        exceptions.setId("register-exceptions");
        exceptions.selectedProperty().bindBidirectional(model.exceptionsOnlyProperty());
        CheckBox overdue = new CheckBox("Overdue reviews");
        overdue.setId("register-overdue");
        overdue.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        CustomTextField owner = new CustomTextField();
        owner.setId("register-owner");
        owner.setPromptText("Risk owner");
        owner.setLeft(new FontIcon(Material2MZ.PERSON_SEARCH));
        owner.textProperty().bindBidirectional(model.ownerProperty());
        FlowPane filters = new FlowPane(8, 8, decision, treatment, band, owner, exceptions, overdue);
        filters.setAlignment(Pos.CENTER_LEFT);
        // This option shapes the file only; it sits with the export, after a divider, so nobody reads it as a filter.
        CheckBox all = new CheckBox("Also export initiatives not yet agreed");
        all.setId("export-all");
        all.setTooltip(new Tooltip("The exported file gets a row for every initiative; the table above keeps showing"
                + " signed agreements only."));
        all.selectedProperty().bindBidirectional(model.includeUnagreedProperty());
        CheckBox bom = new CheckBox("UTF-8 BOM (for Excel)");
        bom.setId("export-bom");
        bom.selectedProperty().bindBidirectional(model.byteOrderMarkProperty());
        Button export = new Button("Export register…", new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("export-register");
        export.getStyleClass().add(Styles.ACCENT);
        export.setOnAction(e -> model.export());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        summary.setWrapText(true);
        for (Region whole : List.of(all, bom, export)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label exportOptions = new Label("Export:");
        exportOptions.getStyleClass().add(Styles.TEXT_MUTED);
        exportOptions.setMinWidth(Region.USE_PREF_SIZE);
        HBox second = new HBox(12, summary, spacer, new Separator(Orientation.VERTICAL), exportOptions, all, bom, export);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(10, filters, second);
        top.setPadding(new Insets(12, 14, 10, 14));
        return top;
    }

    private static <T> ComboBox<T> filterBox(String id, String any, T[] values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(FXCollections.observableArrayList(values));
        box.setPromptText(any);
        box.setCellFactory(list -> cell(any, label));
        box.setButtonCell(cell(any, label));
        return box;
    }

    private static <T> ListCell<T> cell(String any, Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? any : label.apply(item));
            }
        };
    }

    private void columns() {
        table.getColumns().clear();
        // Names wrap within their columns; the table scrolls sideways for the rest, as a spreadsheet does.
        // Every cell is the row's own, as the exported register writes it; only dates and yes/no read for people.
        addWrapping("Initiative", 230, r -> r.cell("initiative"));
        addWrapping("Category", 120, r -> r.cell("category"));
        addWrapping("Sponsor", 130, r -> r.cell("sponsor"));
        for (Party party : state.parties()) {
            String seat = "party" + party.seat().number();
            TableColumn<RegisterRow, String> group = new TableColumn<>(party.roleLabel() + " scores");
            group.getColumns().add(column("Value", 64, r -> r.cell(seat + "_value")));
            group.getColumns().add(column("Likelihood", 100, r -> r.cell(seat + "_likelihood")));
            group.getColumns().add(column("Impact", 80, r -> r.cell(seat + "_impact")));
            table.getColumns().add(group);
        }
        add("Agreed value", 125, r -> r.cell("agreed_value"));
        add("Inherent", 120, r -> r.cell("inherent_score") + " " + r.cell("inherent_band"));
        add("Residual", 120, r -> r.cell("residual_score") + " " + r.cell("residual_band"));
        add("Within agreed appetite", 170, r -> Boolean.parseBoolean(r.cell("within_agreed_appetite")) ? "yes"
                : r.agreement().isException() ? "no (exception)" : "no");
        add("Decision", 160, r -> r.cell("decision"));
        add("Treatment", 90, r -> r.cell("treatment"));
        add("Conditions", 260, r -> r.cell("conditions"));
        add("Risk owner", 160, r -> r.cell("risk_owner"));
        add("Review date", 100, r -> r.cell("review_date") + (model.overdue(r) ? "  overdue" : ""));
        add("Rationale", 280, r -> r.cell("rationale"));
        for (Party party : state.parties()) {
            add(party.roleLabel() + " signed", 130, r -> SIGNED.format(r.signedAt(party.seat())));
        }
        add("Version", 70, r -> r.cell("version"));
    }

    private void add(String name, double width, Function<RegisterRow, String> value) {
        table.getColumns().add(column(name, width, value));
    }

    private void addWrapping(String name, double width, Function<RegisterRow, String> value) {
        TableColumn<RegisterRow, String> column = column(name, width, value);
        column.setCellFactory(WrappingCell.forColumn());
        table.getColumns().add(column);
    }

    private static TableColumn<RegisterRow, String> column(String name, double width,
                                                           Function<RegisterRow, String> value) {
        TableColumn<RegisterRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().agreement() == null ? ""
                : value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
