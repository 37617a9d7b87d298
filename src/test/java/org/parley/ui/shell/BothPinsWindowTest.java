package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.allText;
import static org.parley.ui.shell.WindowTestSupport.takeLaptop;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Party;
import org.parley.testing.TestConsent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Workshop setup on a workshop whose parties have no PINs: the other party's PIN buttons say who may, and
 * Set both PINs asks each party in turn behind a cover that leaves nothing else in the window.
 */
@ExtendWith(ApplicationExtension.class)
class BothPinsWindowTest {

    @TempDir
    Path folder;
    private WindowTestSupport window;
    private long workshopId;

    @Start
    void start(Stage stage) {
        window = new WindowTestSupport(folder, stage, false,
                services -> workshopId = services.workshops().create("Q3 review", TestConsent.nobody()).id());
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void openSetupAsTheCiso(FxRobot robot) {
        waitUntil("the workshop is open", () -> window.workbench.state().workshop() != null);
        takeLaptop(robot, 1, null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        waitUntil("setup shows", () -> robot.lookup("#set-both-pins").tryQuery().map(Node::isVisible).orElse(false));
    }

    private boolean anyPin() {
        return window.services.workshops().parties(workshopId).stream().anyMatch(Party::hasPin);
    }

    private static boolean covered(FxRobot robot) {
        return robot.lookup("#both-pins-cover").tryQuery().isPresent();
    }

    private static void choose(FxRobot robot, String pin) {
        robot.clickOn("#both-pins-pin").write(pin);
        robot.clickOn("#both-pins-repeat").write(pin).type(KeyCode.ENTER);
    }

    @Test
    void theOtherPartysPinButtonsAreDisabledWithWhoMayAndNothingIsMarkedBeforeTyping(FxRobot robot) {
        openSetupAsTheCiso(robot);

        assertThat(robot.lookup("#set-pin-1").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#set-pin-2").queryAs(Button.class).isDisabled()).isTrue();
        Node holder = robot.lookup("#set-pin-2-holder").query();
        Tooltip why = (Tooltip) holder.getProperties().get("javafx.scene.control.Tooltip");
        assertThat(why).as("the holder of the disabled button carries the reason").isNotNull();
        assertThat(why.getText()).isEqualTo("Only CTO can set CTO's PIN: hand over with Ctrl+P.");
        assertThat(robot.lookup(".label.danger").queryAllAs(Label.class)).as("no red label before typing")
                .noneMatch(label -> label.isVisible() && !label.getText().isEmpty());
        assertThat(robot.lookup("#set-both-pins").queryAs(Button.class).getText()).isEqualTo("Set both PINs\u2026");
    }

    @Test
    void eachPartyChoosesItsPinBehindTheCoverAndEscapeLeavesNoneSet(FxRobot robot) {
        openSetupAsTheCiso(robot);

        robot.clickOn("#set-both-pins");
        waitUntil("the cover shows", () -> covered(robot));
        assertThat(robot.lookup("#navigation").tryQuery()).as("the frame is out of the window").isEmpty();
        assertThat(robot.lookup(".password-field").queryAllAs(PasswordField.class)).extracting(Node::getId)
                .containsExactly("both-pins-pin", "both-pins-repeat");
        assertThat(robot.lookup("#both-pins-title").queryAs(Label.class).getText()).isEqualTo("CISO");
        assertThat(allText()).doesNotContain("A PIN has 8 to 64 characters").doesNotContain("differ");
        choose(robot, "ciso-pin-2027");
        waitUntil("the CTO is asked", () -> "CTO".equals(robot.lookup("#both-pins-title").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#both-pins-pin").queryAs(PasswordField.class).getText()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);   // no shortcut acts behind it
        robot.type(KeyCode.ESCAPE);
        waitUntil("the setup is back", () -> !covered(robot) && robot.lookup("#navigation").tryQuery().isPresent());
        assertThat(anyPin()).as("nothing half done").isFalse();
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("No PIN was set.");
        assertThat(window.workbench.state().activeParty().roleLabel()).as("the CISO still has the laptop")
                .isEqualTo("CISO");
        assertThat(robot.lookup("#handover").query().isVisible()).as("Ctrl+P did nothing behind the cover").isFalse();
        assertThat(robot.lookup("#set-both-pins").query().isVisible()).as("still on the setup screen").isTrue();

        robot.clickOn("#set-both-pins");
        waitUntil("the cover shows again", () -> covered(robot));
        choose(robot, "ciso-pin-2027");
        waitUntil("the CTO is asked", () -> "CTO".equals(robot.lookup("#both-pins-title").queryAs(Label.class).getText()));
        choose(robot, "cto-pin-2027");
        waitUntil("both are set", () -> window.services.workshops().parties(workshopId).stream().allMatch(Party::hasPin));
        waitUntil("the setup is back", () -> !covered(robot) && robot.lookup("#navigation").tryQuery().isPresent());
        waitUntil("the offer goes", () -> !robot.lookup("#set-both-pins").query().isVisible());
    }
}
