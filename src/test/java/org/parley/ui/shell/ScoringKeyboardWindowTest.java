package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.openInQueue;
import static org.parley.ui.shell.WindowTestSupport.takeLaptop;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.ScoreSelector;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Scoring by keyboard where a stray key cannot score the wrong initiative or vanish into a field. */
@ExtendWith(ApplicationExtension.class)
class ScoringKeyboardWindowTest {

    @TempDir
    Path folder;
    private WindowTestSupport window;

    @Start
    void start(Stage stage) {
        window = new WindowTestSupport(folder, stage, false, services -> {
            Workshop workshop = services.workshops().create("Q3 review", TestConsent.nobody());
            for (String title : List.of("Passkeys for staff", "Open data lake")) {
                services.initiatives().add(workshop.id(), new InitiativeDraft(title, "", "", "", null, List.of()),
                        TestConsent.nobody());
            }
            Party cto = services.workshops().parties(workshop.id()).get(1);
            services.workshops().renameParty(cto, "Jonas", "CTO", TestConsent.both(services, workshop.id()));
        });
    }

    @AfterEach
    void close() {
        window.close();
    }

    private static Integer score(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ScoreSelector.class).valueProperty().get();
    }

    private static boolean focused(FxRobot robot, String id) {
        return robot.lookup("#" + id).query().isFocused();
    }

    @Test
    void clickingAnotherInitiativePutsTheKeyboardOnLikelihoodForDigitsAndTab(FxRobot robot) {
        takeLaptop(robot, 1, null);
        openInQueue(robot, "Open data lake");
        waitUntil("Likelihood has the keyboard", () -> focused(robot, "score-likelihood"));

        robot.type(KeyCode.DIGIT4).type(KeyCode.TAB).type(KeyCode.DIGIT2);

        assertThat(robot.lookup("#scoring-title").queryAs(Label.class).getText()).isEqualTo("Open data lake");
        assertThat(score(robot, "score-likelihood")).isEqualTo(4);
        assertThat(score(robot, "score-impact")).isEqualTo(2);
        assertThat(focused(robot, "score-impact")).isTrue();
    }

    @Test
    void digitsTypedWhileTheQueueHasTheKeyboardScoreTheOpenInitiative(FxRobot robot) {
        takeLaptop(robot, 1, null);
        ListView<?> queue = robot.lookup("#scoring-queue").queryAs(ListView.class);
        robot.interact(queue::requestFocus);
        waitUntil("the queue has the keyboard", queue::isFocused);

        robot.type(KeyCode.DIGIT3).type(KeyCode.TAB).type(KeyCode.DIGIT5);

        assertThat(score(robot, "score-likelihood")).isEqualTo(3);
        assertThat(score(robot, "score-impact")).isEqualTo(5);
        assertThat(queue.getSelectionModel().getSelectedIndex()).as("the digits did not move the queue").isZero();
    }

    @Test
    void tabLeavesTheRationaleAndCtrlTabTypesATab(FxRobot robot) {
        takeLaptop(robot, 1, null);
        TextArea rationale = robot.lookup("#score-rationale").queryAs(TextArea.class);
        WindowTestSupport.scrollTo(robot, "#score-rationale");
        robot.clickOn(rationale).write("Needs a pilot");

        robot.type(KeyCode.TAB);
        waitUntil("the keyboard left the rationale", () -> !rationale.isFocused());
        assertThat(rationale.getText()).isEqualTo("Needs a pilot");
        assertThat(focused(robot, "submit-assessment")).isTrue();

        robot.clickOn(rationale);
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        waitUntil("Ctrl+Tab typed a tab", () -> rationale.getText().contains("\t"));
        assertThat(rationale.isFocused()).isTrue();
    }

    @Test
    void aRefusedSubmitShowsAndMarksTheFirstMissingScore(FxRobot robot) {
        takeLaptop(robot, 1, null);
        robot.type(KeyCode.DIGIT4).type(KeyCode.TAB).type(KeyCode.DIGIT3);
        WindowTestSupport.scrollTo(robot, "#submit-assessment");
        robot.clickOn("#submit-assessment");

        Node missing = robot.lookup("#score-criterion-1").query();
        waitUntil("the first value criterion is marked", () -> missing.getStyleClass().contains("score-missing"));
        assertThat(missing.isFocused()).isTrue();
        assertThat(robot.lookup("#score-impact").query().getStyleClass()).doesNotContain("score-missing");
        ScrollPane scroll = (ScrollPane) ancestor(missing, ScrollPane.class);
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds shown = missing.localToScene(missing.getLayoutBounds());
        assertThat(shown.getMinY()).as("in view").isGreaterThanOrEqualTo(view.getMinY());
        assertThat(shown.getMaxY()).as("in view").isLessThanOrEqualTo(view.getMaxY());

        robot.type(KeyCode.DIGIT2);
        assertThat(missing.getStyleClass()).as("a score takes the mark off").doesNotContain("score-missing");
    }

    @Test
    void onceEverythingIsScoredThePromptNamesWhoGetsTheLaptop(FxRobot robot) {
        takeLaptop(robot, 1, null);
        Label prompt = robot.lookup("#all-scored").queryAs(Label.class);
        assertThat(prompt.isVisible()).isFalse();
        for (String title : List.of("Passkeys for staff", "Open data lake")) {
            waitUntil(title + " is open", () -> robot.lookup("#scoring-title").queryAs(Label.class).getText()
                    .equals(title) && focused(robot, "score-likelihood"));
            robot.type(KeyCode.DIGIT3).type(KeyCode.TAB).type(KeyCode.DIGIT3);
            for (int criterion = 0; criterion < 4; criterion++) {
                robot.type(KeyCode.TAB).type(KeyCode.DIGIT4);
            }
            robot.type(KeyCode.ENTER);
            if (title.startsWith("Passkeys")) {
                waitUntil("the first is submitted", () -> !robot.lookup("#scoring-title").queryAs(Label.class)
                        .getText().startsWith("Passkeys"));
            }
        }

        waitUntil("the prompt shows", prompt::isVisible);
        assertThat(prompt.getText()).isEqualTo("All 2 scored. Pass the laptop to Jonas (Ctrl+P)");
    }

    private static Node ancestor(Node node, Class<?> type) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return n;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " around " + node);
    }
}
