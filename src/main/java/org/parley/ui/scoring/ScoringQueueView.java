package org.parley.ui.scoring;

import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.domain.Scale;
import org.parley.domain.ScoringBoard;
import org.parley.ui.common.ScoreSelector;

/** The queue beside the form: the initiatives to score, and the filter to those the party has not scored. */
final class ScoringQueueView extends VBox {

    private final ScoringViewModel model;
    private final IntConsumer typeDigit;
    private final Runnable startScoring;
    private CheckBox onlyUnscored;
    private ListView<ScoringBoard.Entry> queue;
    private boolean syncing;

    /**
     * @param typeDigit takes a score typed while the queue has the keyboard
     * @param startScoring puts the keyboard on the form, after a click or Enter on an initiative
     */
    ScoringQueueView(ScoringViewModel model, IntConsumer typeDigit, Runnable startScoring) {
        this.model = model;
        this.typeDigit = typeDigit;
        this.startScoring = startScoring;
        createParts();
        layoutParts();
        bind();
    }

    /** Selects the initiative the page has opened, without opening it again. */
    void select(ScoringBoard.Entry entry) {
        syncing = true;
        try {
            if (entry == null) {
                queue.getSelectionModel().clearSelection();
                return;
            }
            for (ScoringBoard.Entry row : queue.getItems()) {
                if (row.initiative().id() == entry.initiative().id()) {
                    queue.getSelectionModel().select(row);
                    queue.scrollTo(row);
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** True while the list has the keyboard: browsing it with the arrows keeps the keyboard there. */
    boolean hasKeyboard() {
        return queue.isFocused();
    }

    private void createParts() {
        queue = new ListView<>();
        queue.setId("scoring-queue");
        queue.setCellFactory(EntryCell::new);
        queue.setPlaceholder(new Label("Nothing left to score."));
        onlyUnscored = new CheckBox("Only what I have not scored");
        onlyUnscored.setId("only-unscored");
    }

    private void layoutParts() {
        setSpacing(8);
        getChildren().addAll(onlyUnscored, queue);
        setPadding(new Insets(12));
        setPrefWidth(320);
        VBox.setVgrow(queue, Priority.ALWAYS);
    }

    private void bind() {
        queue.setItems(model.queue().items());
        onlyUnscored.selectedProperty().addListener((obs, old, now) -> model.queue().showAllProperty().set(!now));
        // Until a save the person chose on leaving succeeds, the queue keeps pointing at the initiative still open.
        queue.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (!syncing && entry != null && !model.select(entry)) {
                Platform.runLater(() -> select(model.selectedProperty().get()));
            }
        });
        bindKeys();
    }

    /**
     * A click on an initiative, even the one already open, or Enter on it, puts the keyboard on Likelihood; arrows
     * only browse. Digits typed in the queue are scores: they go to the form, never to the list.
     */
    private void bindKeys() {
        queue.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() instanceof Node node && onEntryCell(node)) {
                startScoring.run();
            }
        });
        queue.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || !model.form().openProperty().get()) {
                return;
            }
            int digit = ScoreSelector.digit(e);
            if (Scale.contains(digit)) {
                typeDigit.accept(digit);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                startScoring.run();
                e.consume();
            }
        });
    }

    private boolean onEntryCell(Node node) {
        for (Node n = node; n != null && n != queue; n = n.getParent()) {
            if (n instanceof EntryCell cell) {
                return !cell.isEmpty();
            }
        }
        return false;
    }

    /** A queue row: whether the active party has scored it, and its round. */
    private static final class EntryCell extends ListCell<ScoringBoard.Entry> {
        private final Text title = new Text();
        private final HBox row;

        EntryCell(ListView<ScoringBoard.Entry> list) {
            // The title wraps within the list, less its icon and scroll bar: a long title reads whole on a second
            // line instead of ending in an ellipsis or scrolling the list sideways.
            title.wrappingWidthProperty().bind(list.widthProperty().subtract(64));
            title.fontProperty().bind(fontProperty());
            title.fillProperty().bind(textFillProperty());
            row = new HBox(8);
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(ScoringBoard.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            FontIcon icon;
            if (entry.round().revealed()) {
                icon = new FontIcon(Material2MZ.VISIBILITY);
            } else if (entry.scoredByViewer()) {
                icon = new FontIcon(Material2AL.CHECK_CIRCLE);
            } else {
                icon = new FontIcon(Material2MZ.RADIO_BUTTON_UNCHECKED);
            }
            title.setText(entry.initiative().title()
                    + (entry.round().round() > 1 ? "  \u00B7 round " + entry.round().round() : ""));
            // Also the cell's own text, not shown: what screen readers and tests read the cell by.
            setText(title.getText());
            row.getChildren().setAll(icon, title);
            setGraphic(row);
        }
    }
}
