package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ Board pack… through the real window: its options dialog, then the whole task on the window's own background
 * thread, which hands the charts to the FX thread to draw and waits for them.
 */
class BoardPackWindowTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static void pressBoardPack(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the options show", () -> robot.lookup("#board-pack-paper-a4").tryQuery().isPresent());
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    @Test
    void theBoardPackIsWrittenWithItsChartsOnLetterPaper(FxRobot robot) throws Exception {
        pressBoardPack(robot);
        assertThat(robot.lookup("#board-pack-paper-a4").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#board-pack-all").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.clickOn("#board-pack-paper-letter");
        Path file = folder.resolve("pack.pdf");
        window.files.choose(file);
        robot.clickOn(button(robot, "Choose the file\u2026"));

        waitUntil("the status says it is written", () -> robot.lookup("#status-message").queryAs(Label.class)
                .getText().startsWith("Wrote the board pack, "));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void cancellingTheOptionsWritesNothing(FxRobot robot) throws Exception {
        pressBoardPack(robot);
        Path file = folder.resolve("never.pdf");
        window.files.choose(file);
        robot.clickOn(button(robot, "Cancel"));

        waitUntil("the options close", () -> robot.lookup("#board-pack-paper-a4").tryQuery().isEmpty());
        assertThat(file).doesNotExist();
    }
}
