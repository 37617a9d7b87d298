package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.allText;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.AssessmentInput;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.testing.TestConsent;
import org.parley.domain.Seat;
import org.parley.domain.Workshop;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Two parties score on one window, by keyboard; nothing of the first shows while the second is active. */
@ExtendWith(ApplicationExtension.class)
class ScoringWindowTest {

    private static final String FIRST_SECRET = "CISO-RATIONALE-ON-PASSKEYS";
    private static final String SECOND_SECRET = "CISO-RATIONALE-ON-DATA-LAKE";

    @TempDir
    Path folder;
    private WindowTestSupport window;
    private long workshopId;

    @Start
    void start(Stage stage) {
        window = new WindowTestSupport(folder, stage, false, services -> {
            Workshop workshop = services.workshops().create("Q3 review", TestConsent.nobody());
            workshopId = workshop.id();
            for (String title : List.of("Passkeys for staff", "Open data lake")) {
                services.initiatives().add(workshop.id(), new InitiativeDraft(title, "", "", "", null, List.of()),
                        TestConsent.nobody());
            }
        });
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void take(FxRobot robot, int seat) {
        waitUntil("the handover offers seat " + seat, () -> robot.lookup("#handover-confirm").tryQuery()
                .map(Node::isVisible).orElse(false) || robot.lookup("#score-as-" + seat).tryQuery().isPresent());
        robot.lookup("#score-as-" + seat).tryQuery().filter(Node::isVisible).ifPresent(robot::clickOn);
        waitUntil("the handover shows", () -> robot.lookup("#handover-confirm").query().isVisible());
        robot.clickOn("#handover-confirm");
        waitUntil("the first score has the keyboard", () -> robot.lookup("#score-likelihood").query().isFocused());
    }

    /** Scores the open initiative by keyboard alone: digits, Tab, text, Enter. */
    private void scoreByKeyboard(FxRobot robot, KeyCode likelihood, KeyCode impact, KeyCode value, String rationale) {
        robot.type(likelihood).type(KeyCode.TAB).type(impact);
        for (int criterion = 0; criterion < 4; criterion++) {
            robot.type(KeyCode.TAB).type(value);
        }
        robot.type(KeyCode.TAB).write(rationale).type(KeyCode.ENTER);
    }

    private int submitted(Seat seat) {
        return window.services.scoring().board(workshopId, seat).ownScored();
    }

    @Test
    void theFirstPartysScoresAppearNowhereWhileTheSecondIsActiveUntilTheReveal(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        take(robot, 1);
        scoreByKeyboard(robot, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT2, FIRST_SECRET);
        waitUntil("the first initiative is submitted", () -> submitted(Seat.FIRST) == 1);
        waitUntil("the next initiative opens", () -> robot.lookup("#scoring-title").queryAs(Label.class).getText()
                .equals("Open data lake") && robot.lookup("#score-likelihood").query().isFocused());
        scoreByKeyboard(robot, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT3, SECOND_SECRET);
        waitUntil("both are submitted", () -> submitted(Seat.FIRST) == 2);
        var stored = window.services.scoring().board(workshopId, Seat.FIRST).entries().get(0).own();
        assertThat(stored.riskScore()).isEqualTo(20);
        assertThat(stored.value()).isEqualTo(2.0);

        robot.clickOn("#switch-party");
        waitUntil("the handover hides the first party", () -> !allText().contains(SECOND_SECRET));
        take(robot, 2);
        waitUntil("the second party's summary shows", () -> robot.lookup("#scoring-summary").queryAs(Label.class)
                .getText().contains("CISO has scored 2 of 2"));

        // Nothing of the first party's work shows on any screen, in the status line or the menus.
        for (KeyCode screen : List.of(KeyCode.DIGIT1, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6,
                KeyCode.DIGIT7, KeyCode.DIGIT2)) {
            robot.press(KeyCode.CONTROL, screen).release(screen, KeyCode.CONTROL);
            WindowTestSupport.waitUntil("the screen settles", () -> true);
            assertThat(allText()).as("screen " + screen).doesNotContain(FIRST_SECRET).doesNotContain(SECOND_SECRET)
                    .doesNotContain("Submitted your scores").doesNotContain("ready to reveal");
        }
        String seenBySecond = allText();
        assertThat(seenBySecond).doesNotContain(FIRST_SECRET).doesNotContain(SECOND_SECRET);
        assertThat(robot.lookup("#comparison").tryQuery()).isEmpty();
        assertThat(robot.lookup("#live-risk").queryAs(Label.class).getText()).isEqualTo("–");

        scoreByKeyboard(robot, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT5, "CTO on passkeys");
        waitUntil("the second party's first is submitted", () -> submitted(Seat.SECOND) == 1);
        assertThat(allText()).doesNotContain(FIRST_SECRET).doesNotContain(SECOND_SECRET);
        waitUntil("the next opens", () -> robot.lookup("#score-likelihood").query().isFocused()
                && robot.lookup("#scoring-title").queryAs(Label.class).getText().equals("Open data lake"));
        scoreByKeyboard(robot, KeyCode.DIGIT2, KeyCode.DIGIT2, KeyCode.DIGIT4, "CTO on the lake");
        waitUntil("the second party is done", () -> submitted(Seat.SECOND) == 2);
        assertThat(allText()).doesNotContain(FIRST_SECRET).doesNotContain(SECOND_SECRET);

        robot.clickOn("#reveal-all");
        waitUntil("the CISO is asked to agree behind the cover", () -> robot.lookup("#consent-agree").tryQuery()
                .map(b -> ((javafx.scene.control.Button) b).getText().equals("Agree as CISO")).orElse(false));
        robot.clickOn("#consent-agree");
        waitUntil("the open initiative shows both parties", () -> allText().contains(SECOND_SECRET));
        assertThat(robot.lookup("#comparison").tryQuery()).isPresent();

        @SuppressWarnings("unchecked")
        ListView<Object> queue = robot.lookup("#scoring-queue").queryAs(ListView.class);
        robot.clickOn(robot.from(queue).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> "Passkeys for staff".equals(cell.getText())).findFirst().orElseThrow());
        waitUntil("the first initiative shows both parties", () -> allText().contains(FIRST_SECRET));
        assertThat(queue.getItems()).hasSize(2);
        assertThat(allText()).contains("CTO on passkeys").contains("\u25B2 higher").contains("\u25BC lower");
        // The CISO saw more risk and the CTO more value: only the risk rows are tinted as a warning.
        javafx.scene.layout.GridPane comparison = robot.lookup("#comparison").queryAs(javafx.scene.layout.GridPane.class);
        assertThat(rowsTinted(comparison, "compare-higher")).containsExactly("Likelihood", "Impact", "Risk score");
        assertThat(rowsTinted(comparison, "compare-value-higher")).endsWith("Value").hasSize(5);
    }

