package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.domain.Frontier;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The frontier editor by mouse and by keyboard: levels snap, never decrease, and the cap stays. */
@ExtendWith(ApplicationExtension.class)
class FrontierEditorTest {

    private FrontierEditor editor;

    @Start
    void start(Stage stage) {
        editor = new FrontierEditor();
        editor.frontierProperty().set(Frontier.of(4, 6, 9, 12, 16).withCap(20));
        editor.labelProperty().set("CISO");
        editor.referencesProperty().set(List.of(new ReferenceFrontier("CTO", Frontier.of(6, 9, 12, 16, 20),
                Color.web("#D4651C"))));
        Scenes.show(stage, editor, 800, 500);
    }

    private static boolean nonDecreasing(Frontier frontier) {
        List<Integer> levels = frontier.levels();
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i) < levels.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void draggingLevelThreeAboveLevelFourTakesFourAlongAndKeepsTheCap(FxRobot robot) {
        Node handle = robot.lookup("#frontier-handle-3").query();
        MapGeometry geo = MapGeometry.of(editor.getWidth(), editor.getHeight());
        // From 9 up to 14: five and a bit risk steps.
        double up = 5.2 * geo.riskStep();
        robot.drag(handle, MouseButton.PRIMARY).moveBy(0, -up).release(MouseButton.PRIMARY);

        Frontier moved = editor.frontierProperty().get();
        assertThat(moved.level(3)).isEqualTo(14);
        assertThat(moved.levels()).containsExactly(4, 6, 14, 14, 16);
        assertThat(nonDecreasing(moved)).isTrue();
        assertThat(moved.cap()).hasValue(20);
        Bounds bounds = handle.getBoundsInParent();
        assertThat((bounds.getMinY() + bounds.getMaxY()) / 2).isCloseTo(geo.y(14), org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void theKeyboardChoosesALevelAndMovesItOneScoreAtATime(FxRobot robot) {
        robot.interact(editor::requestFocus);
        assertThat(editor.isFocused()).isTrue();
        robot.type(KeyCode.RIGHT, 3).type(KeyCode.LEFT);
        assertThat(editor.selectedLevelProperty().get()).isEqualTo(3);
        robot.type(KeyCode.UP, 2);
        assertThat(editor.frontierProperty().get().levels()).containsExactly(4, 6, 11, 12, 16);
        robot.type(KeyCode.DOWN, 6);
        assertThat(editor.frontierProperty().get().levels()).containsExactly(4, 5, 5, 12, 16);
        assertThat(editor.frontierProperty().get().cap()).hasValue(20);
        assertThat(editor.isFocused()).as("arrows stay in the editor").isTrue();
    }

    @Test
    void aReadOnlyEditorIgnoresDragsAndKeys(FxRobot robot) {
        robot.interact(() -> editor.editableProperty().set(false));
        Frontier before = editor.frontierProperty().get();
        robot.drag("#frontier-handle-2", MouseButton.PRIMARY).moveBy(0, -80).release(MouseButton.PRIMARY);
        robot.type(KeyCode.UP);
        assertThat(editor.frontierProperty().get()).isEqualTo(before);
        assertThat(editor.isFocusTraversable()).isFalse();
    }
}
