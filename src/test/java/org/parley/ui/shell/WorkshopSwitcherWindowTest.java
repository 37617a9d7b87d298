package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.allText;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.WorkshopSummary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The workshop switcher names the workshop in hand through every reload, and a deletion the rules refuse is
 * refused before anyone is asked to confirm it.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopSwitcherWindowTest {

    private static final String NO_WORKSHOP = "No workshop yet: create one";

    @TempDir
    Path folder;
    private WindowTestSupport window;

    @Start
    void start(Stage stage) {
        window = new WindowTestSupport(folder, stage);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<WorkshopSummary> switcher(FxRobot robot) {
        return robot.lookup("#workshop-switcher").queryAs(ComboBox.class);
    }

    private static String shown(FxRobot robot) {
        return switcher(robot).getButtonCell().getText();
    }

    private static List<Button> dialogButtons(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream().toList();
    }

    @Test
    void theSwitcherNamesTheNewWorkshopAfterCreatingItAndAfterOpeningTheDropDown(FxRobot robot) {
        waitUntil("the sample workshop is shown", () -> "FY27 strategy offsite".equals(shown(robot)));
        List<String> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> switcher(robot).getButtonCell().textProperty().addListener((obs, old, now) -> seen.add(now)));

        robot.clickOn("#new-workshop");
        waitUntil("the name dialog shows", () -> robot.lookup("#dialog-text").tryQuery().isPresent());
        robot.clickOn("#dialog-text").write("Q3 review").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil("the new workshop is in hand", () -> window.workbench.state().workshop() != null
                && "Q3 review".equals(window.workbench.state().workshop().name()));
        waitUntil("the switcher names it", () -> "Q3 review".equals(shown(robot)));

        robot.clickOn("#workshop-switcher");
        waitUntil("the drop-down lists both", () -> robot.lookup(".combo-box-popup .list-cell")
                .queryAllAs(ListCell.class).stream().filter(cell -> cell.getText() != null).count() == 2);
        assertThat(robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class))
                .extracting(ListCell::getText).contains("Q3 review  \u00B7  0 initiatives",
                        "FY27 strategy offsite  \u00B7  14 initiatives");
        assertThat(shown(robot)).as("with the drop-down open").isEqualTo("Q3 review");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil("the drop-down closes", () -> !switcher(robot).isShowing());

        assertThat(shown(robot)).isEqualTo("Q3 review");
        assertThat(seen).as("what the switcher showed on the way").doesNotContain(NO_WORKSHOP);
        assertThat(allText()).doesNotContain(NO_WORKSHOP);
    }

    @Test
    void aWorkshopWithSignedAgreementsIsRefusedWithoutAConfirmation(FxRobot robot) {
        waitUntil("the sample workshop is shown", () -> "FY27 strategy offsite".equals(shown(robot)));

        robot.clickOn("#delete-workshop");
        waitUntil("a dialog shows", () -> !dialogButtons(robot).isEmpty());

        assertThat(dialogButtons(robot)).extracting(Button::getText).as("only OK: nothing to confirm")
                .containsExactly("OK");
        assertThat(allText()).contains("Cannot delete the workshop").contains("signed by both parties")
                .doesNotContain("This cannot be undone");
        robot.clickOn(dialogButtons(robot).get(0));
        waitUntil("the dialog closes", () -> dialogButtons(robot).isEmpty());
        assertThat(window.services.workshops().workshops()).hasSize(1);
        assertThat(robot.lookup("#consent-cover").tryQuery()).as("nobody is asked to agree").isEmpty();
    }
}
