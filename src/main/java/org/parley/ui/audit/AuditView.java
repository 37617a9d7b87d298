package org.parley.ui.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.ui.ColumnFit;
import org.parley.ui.WrappingCell;

/** The audit screen: every change of the workshop, newest first, and whether the hash chain verifies. */
public final class AuditView extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final AuditViewModel model;
    private TableView<AuditViewModel.Row> table;
    private ComboBox<String> kind;
    private ComboBox<String> actor;
    private CustomTextField search;
    private Button verify;
    private Label chain;
    private Label count;
    private FontIcon chainIcon;

    public AuditView(AuditViewModel model) {
        this.model = model;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        table = new TableView<>();
        table.setId("audit-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Times, event numbers and hashes keep their width; the details column gives way and shows a tooltip.
        ColumnFit.install(table);
        table.setPlaceholder(new Label("No events match the filters."));
        TableColumn<AuditViewModel.Row, Instant> when = new TableColumn<>("When");
        when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().at()));
        when.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : TIME.format(at));
            }
        });
        when.setPrefWidth(165);
        table.getColumns().add(when);
        table.getColumns().add(column("#", r -> Long.toString(r.id()), 50));
        // Who did what reads whole, on two lines if need be; the prose columns give way, with a tooltip.
        table.getColumns().add(wrapping(column("Who", AuditViewModel.Row::actor, 190)));
        table.getColumns().add(wrapping(column("What", AuditViewModel.Row::kind, 170)));
        table.getColumns().add(column("About", AuditViewModel.Row::about, 220));
        table.getColumns().add(column("Hash", AuditViewModel.Row::hash, 100));
        table.getColumns().add(column("Details", AuditViewModel.Row::details, 300));
        kind = new ComboBox<>();
        kind.setId("audit-kind");
        actor = new ComboBox<>();
        actor.setId("audit-actor");
        search = new CustomTextField();
        search.setId("audit-search");
        search.setPromptText("Search the log");
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        verify = new Button("Verify now", new FontIcon(Material2MZ.VERIFIED_USER));
        verify.setId("audit-verify");
        verify.setMinWidth(Region.USE_PREF_SIZE);
        chain = new Label();
        chain.setId("audit-chain");
        chain.setWrapText(true);
        count = new Label();
        count.setId("audit-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Region.USE_PREF_SIZE);
        chainIcon = new FontIcon();
        chain.setGraphic(chainIcon);
    }

    private static TableColumn<AuditViewModel.Row, String> column(String name, Function<AuditViewModel.Row, String> value,
                                                               double width) {
        TableColumn<AuditViewModel.Row, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TextCell());
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<AuditViewModel.Row, String> wrapping(TableColumn<AuditViewModel.Row, String> column) {
        column.setCellFactory(WrappingCell.forColumn());
        return column;
    }

    private void layoutParts() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox filters = new HBox(10, kind, actor, search, count, spacer, verify);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.SOMETIMES);
        VBox top = new VBox(10, chain, filters);
        top.setPadding(new Insets(12, 14, 10, 14));
        setTop(top);
        setCenter(table);
    }

    private void bind() {
        table.setItems(model.rows());
        kind.setItems(model.kinds());
        actor.setItems(model.actors());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        actor.valueProperty().bindBidirectional(model.actorProperty());
        search.textProperty().bindBidirectional(model.searchProperty());
        verify.setOnAction(e -> model.reload());
        chain.textProperty().bind(model.chainProperty());
        count.textProperty().bind(model.countProperty());
        model.intactProperty().addListener((obs, old, ok) -> showChain(ok));
        showChain(model.intactProperty().get());
    }

    private void showChain(boolean ok) {
        chainIcon.setIconCode(ok ? Material2AL.CHECK_CIRCLE : Material2AL.ERROR);
        chain.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        chain.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
    }

    /** A cell whose whole text is a tooltip away when the column is too narrow to show it. */
    private static final class TextCell extends TableCell<AuditViewModel.Row, String> {
        private final Tooltip whole = new Tooltip();

        TextCell() {
            whole.setWrapText(true);
            whole.setMaxWidth(520);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            whole.setText(text);
            setTooltip(empty || text == null || text.length() < 16 ? null : whole);
        }
    }
}
