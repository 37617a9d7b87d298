package org.parley.ui.welcome;

import java.util.Objects;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.app.service.SampleWorkshop;
import org.parley.ui.common.CoverCard;
import org.parley.ui.common.Labels;

/**
 * The first start's screen, before there is a store: the sample workshop, an empty store, or a store file. Enter takes
 * the sample, Alt with the underlined letter any choice, Ctrl+O a file, Esc or Ctrl+Q quits.
 */
public final class WelcomeView extends StackPane {

    private static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private final WelcomeViewModel model;
    private Label title;
    private Label intro;
    private Button sample;
    private Label sampleWhat;
    private Button empty;
    private Label emptyWhat;
    private Button open;
    private Label openWhat;
    private Label where;
    private Label problem;
    private ProgressIndicator progress;
    private Label doing;
    private Button quit;

    public WelcomeView(WelcomeViewModel model) {
        this.model = model;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        ImageView icon = new ImageView(new Image(Objects.requireNonNull(
                WelcomeView.class.getResource("/org/parley/app/icon-64.png")).toExternalForm()));
        title = new Label("Welcome to Parley", icon);
        title.setId("welcome-title");
        title.getStyleClass().add(Styles.TITLE_1);
        title.setGraphicTextGap(16);
        intro = Labels.wrapping("Parley is where the CISO and the CTO agree which initiatives go ahead, and with how "
                + "much risk: each scores them in private, Parley shows where they diverge, and they sign the risk "
                + "register they agree on. Everything stays in one file on this computer. How would you like to "
                + "start?");
        sample = choice("welcome-sample", "Try the _sample workshop", new FontIcon(Material2MZ.SLIDESHOW));
        sample.getStyleClass().add(Styles.ACCENT);
        sample.setDefaultButton(true);
        sampleWhat = muted("\u201c" + SampleWorkshop.NAME + "\u201d: 14 initiatives already scored by both parties, "
                + "their appetites and three signed agreements, so every screen has something to show. The PINs are "
                + SampleWorkshop.FIRST_PIN + " (CISO) and " + SampleWorkshop.SECOND_PIN + " (CTO).");
        empty = choice("welcome-empty", "Create an _empty store", new FontIcon(Material2MZ.NOTE_ADD));
        emptyWhat = muted("Start your own workshop from nothing. You may encrypt the store under a passphrase.");
        open = choice("welcome-open", "_Open a store file\u2026", new FontIcon(Material2AL.FOLDER_OPEN));
        openWhat = muted("A store another Parley wrote, such as a copy from a colleague or a USB stick (Ctrl+O).");
        where = muted("A new store goes to " + model.defaultStore() + ", and Parley opens it from then on.");
        where.setId("welcome-where");
        problem = Labels.wrapping("");
        problem.setId("welcome-problem");
        problem.getStyleClass().add(Styles.DANGER);
        progress = new ProgressIndicator(-1);
        progress.setPrefSize(20, 20);
        doing = new Label();
        doing.setId("welcome-doing");
        quit = new Button("_Quit", new FontIcon(Material2AL.EXIT_TO_APP));
        quit.setId("welcome-quit");
        quit.setCancelButton(true);
        quit.setMinWidth(Region.USE_PREF_SIZE);
    }

    private void layoutParts() {
        GridPane choices = new GridPane();
        choices.setHgap(20);
        choices.setVgap(16);
        ColumnConstraints buttons = new ColumnConstraints();
        buttons.setHalignment(HPos.LEFT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints texts = new ColumnConstraints();
        texts.setHgrow(Priority.ALWAYS);
        choices.getColumnConstraints().addAll(buttons, texts);
        choices.addRow(0, sample, sampleWhat);
        choices.addRow(1, empty, emptyWhat);
        choices.addRow(2, open, openWhat);
        HBox working = new HBox(10, progress, doing);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(model.workingProperty());
        working.managedProperty().bind(working.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(12, where, gap, quit);
        footer.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(where, Priority.SOMETIMES);
        CoverCard.fill(this, 820, 20, "welcome", "welcome", title, intro, choices, working, problem, footer);
    }

    private void bind() {
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        doing.textProperty().bind(model.doingProperty());
        for (Button button : new Button[] {sample, empty, open, quit}) {
            button.disableProperty().bind(model.workingProperty());
        }
        sample.setOnAction(e -> model.openSample());
        empty.setOnAction(e -> model.createEmpty());
        open.setOnAction(e -> model.openExisting());
        quit.setOnAction(e -> model.quit());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (model.workingProperty().get()) {
                return;
            }
            if (OPEN.match(e)) {
                e.consume();
                model.openExisting();
            } else if (QUIT.match(e)) {
                e.consume();
                model.quit();
            }
        });
        sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                sample.requestFocus();
            }
        });
    }

    private static Button choice(String id, String text, FontIcon icon) {
        Button button = new Button(text, icon);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setGraphicTextGap(10);
        button.getStyleClass().add(Styles.LARGE);
        return button;
    }

    private static Label muted(String text) {
        Label label = Labels.wrapping(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
