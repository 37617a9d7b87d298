package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.allText;
import static org.parley.ui.shell.WindowTestSupport.takeLaptop;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Seat;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A decision both parties take, asked of the party not at the keyboard: the window shows only the cover while
 * that party types its PIN, and the decision is taken once it agrees, or not at all when it cancels.
 */
@ExtendWith(ApplicationExtension.class)
class ConsentCoverWindowTest {

    /** Text of the appetite screen itself, which must leave the window with it. */
    private static final String APPETITE_HINT = "Highest risk score accepted at each value";

    @TempDir
    Path folder;
    private WindowTestSupport window;
    private PinnedWorkshop workshop;

    @Start
    void start(Stage stage) {
        window = new WindowTestSupport(folder, stage, false,
                services -> workshop = PinnedWorkshop.withAgreedAppetite(services));
    }

    @AfterEach
    void close() {
        window.close();
    }

    private boolean revealed() {
        return window.services.scoring().board(workshop.workshopId, Seat.FIRST).entries().get(0).round().revealed();
    }

    private List<Integer> agreedAppetite() {
        return window.services.divergence().appetites(workshop.workshopId, null).agreed().levels();
    }

    private static boolean covered(FxRobot robot) {
        return robot.lookup("#consent-cover").tryQuery().map(Node::isVisible).orElse(false);
    }

    /**
     * The cover is all there is: nothing of the screen behind is in the window, and the only PIN field in any
     * window is the cover's own, so the other party types into nothing the active party put up.
     */
    private static void assertOnlyTheCover(FxRobot robot, String... hidden) {
        String text = allText();
        for (String secret : hidden) {
            assertThat(text).as("while the cover shows").doesNotContain(secret);
        }
        assertThat(robot.lookup("#navigation").tryQuery()).as("the frame is out of the window").isEmpty();
        assertThat(robot.lookup("#status-message").tryQuery()).isEmpty();
        List<PasswordField> pinFields = new ArrayList<>();
        for (Window open : Window.getWindows()) {
            if (open.getScene() != null) {
                pinFields.addAll(robot.from(open.getScene().getRoot()).lookup(".password-field")
                        .queryAllAs(PasswordField.class));
            }
        }
        assertThat(pinFields).extracting(Node::getId).containsExactly("consent-pin");
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#consent-message").queryAs(Label.class).getText();
    }

    @Test
    void theCtoAgreesToTheRevealBehindACoverThatHidesTheCisosScores(FxRobot robot) {
        takeLaptop(robot, 1, PinnedWorkshop.CISO_PIN);
        WindowTestSupport.openInQueue(robot, PinnedWorkshop.TITLE);
        waitUntil("the CISO's own rationale shows", () -> robot.lookup("#score-rationale").query().isVisible()
                && allText().contains(PinnedWorkshop.CISO_SECRET));

        robot.clickOn("#reveal-all");
        waitUntil("the cover shows", () -> covered(robot));
        assertOnlyTheCover(robot, PinnedWorkshop.CISO_SECRET, PinnedWorkshop.TITLE);
        assertThat(robot.lookup("#consent-request").queryAs(Label.class).getText())
                .isEqualTo("CISO asks you to agree to reveal every initiative you have both scored. Both parties "
                        + "decide this together.");

        robot.type(KeyCode.ESCAPE);
        waitUntil("Esc brings the CISO's screen back", () -> allText().contains(PinnedWorkshop.CISO_SECRET));
        assertThat(covered(robot)).isFalse();
        assertThat(revealed()).as("cancelled: nothing revealed").isFalse();
        assertThat(allText()).doesNotContain(PinnedWorkshop.CTO_SECRET);

        robot.clickOn("#reveal-all");
        waitUntil("the cover shows again", () -> covered(robot));
        robot.clickOn("#consent-pin").write("not-the-pin");
        robot.clickOn("#consent-agree");
        waitUntil("a wrong PIN is refused on the cover", () -> message(robot).startsWith("Wrong PIN."));
        assertOnlyTheCover(robot, PinnedWorkshop.CISO_SECRET);
        assertThat(revealed()).isFalse();

        robot.clickOn("#consent-pin").write(PinnedWorkshop.CTO_PIN).type(KeyCode.ENTER);
        waitUntil("both parties' scores are revealed", this::revealed);
        waitUntil("the CISO's screen is back, now with both", () -> allText().contains(PinnedWorkshop.CTO_SECRET)
                && allText().contains(PinnedWorkshop.CISO_SECRET));
        assertThat(covered(robot)).isFalse();
    }

    @Test
    void theAgreedAppetiteChangesOnlyOnceTheCtoAgreesBehindTheCover(FxRobot robot) {
        takeLaptop(robot, 1, PinnedWorkshop.CISO_PIN);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        robot.clickOn("Appetite");
        waitUntil("the agreed appetite can be edited", () -> !robot.lookup("#edit-agreed-appetite").query()
                .isDisabled());
        robot.clickOn("#edit-agreed-appetite");
        waitUntil("it is in the editor", () -> level(robot).getValue().equals(5));
        robot.clickOn(level(robot).lookup(".increment-arrow-button"));
        waitUntil("the first level went up", () -> level(robot).getValue().equals(6));

        robot.clickOn("#save-appetite");
        waitUntil("the cover shows", () -> covered(robot));
        assertOnlyTheCover(robot, APPETITE_HINT);
        assertThat(robot.lookup("#appetite-level-1").tryQuery()).isEmpty();
        assertThat(agreedAppetite()).as("not before the CTO agrees").containsExactly(5, 7, 10, 12, 15);

        robot.clickOn("#consent-cancel");
        waitUntil("the CISO's screen is back", () -> allText().contains(APPETITE_HINT));
        assertThat(level(robot).getValue()).as("the edit is still there to save").isEqualTo(6);
        assertThat(agreedAppetite()).as("cancelled: nothing changed").containsExactly(5, 7, 10, 12, 15);

        robot.clickOn("#save-appetite");
        waitUntil("the cover shows again", () -> covered(robot));
        robot.clickOn("#consent-pin").write(PinnedWorkshop.CTO_PIN);
        robot.clickOn("#consent-agree");
        waitUntil("the agreed appetite is saved", () -> agreedAppetite().equals(List.of(6, 7, 10, 12, 15)));
        waitUntil("the CISO's screen is back", () -> allText().contains(APPETITE_HINT));
        assertThat(covered(robot)).isFalse();
    }

    private static Spinner<?> level(FxRobot robot) {
        return robot.lookup("#appetite-level-1").queryAs(Spinner.class);
    }
}
