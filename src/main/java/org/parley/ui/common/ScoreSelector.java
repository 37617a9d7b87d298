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
import org.parley.domain.Level;
import org.parley.domain.Scale;

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

    /**
     * A selector of a scale's levels: named ones (the likelihood scale) show their label and say what they mean;
     * plain ones (a value criterion's) show their number and read from the lowest word to the highest.
     */
    public ScoreSelector(String id, Scale scale) {
        setId(id);
        this.emptyHint = hint(scale);
        getStyleClass().add("score-selector");
        setFocusTraversable(true);
        HBox row = new HBox(4);
        row.getStyleClass().add("score-levels");
        for (Level choice : scale.levels()) {
            int score = choice.score();
            descriptions.add(meaning(choice));
            Label level = new Label(score + (choice.named() ? "  " + choice.label() : ""));
            level.setId(id + "-" + score);
            level.getStyleClass().add("score-level");
            level.setMaxWidth(Double.MAX_VALUE);
            level.setAlignment(Pos.CENTER);
            level.setTooltip(new Tooltip(meaning(choice)));
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
            if (Scale.contains(digit)) {
                value.set(digit);
                event.consume();
            }
        } else if (code == KeyCode.RIGHT || code == KeyCode.UP) {
            value.set(value.get() == null ? Scale.MIN : Math.min(Scale.MAX, value.get() + 1));
            event.consume();
        } else if (code == KeyCode.LEFT || code == KeyCode.DOWN) {
            value.set(value.get() == null ? Scale.MIN : Math.max(Scale.MIN, value.get() - 1));
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
            levels.get(i).pseudoClassStateChanged(SELECTED, current != null && current == Scale.MIN + i);
        }
        meaning.setText(current == null ? emptyHint : descriptions.get(current - Scale.MIN));
    }

    private static String meaning(Level level) {
        return level.named() ? level.score() + " " + level.label() + ": " + level.description()
                : level.score() + ": " + level.description();
    }

    private static String hint(Scale scale) {
        String press = "Press " + Scale.MIN + "\u2013" + Scale.MAX;
        List<Level> levels = scale.levels();
        Level low = levels.get(0);
        Level high = levels.get(levels.size() - 1);
        return low.named() ? press : press + "  (" + low.score() + " " + low.description() + ", " + high.score() + " "
                + high.description() + ")";
    }
}
