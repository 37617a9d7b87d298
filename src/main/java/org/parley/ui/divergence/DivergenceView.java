package org.parley.ui.divergence;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import atlantafx.base.theme.Styles;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.parley.domain.Appetites;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Party;
import org.parley.ui.common.WorkbenchState;

/**
 * The divergence screen: the map of both parties' scores against their frontiers, the heatmaps, the
 * contested initiatives hardest first, the appetites and the portfolio agreement.
 */
public final class DivergenceView extends BorderPane {

    private final DivergenceViewModel model;
    private final AppetitesViewModel appetites;
    private final LossesViewModel losses;
    private final WorkbenchState state;
    private DivergenceMap map;
    private Heatmap firstHeatmap;
    private Heatmap secondHeatmap;
    private Heatmap differenceHeatmap;
    private ListView<DivergenceViewModel.Contested> contested;
    private GridPane agreement;
    private Label classCounts;
    private Label note;
    private Button export;
    private FlowPane filters;
    private TabPane side;

    public DivergenceView(DivergenceViewModel model, AppetitesViewModel appetites, LossesViewModel losses,
                          WorkbenchState state) {
        this.model = model;
        this.appetites = appetites;
        this.losses = losses;
        this.state = state;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        map = new DivergenceMap();
        map.setId("divergence-map");
        firstHeatmap = new Heatmap();
        firstHeatmap.setId("heatmap-first");
        secondHeatmap = new Heatmap();
        secondHeatmap.setId("heatmap-second");
        differenceHeatmap = new Heatmap();
        differenceHeatmap.setId("heatmap-difference");
        contested = new ListView<>();
        contested.setId("contested-list");
        contested.setCellFactory(list -> new ContestedCell());
        contested.setPlaceholder(new Label("Nothing contested among the shown classes."));
        agreement = new GridPane();
        agreement.setId("portfolio-agreement");
        agreement.setHgap(14);
        agreement.setVgap(6);
        classCounts = new Label();
        classCounts.setId("class-counts");
        classCounts.setWrapText(true);
        note = new Label();
        note.setId("divergence-note");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        note.setWrapText(true);
        export = new Button("Export map as PNG…", new FontIcon(Material2AL.IMAGE));
        export.setId("export-map");
        filters = new FlowPane(6, 6);
        filters.setId("class-filters");
        for (DivergenceClass c : DivergenceClass.values()) {
            ToggleButton chip = new ToggleButton(DivergenceStyles.labelOf(c));
            chip.setId("filter-" + c.jsonName());
            chip.getStyleClass().addAll(Styles.SMALL, "class-filter");
            chip.setStyle("-fx-border-color: " + web(DivergenceStyles.colourOf(c)) + "; -fx-border-width: 0 0 3 0;");
            chip.selectedProperty().bindBidirectional(model.classShownProperty(c));
            filters.getChildren().add(chip);
        }
    }

