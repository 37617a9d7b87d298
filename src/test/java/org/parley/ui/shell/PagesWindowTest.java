package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each screen is made when first shown and works on the store only while it is in view (decision 0029). */
class PagesWindowTest extends SampleWindowTest {

    private static final String ANALYSIS = "Analysing the divergence";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aScreenLoadsWhenFirstShownAndDoesNoStoreWorkWhileItIsLeft(FxRobot robot) {
        settle();
        assertThat(window.started).as("the first screen loads").contains("Loading initiatives");
        assertThat(window.started).as("screens nobody opened load nothing").doesNotContain(ANALYSIS,
                "Loading the negotiation", "Loading the register", "Loading scores", "Loading the appetites");
        assertThat(window.started.stream().filter("Reading the idle lock"::equals))
                .as("the lock reads its minutes; Workshop setup's editor of them is not made yet").hasSize(1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil("the divergence map shows", () -> robot.lookup("#divergence-map").tryQuery().isPresent());
        settle();
        assertThat(analyses()).as("one analysis on the first showing").isEqualTo(1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        settle();
        robot.interact(() -> {
            window.workbench.state().changed();
            window.workbench.state().changed();
        });
        settle();
        assertThat(analyses()).as("no analysis for changes while Divergence is out of view").isEqualTo(1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil("the analysis runs again on the next showing", () -> analyses() == 2);
        settle();
        assertThat(analyses()).as("once for both changes").isEqualTo(2);

        robot.interact(() -> window.workbench.state().changed());
        waitUntil("in view, a change is analysed at once", () -> analyses() == 3);
    }

    @Test
    void theSessionBarsLinksShowTheirScreens(FxRobot robot) {
        settle();
        robot.clickOn("#session-agreed");
        waitUntil("the register shows", () -> robot.lookup("#nav-register").queryAs(
                javafx.scene.control.ToggleButton.class).isSelected());
        robot.clickOn("#session-appetites");
        waitUntil("Divergence shows", () -> robot.lookup("#nav-divergence").queryAs(
                javafx.scene.control.ToggleButton.class).isSelected());
        robot.clickOn("#session-scored");
        waitUntil("Scoring shows", () -> robot.lookup("#nav-scoring").queryAs(
                javafx.scene.control.ToggleButton.class).isSelected()
                && robot.lookup("#scoring-queue").tryQuery().isPresent());
        assertThat(window.started).contains("Loading the register", ANALYSIS);
    }

    private long analyses() {
        return window.started.stream().filter(ANALYSIS::equals).count();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil("the work in progress is done", () -> !window.tasks.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
