package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Exports the register from its screen, and imports initiatives with a preview, through the real window. */
class RegisterWindowTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }


    private static void press(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void theRegisterIsExportedFromItsScreen(FxRobot robot) throws Exception {
        press(robot, KeyCode.DIGIT5);
        TableView<?> table = robot.lookup("#register-table").queryAs(TableView.class);
        waitUntil("the signed agreements are listed", () -> table.getItems().size() == 3);
        assertThat(robot.lookup("#register-summary").queryAs(Label.class).getText())
                .isEqualTo("3 of 3 agreed initiatives \u00B7 1 exception \u00B7 0 overdue reviews");

        robot.clickOn("#register-exceptions");
        waitUntil("only the exception is left", () -> table.getItems().size() == 1);
        robot.clickOn("#register-exceptions");

        Path file = folder.resolve("board-pack.csv");
        window.files.choose(file);
        robot.clickOn("#export-register");
        waitUntil("the file is written", () -> Files.exists(file));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFinitiative_id,initiative,category,sponsor,CISO_value,");
        assertThat(lines).hasSize(4);
        assertThat(Files.readString(file)).contains("\r\n").contains("AI coding assistants for all engineers");
        waitUntil("the status says so", () -> robot.lookup("#status-message").queryAs(Label.class).getText()
                .startsWith("Exported 3 rows of the register"));
    }

    @Test
    void importedInitiativesArePreviewedBeforeTheyAreWritten(FxRobot robot) throws Exception {
        TableView<?> initiatives = robot.lookup("#initiatives-table").queryAs(TableView.class);
        waitUntil("the sample is listed", () -> initiatives.getItems().size() == 14);
        window.files.choose(Path.of("src/site/resources/examples/initiatives.csv").toAbsolutePath());

        press(robot, KeyCode.I);
        waitUntil("the preview shows", () -> robot.lookup("#preview-details").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<String> details = robot.lookup("#preview-details").queryAs(ListView.class);
        assertThat(details.getItems()).hasSize(3).allMatch(line -> line.startsWith("Add: "));
        assertThat(window.services.initiatives().initiatives(1)).as("nothing written before Import").hasSize(14);

        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "Import".equals(b.getText())).findFirst().orElseThrow());

        waitUntil("the initiatives are imported", () -> window.services.initiatives().initiatives(1).size() == 17);
        waitUntil("and listed", () -> initiatives.getItems().size() == 17);
    }
}