    private void layoutParts() {
        Label show = new Label("Show");
        show.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(10, show, filters, spacer, export);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(10, 14, 10, 14));
        HBox.setHgrow(filters, Priority.ALWAYS);
        VBox mapBox = new VBox(6, map, note);
        VBox.setVgrow(map, Priority.ALWAYS);
        mapBox.setPadding(new Insets(8));
        // The three heatmaps wrap onto a second line when the pane is narrow: scrolling down, never sideways.
        FlowPane heatmaps = new FlowPane(18, 18, firstHeatmap, secondHeatmap, differenceHeatmap);
        heatmaps.setPadding(new Insets(16));
        ScrollPane heatmapScroll = new ScrollPane(heatmaps);
        heatmapScroll.setFitToWidth(true);
        TabPane views = new TabPane(tab("Map", mapBox, "tab-map"), tab("Heatmaps", heatmapScroll, "tab-heatmaps"),
                tab("Losses", lossesScroll(), "tab-losses"));
        Label portfolioTitle = new Label("Cohen's kappa between the parties over the revealed initiatives");
        portfolioTitle.setWrapText(true);
        portfolioTitle.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox portfolio = new VBox(10, portfolioTitle, agreement, classCounts);
        portfolio.setPadding(new Insets(12));
        ScrollPane appetiteScroll = new ScrollPane(new AppetitePanel(appetites, state));
        appetiteScroll.setFitToWidth(true);
        side = new TabPane(tab("Contested", contested, "tab-contested"), tab("Appetite", appetiteScroll, "tab-appetite"),
                tab("Agreement", portfolio, "tab-agreement"));
        side.setMinWidth(360);
        SplitPane split = new SplitPane(views, side);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(side, false);
        setTop(toolbar);
        setCenter(split);
    }

    /** The losses scroll down on a low screen rather than squeeze their words; the chart takes what is left. */
    private ScrollPane lossesScroll() {
        ScrollPane scroll = new ScrollPane(new LossesPane(losses, state));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    private static Tab tab(String title, Node content, String id) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private void bind() {
        map.itemsProperty().bind(model.itemsProperty());
        map.shownClassesProperty().bind(model.shownClassesProperty());
        map.selectedIdProperty().bindBidirectional(model.selectedProperty());
        contested.setItems(model.contested());
        contested.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row.id());
            }
        });
        model.selectedProperty().addListener((obs, old, id) -> selectContested(id.longValue()));
        classCounts.textProperty().bind(model.classCountsProperty());
        note.textProperty().bind(model.noteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        export.setOnAction(e -> model.exportMap(file -> map.exportPng(file, 1600, 1000)));
        model.agreement().addListener((ListChangeListener<DivergenceViewModel.AgreementRow>) change -> showAgreement());
        model.firstCountsProperty().addListener((obs, old, counts) -> firstHeatmap.setCounts(counts));
        model.secondCountsProperty().addListener((obs, old, counts) -> secondHeatmap.setCounts(counts));
        model.differencesProperty().addListener((obs, old, diff) -> differenceHeatmap.setDifferences(diff));
        model.analysisProperty().addListener((obs, old, now) -> showFrontiers(now == null ? null : now.appetites()));
        state.parties().addListener((ListChangeListener<Party>) change -> showParties());
        showParties();
        showAgreement();
        firstHeatmap.setCounts(model.firstCountsProperty().get());
        secondHeatmap.setCounts(model.secondCountsProperty().get());
        differenceHeatmap.setDifferences(model.differencesProperty().get());
    }

    private void showParties() {
        if (state.parties().size() < 2) {
            return;
        }
        Party first = state.parties().get(0);
        Party second = state.parties().get(1);
        map.colour1Property().set(Color.web(first.colour()));
        map.colour2Property().set(Color.web(second.colour()));
        map.label1Property().set(first.roleLabel());
        map.label2Property().set(second.roleLabel());
        firstHeatmap.titleProperty().set(first.label());
        secondHeatmap.titleProperty().set(second.label());
        differenceHeatmap.titleProperty().set("Difference (" + second.roleLabel() + " minus " + first.roleLabel() + ")");
        differenceHeatmap.negativeColourProperty().set(Color.web(first.colour()));
        differenceHeatmap.positiveColourProperty().set(Color.web(second.colour()));
        differenceHeatmap.negativeLabelProperty().set("more " + first.roleLabel());
        differenceHeatmap.positiveLabelProperty().set("more " + second.roleLabel());
        firstHeatmap.colourProperty().set(Color.web(first.colour()));
        secondHeatmap.colourProperty().set(Color.web(second.colour()));
    }

    private void showFrontiers(Appetites visible) {
        map.frontier1Property().set(visible == null ? null : visible.first());
        map.frontier2Property().set(visible == null ? null : visible.second());
        map.agreedFrontierProperty().set(visible == null ? null : visible.agreed());
    }

    private void showAgreement() {
        agreement.getChildren().clear();
        // Four narrow columns of numbers, the reading in words on a line of its own below them: the side pane is
        // narrow, and a fifth column squeezed the numbers into ellipses.
        agreement.addRow(0, muted(""), muted("κ quadratic"), muted("κ linear"), muted("exact"));
        int row = 1;
        for (DivergenceViewModel.AgreementRow a : model.agreement()) {
            Label scale = whole(new Label(a.scale()));
            scale.getStyleClass().add(Styles.TEXT_BOLD);
            Label reading = new Label(a.reading());
            reading.setId("reading-" + a.scale().toLowerCase(Locale.ROOT));
            reading.setWrapText(true);
            reading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            agreement.addRow(row++, scale, whole(new Label(a.quadratic())), whole(new Label(a.linear())),
                    whole(new Label(a.exact())));
            agreement.add(reading, 1, row++, 3, 1);
        }
    }

    private void selectContested(long id) {
        for (DivergenceViewModel.Contested row : contested.getItems()) {
            if (row.id() == id) {
                contested.getSelectionModel().select(row);
                contested.scrollTo(row);
                return;
            }
        }
        contested.getSelectionModel().clearSelection();
    }

    private static Label muted(String text) {
        Label label = whole(new Label(text));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }

    /** A label the grid may not squeeze below its text: numbers and headers read whole or not at all. */
    private static Label whole(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static String web(Color colour) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(colour.getRed() * 255),
                (int) Math.round(colour.getGreen() * 255), (int) Math.round(colour.getBlue() * 255));
    }

    /** A contested initiative: its class as a coloured chip, the title, and why in words. */
    private static final class ContestedCell extends ListCell<DivergenceViewModel.Contested> {
        ContestedCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(DivergenceViewModel.Contested row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            // Titles wrap like the reason below them: a name is never cut off.
            Text title = new Text(row.title());
            title.setStyle("-fx-font-weight: bold;");
            // A Text with a wrapping width, unlike a Label, tells the cell how tall the wrapped lines are.
            Text why = new Text(row.why());
            why.getStyleClass().add("contested-why");
            if (getListView() != null) {
                why.wrappingWidthProperty().bind(getListView().widthProperty().subtract(40));
                title.wrappingWidthProperty().bind(why.wrappingWidthProperty());
            }
            VBox box = new VBox(4, new ClassChip(row.divergenceClass()), title, why);
            box.setPadding(new Insets(4, 0, 4, 0));
            setGraphic(box);
            setText(null);
        }
    }
}
