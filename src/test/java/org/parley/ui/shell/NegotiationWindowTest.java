package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.ui.shell.WindowTestSupport.scrollTo;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parley.domain.Actor;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatus;
import org.parley.domain.RuleViolation;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Negotiates through the real window: propose, sign as both parties, see it frozen, amend as version 2. */
class NegotiationWindowTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static final String TITLE = "Zero-trust network access";


    private List<Agreement> versions() {
        long workshop = window.services.workshops().workshops().get(0).id();
        long id = window.services.initiatives().initiatives(workshop).stream()
                .filter(i -> i.title().equals(TITLE)).findFirst().orElseThrow().id();
        return window.services.agreements().versions(id);
    }

    private String state(FxRobot robot) {
        return robot.lookup("#agreement-state").queryAs(Label.class).getText();
    }

    private static void choose(FxRobot robot, String comboId, String item) {
        robot.clickOn("#" + comboId);
        waitUntil("the list of " + comboId + " opens", () -> robot.lookup(".combo-box-popup .list-cell").queryAll()
                .stream().anyMatch(n -> item.equals(((ListCell<?>) n).getText())));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> item.equals(((ListCell<?>) n).getText())).findFirst().orElseThrow());
    }

    private static void confirmDialog(FxRobot robot, String button) {
        waitUntil("the dialog asks", () -> robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .anyMatch(b -> button.equals(b.getText())));
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> button.equals(b.getText())).findFirst().orElseThrow());
    }

    @Test
    void bothPartiesSignAndAChangeIsANewVersion(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#negotiation-list").queryAs(ListView.class);
        waitUntil("the revealed initiatives are listed", () -> list.getItems().size() == 14);
        robot.clickOn(robot.from(list).lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> cell && cell.getGraphic() != null
                        && cell.getGraphic().lookupAll(".label").stream()
                        .anyMatch(l -> TITLE.equals(((Label) l).getText())))
                .findFirst().orElseThrow());
        waitUntil("its proposal opens", () -> state(robot).startsWith("No agreement yet"));

        scrollTo(robot, "#agreement-decision");
        choose(robot, "agreement-decision", "Proceed");
        choose(robot, "agreement-treatment", "Accept");
        robot.clickOn("#agreement-risk-owner").write("Head of Infrastructure");
        robot.clickOn("#agreement-review-date").write("2027-06-30").type(KeyCode.ENTER);
        scrollTo(robot, "#agreement-rationale");
        robot.clickOn("#agreement-rationale").write("Replaces the flat VPN.");
        scrollTo(robot, "#save-agreement");
        robot.clickOn("#save-agreement");
        waitUntil("the draft is saved", () -> state(robot).equals("Version 1: Draft, not signed"));

        scrollTo(robot, "#sign-1");
        robot.clickOn("#sign-1");
        confirmDialog(robot, "Sign as CISO");
        waitUntil("the CISO signed", () -> state(robot).equals("Version 1: Draft, signed by CISO"));
        scrollTo(robot, "#sign-2");
        robot.clickOn("#sign-2");
        confirmDialog(robot, "Sign as CTO");
        waitUntil("both signed", () -> state(robot).equals("Version 1: Signed"));

        assertThat(robot.lookup("#agreement-rationale").queryAs(TextArea.class).isDisabled())
                .as("a signed version cannot be edited in the window").isTrue();
        Agreement frozen = versions().get(0);
        assertThat(frozen.status()).isEqualTo(AgreementStatus.FROZEN);
        assertThat(frozen.snapshot()).isNotNull();
        assertThatThrownBy(() -> window.services.agreements().edit(frozen.id(), frozen.terms(), Actor.WINDOW))
                .as("nor through the service").isInstanceOf(RuleViolation.class);

        scrollTo(robot, "#amend-agreement");
        robot.clickOn("#amend-agreement");
        waitUntil("the form opens for version 2", () -> !robot.lookup("#agreement-rationale").queryAs(TextArea.class)
                .isDisabled());
        scrollTo(robot, "#agreement-rationale");
        robot.clickOn("#agreement-rationale").type(KeyCode.END).write(" Connector hardened.");
        scrollTo(robot, "#save-agreement");
        robot.clickOn("#save-agreement");
        waitUntil("version 2 is a draft", () -> state(robot).equals("Version 2: Draft, not signed"));
        scrollTo(robot, "#sign-2");
        robot.clickOn("#sign-2");
        confirmDialog(robot, "Sign as CTO");
        waitUntil("the CTO signed version 2", () -> robot.lookup("#sign-1").tryQuery().isPresent()
                && robot.lookup("#sign-2").tryQuery().isEmpty());
        scrollTo(robot, "#sign-1");
        robot.clickOn("#sign-1");
        confirmDialog(robot, "Sign as CISO");
        waitUntil("version 2 is signed", () -> state(robot).equals("Version 2: Signed"));

        assertThat(versions()).extracting(Agreement::version, Agreement::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1, AgreementStatus.SUPERSEDED),
                org.assertj.core.groups.Tuple.tuple(2, AgreementStatus.FROZEN));
        assertThat(versions()).filteredOn(a -> a.version() == 2).singleElement()
                .satisfies(a -> assertThat(a.terms().rationale()).isEqualTo("Replaces the flat VPN. Connector hardened."));
        assertThat(robot.lookup("#agreement-versions").queryAs(Node.class)).isNotNull();
        @SuppressWarnings("unchecked")
        ComboBox<Object> decision = robot.lookup("#agreement-decision").queryAs(ComboBox.class);
        assertThat(decision.getValue()).hasToString("PROCEED");
    }
}
