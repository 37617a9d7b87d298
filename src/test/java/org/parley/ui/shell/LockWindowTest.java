package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.allText;
import static org.parley.ui.shell.WindowTestSupport.takeLaptop;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Leaving the laptop: the window locks by Ctrl+L or by itself, and shows nothing until the party is back. */
@ExtendWith(ApplicationExtension.class)
class LockWindowTest {

    private static final String UNSAVED = " Plus a thought not saved yet.";

    @TempDir
    Path folder;
    private WindowTestSupport window;

    @Start
    void start(Stage stage) {
        window = new WindowTestSupport(folder, stage, false, PinnedWorkshop::scored);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private static boolean locked(FxRobot robot) {
        return robot.lookup("#lock-screen").tryQuery().map(Node::isVisible).orElse(false);
    }

    private static void assertNothingBehind(FxRobot robot, String... hidden) {
        for (String secret : hidden) {
            assertThat(allText()).as("while locked").doesNotContain(secret);
        }
        assertThat(robot.lookup("#navigation").tryQuery()).as("the frame is out of the window").isEmpty();
    }

    @Test
    void ctrlLLocksAndOnlyTheRightPinOpensTheWindowWithTheWorkKept(FxRobot robot) {
        takeLaptop(robot, 1, PinnedWorkshop.CISO_PIN);
        WindowTestSupport.openInQueue(robot, PinnedWorkshop.TITLE);
        waitUntil("the CISO's own rationale shows", () -> robot.lookup("#score-rationale").query().isVisible()
                && allText().contains(PinnedWorkshop.CISO_SECRET));
        WindowTestSupport.scrollTo(robot, "#score-rationale");
        robot.clickOn("#score-rationale").type(KeyCode.END).write(UNSAVED);

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil("the lock screen shows", () -> locked(robot));
        assertNothingBehind(robot, PinnedWorkshop.CISO_SECRET, UNSAVED.strip());
        assertThat(robot.lookup("#lock-party").queryAs(Label.class).getText()).isEqualTo("CISO has the laptop");

        robot.clickOn("#lock-pin").write(PinnedWorkshop.CTO_PIN);
        robot.clickOn("#lock-unlock");
        waitUntil("another party's PIN is refused", () -> robot.lookup("#lock-message").queryAs(Label.class)
                .getText().startsWith("Wrong PIN."));
        assertThat(locked(robot)).isTrue();
        assertNothingBehind(robot, PinnedWorkshop.CISO_SECRET);

        robot.clickOn("#lock-pin").write(PinnedWorkshop.CISO_PIN).type(KeyCode.ENTER);
        waitUntil("the window opens on the CISO's work", () -> !locked(robot)
                && allText().contains(PinnedWorkshop.CISO_SECRET + UNSAVED));
        assertThat(window.workbench.state().activeParty().roleLabel()).isEqualTo("CISO");
    }

    @Test
    void theWindowLocksItselfAfterTheIdleTimeAndCanBeHandedOver(FxRobot robot) {
        takeLaptop(robot, 1, PinnedWorkshop.CISO_PIN);
        WindowTestSupport.openInQueue(robot, PinnedWorkshop.TITLE);
        waitUntil("the CISO's own rationale shows", () -> robot.lookup("#score-rationale").query().isVisible()
                && allText().contains(PinnedWorkshop.CISO_SECRET));
        // The workshop's 5 minutes, with a minute of 100 ms.
        long start = System.nanoTime();
        robot.interact(() -> window.workbench.lock().setMinuteLength(Duration.ofMillis(100)));
        assertThat(locked(robot)).isFalse();

        waitUntil("the window locks itself", () -> locked(robot));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
        assertNothingBehind(robot, PinnedWorkshop.CISO_SECRET);
        robot.interact(() -> window.workbench.lock().setMinuteLength(Duration.ofMinutes(1)));

        robot.clickOn("#lock-handover");
        waitUntil("the handover to the CTO shows", () -> robot.lookup("#handover-title").queryAs(Label.class)
                .getText().equals("Pass the laptop to CTO") && robot.lookup("#handover").query().isVisible());
        assertThat(locked(robot)).isFalse();
        assertThat(window.workbench.state().activeParty()).as("nobody until the CTO's PIN").isNull();
        assertThat(allText()).doesNotContain(PinnedWorkshop.CISO_SECRET);
    }
}
