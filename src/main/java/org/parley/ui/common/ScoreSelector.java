package org.parley.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parley.domain.ScaleLevel;

/**
 * A 1–5 score chosen by keyboard or mouse: digits 1–5 set it, arrows move it, Delete clears it, Tab leaves.
 * The line under the levels says what the focused or chosen level means.
 */
public final class ScoreSelector extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FOCUSED_ROW = PseudoClass.getPseudoClass("row-focused");

    private final ObjectProperty<Integer> value = new SimpleObjectProperty<>(this, "value");
    private final List<Label> levels = new ArrayList<>();
    private final Label meaning = new Label();
    private final List<String> descriptions = new ArrayList<>();
    private final String emptyHint;

    /** A selector whose levels have words, e.g. the likelihood scale. */
    public ScoreSelector(String id, ScaleLevel[] scale) {
        this(id, labels(scale), descriptions(scale), "Press 1–5");
    }

    /** A selector with plain levels 1–5, e.g. a value criterion. */
    public ScoreSelector(String id, String lowWord, String highWord) {
        this(id, List.of("1", "2", "3", "4", "5"),
                List.of("1: very " + lowWord, "2: " + lowWord, "3: moderate", "4: " + highWord, "5: very " + highWord),
                "Press 1–5  (1 very " + lowWord + ", 5 very " + highWord + ")");
    }

    private ScoreSelector(String id, List<String> labels, List<String> meanings, String emptyHint) {
        setId(id);
        this.emptyHint = emptyHint;
        descriptions.addAll(meanings);
        getStyleClass().add("score-selector");
        setFocusTraversable(true);
        HBox row = new HBox(4);
        row.getStyleClass().add("score-levels");
        for (int i = 0; i < labels.size(); i++) {
            int score = i + 1;
            Label level = new Label(score + (labels.get(i).equals(Integer.toString(score)) ? "" : "  " + labels.get(i)));
            level.setId(id + "-" + score);
            level.getStyleClass().add("score-level");
            level.setMaxWidth(Double.MAX_VALUE);
            level.setAlignment(Pos.CENTER);
            level.setTooltip(new Tooltip(meanings.get(i)));
            level.setOnMouseClicked(e -> {
                requestFocus();
                value.set(score);
            });
            HBox.setHgrow(level, Priority.ALWAYS);
            levels.add(level);
            row.getChildren().add(level);
        }
        meaning.getStyleClass().add("score-meaning");
        meaning.setWrapText(true);
        getChildren().addAll(row, meaning);
        setSpacing(4);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        value.addListener((obs, old, now) -> refresh());
        focusedProperty().addListener((obs, old, now) -> pseudoClassStateChanged(FOCUSED_ROW, now));
        refresh();
    }

    public ObjectProperty<Integer> valueProperty() {
        return value;
    }

    private void onKey(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || event.isMetaDown()) {
            return;   // Ctrl+3 switches screens; it is not a score
        }
        KeyCode code = event.getCode();
        if (code.isDigitKey() || code.isKeypadKey()) {
            int digit = digit(event);
            if (digit >= 1 && digit <= 5) {
                value.set(digit);
                event.consume();
            }
        } else if (code == KeyCode.RIGHT || code == KeyCode.UP) {
            value.set(value.get() == null ? 1 : Math.min(5, value.get() + 1));
            event.consume();
        } else if (code == KeyCode.LEFT || code == KeyCode.DOWN) {
            value.set(value.get() == null ? 1 : Math.max(1, value.get() - 1));
            event.consume();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            value.set(null);
            event.consume();
        }
    }

    /** The digit a key press types (main row or keypad), or -1 for any other key; callers keep 1 to 5. */
    public static int digit(KeyEvent event) {
        String text = event.getText();
        if (text != null && text.length() == 1 && Character.isDigit(text.charAt(0))) {
            return text.charAt(0) - '0';
        }
        return switch (event.getCode()) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            default -> -1;
        };
    }

    private void refresh() {
        Integer current = value.get();
        for (int i = 0; i < levels.size(); i++) {
            levels.get(i).pseudoClassStateChanged(SELECTED, current != null && current == i + 1);
        }
        meaning.setText(current == null ? emptyHint : descriptions.get(current - 1));
    }

    private static List<String> labels(ScaleLevel[] scale) {
        List<String> labels = new ArrayList<>();
        for (ScaleLevel level : scale) {
            labels.add(level.label());
        }
        return labels;
    }

    private static List<String> descriptions(ScaleLevel[] scale) {
        List<String> texts = new ArrayList<>();
        for (ScaleLevel level : scale) {
            texts.add(level.score() + " " + level.label() + ": " + level.description());
        }
        return texts;
    }
}
