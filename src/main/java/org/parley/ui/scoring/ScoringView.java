package org.parley.ui.scoring;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.Party;
import org.parley.domain.ScoringBoard;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.WorkbenchState;
import org.parley.ui.handover.HandoverViewModel;

/** The scoring screen: who is scoring, the queue, and the form or, once revealed, both parties' scores. */
public final class ScoringView extends StackPane {

    private final ScoringViewModel model;
    private final HandoverViewModel handover;
    private final WorkbenchState state;
    private final DialogService dialogs;
    private HBox banner;
    private Circle dot;
    private Label who;
    private Label summary;
    private Label allScored;
    private Button revealAll;
    private Button openRounds;
    private Button switchParty;
    private ScoringQueueView queue;
    private Label title;
    private Label description;
    private RoundBar roundBar;
    private AssessmentFormView form;
    private RevealedView revealed;
    private VBox chooser;
    private BorderPane scoring;
    private ScrollPane scroll;
    private VBox detail;

    public ScoringView(ScoringViewModel model, HandoverViewModel handover, WorkbenchState state, DialogService dialogs) {
        this.model = model;
        this.handover = handover;
        this.state = state;
        this.dialogs = dialogs;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        dot = new Circle(7);
        who = new Label();
        who.setId("scoring-party");
        who.getStyleClass().add(Styles.TITLE_4);
        summary = new Label();
        summary.setId("scoring-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        allScored = new Label();
        allScored.setId("all-scored");
        allScored.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.ACCENT);
        allScored.setWrapText(true);
        revealAll = new Button("Reveal together…", new FontIcon(Material2MZ.VISIBILITY));
        revealAll.setId("reveal-all");
        revealAll.setTooltip(new Tooltip("Both parties agree, then every initiative both have submitted is revealed"));
        openRounds = new Button("New round…", new FontIcon(Material2MZ.REPLAY));
        openRounds.setId("open-rounds");
        switchParty = new Button("Pass the laptop", new FontIcon(Material2MZ.SWAP_HORIZ));
        switchParty.setId("switch-party");
        switchParty.getStyleClass().add(Styles.ACCENT);
        title = new Label();
        title.setId("scoring-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        description = new Label();
        description.setWrapText(true);
        description.getStyleClass().add(Styles.TEXT_MUTED);
        roundBar = new RoundBar(model.rounds());
        form = new AssessmentFormView(model);
        queue = new ScoringQueueView(model, form::typeDigit, this::startScoring);
        revealed = new RevealedView();
        chooser = new VBox(16);
        chooser.setId("party-chooser");
    }

    private void layoutParts() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, dot, who, spacer, revealAll, openRounds, switchParty);
        top.setAlignment(Pos.CENTER_LEFT);
        for (Region fixed : new Region[] {who, revealAll, openRounds, switchParty}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox bannerBox = new VBox(2, top, summary, allScored);
        banner = new HBox(bannerBox);
        HBox.setHgrow(bannerBox, Priority.ALWAYS);
        banner.getStyleClass().add("party-banner");
        detail = new VBox(12, title, description, roundBar, form, revealed);
        detail.setPadding(new Insets(16, 24, 24, 24));
        detail.setMaxWidth(820);
        scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scoring = new BorderPane(scroll, banner, null, null, queue);
        chooser.setAlignment(Pos.CENTER);
        chooser.setPadding(new Insets(40));
        getChildren().addAll(scoring, chooser);
    }

    private void bind() {
        summary.textProperty().bind(model.queue().summaryProperty());
        revealAll.setOnAction(e -> model.rounds().revealAll());
        revealAll.disableProperty().bind(model.rounds().anyReadyProperty().not());
        openRounds.setOnAction(e -> chooseRounds());
        switchParty.setOnAction(e -> handover.switchParty());
        form.visibleProperty().bind(model.form().openProperty());
        form.managedProperty().bind(form.visibleProperty());
        allScored.textProperty().bind(model.queue().allScoredProperty());
        allScored.visibleProperty().bind(allScored.textProperty().isNotEmpty());
        allScored.managedProperty().bind(allScored.visibleProperty());
        model.form().firstMissingProperty().addListener((obs, old, field) -> {
            if (field != null) {
                Scrolling.reveal(scroll, form.markMissing(field));
            }
        });
        // Wherever the keyboard goes in the form, by Tab or by a shortcut, the field comes into view.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> {
                    if (focused != null && Scrolling.isInside(focused, detail)) {
                        Scrolling.reveal(scroll, focused);
                    }
                });
            }
        });
        model.selectedProperty().addListener((obs, old, entry) -> showEntry(entry));
        state.activePartyProperty().addListener((obs, old, party) -> showParty(party));
        state.parties().addListener((ListChangeListener<Party>) change -> showParty(state.activeParty()));
        model.form().criteria().addListener((ListChangeListener<Object>) change ->
                showEntry(model.selectedProperty().get()));
        showParty(state.activeParty());
        showEntry(model.selectedProperty().get());
    }

    private void startScoring() {
        if (model.form().openProperty().get()) {
            form.focusFirst();
            Scrolling.reveal(scroll, form.likelihoodNode());
        }
    }

    private void showParty(Party party) {
        scoring.setVisible(party != null);
        chooser.setVisible(party == null);
        if (party != null) {
            dot.setFill(Color.web(party.colour()));
            who.setText("Scoring as " + party.label());
            banner.setStyle("-fx-border-color: transparent transparent " + party.colour() + " transparent;");
        }
        rebuildChooser();
    }

    private void rebuildChooser() {
        Label heading = new Label("Who is at the laptop?");
        heading.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label("Each party scores alone. The other party's scores stay hidden until both have "
                + "submitted and you reveal them together.");
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox buttons = new HBox(16);
        buttons.setAlignment(Pos.CENTER);
        for (Party party : state.parties()) {
            Button button = new Button("Score as " + party.label(), new Circle(7, Color.web(party.colour())));
            button.setId("score-as-" + party.seat().number());
            button.getStyleClass().add(Styles.LARGE);
            button.setOnAction(e -> handover.handTo(party));
            buttons.getChildren().add(button);
        }
        chooser.getChildren().setAll(heading, hint, buttons);
    }

    private void showEntry(ScoringBoard.Entry entry) {
        queue.select(entry);
        title.setText(entry == null ? "" : entry.initiative().title());
        description.setText(entry == null ? "" : entry.initiative().description());
        roundBar.show(entry);
        revealed.show(entry, state.parties(), model.form().criteria());
        form.reset();
        // Each initiative opens at its top, where the keyboard starts: on the likelihood. Browsing the queue with
        // the arrows keeps the keyboard in the queue; a click or Enter there moves it (see ScoringQueueView).
        scroll.setVvalue(0);
        if (entry != null && entry.round().acceptsScores() && getScene() != null && isVisible()
                && !queue.hasKeyboard()) {
            Platform.runLater(form::focusFirst);
        }
    }

    private void chooseRounds() {
        var candidates = model.queue().revealed();
        if (candidates.isEmpty()) {
            dialogs.showInfo("New round", "No initiative has been revealed yet. Reveal one first; then either "
                    + "party can ask for another round on it.");
            return;
        }
        model.rounds().openRounds(dialogs.chooseMany("Open a new round",
                "Both parties score the ticked initiatives again, blind. Earlier rounds are kept.",
                candidates, e -> e.initiative().title() + "  (round " + e.round().round() + ")"));
    }
}