    @Test
    void theRoundBarRevealsTheOpenInitiativeAndOpensItsNextRound(FxRobot robot) {
        List<Party> parties = window.services.workshops().parties(workshopId);
        long passkeys = window.services.initiatives().initiatives(workshopId).get(0).id();
        Map<Long, Integer> values = new HashMap<>();
        window.services.scoring().criteria(workshopId).forEach(criterion -> values.put(criterion.id(), 3));
        for (Party party : parties) {
            window.services.scoring().submit(passkeys, party, new AssessmentInput(4, 4, values, ""),
                    TestConsent.of(window.services, party));
        }
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        take(robot, 1);
        Label round = robot.lookup("#scoring-round").queryAs(Label.class);
        assertThat(round.getText()).isEqualTo("Round 1 \u00B7 blind");
        assertThat(robot.lookup("#reveal-initiative").query().isVisible()).as("not before this party submits").isFalse();

        @SuppressWarnings("unchecked")
        ListView<Object> queue = robot.lookup("#scoring-queue").queryAs(ListView.class);
        robot.clickOn(robot.from(queue).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> "Passkeys for staff".equals(cell.getText())).findFirst().orElseThrow());
        waitUntil("Passkeys opens", () -> round.getText()
                .equals("Round 1 \u00B7 blind \u00B7 you have submitted; you can change it until the reveal"));
        assertThat(robot.lookup("#open-round").query().isVisible()).isFalse();
        robot.clickOn("#reveal-initiative");
        waitUntil("the CTO is asked to agree", () -> robot.lookup("#consent-agree").tryQuery()
                .map(Node::isVisible).orElse(false));
        robot.clickOn("#consent-agree");
        waitUntil("the round is revealed", () -> round.getText().equals("Round 1 \u00B7 revealed"));
        assertThat(robot.lookup("#reveal-initiative").query().isVisible()).isFalse();

        robot.clickOn("#open-round");
        waitUntil("the next round is blind", () -> round.getText().equals("Round 2 \u00B7 blind"));
        assertThat(robot.lookup("#open-round").query().isVisible()).isFalse();
        assertThat(robot.lookup("#score-likelihood").query().isVisible()).as("the form takes scores again").isTrue();
    }

    /** The dimension names of the comparison rows with a cell of {@code styleClass}. */
    private static List<String> rowsTinted(javafx.scene.layout.GridPane grid, String styleClass) {
        return grid.getChildren().stream().filter(cell -> cell.getStyleClass().contains(styleClass))
                .map(javafx.scene.layout.GridPane::getRowIndex)
                .map(row -> grid.getChildren().stream().filter(n -> java.util.Objects.equals(
                        javafx.scene.layout.GridPane.getRowIndex(n), row) && java.util.Objects.equals(
                        javafx.scene.layout.GridPane.getColumnIndex(n), 0)).findFirst().orElseThrow())
                .map(name -> ((Label) name).getText()).toList();
    }
}
