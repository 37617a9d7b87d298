package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.ui.shell.WindowTestSupport.scrollTo;
import static org.parley.ui.shell.WindowTestSupport.takeLaptop;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parley.app.service.SampleWorkshop;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatus;
import org.parley.domain.RuleViolation;
import org.parley.domain.quant.LossEstimate;
import org.parley.testing.TestConsent;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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

    /** The CISO, at the laptop, signs in the PIN dialog over its own screen. */
    private static void signAsCisoInTheDialog(FxRobot robot) {
        scrollTo(robot, "#sign-1");
        robot.clickOn("#sign-1");
        waitUntil("the dialog asks the PIN", () -> robot.lookup("#dialog-current-pin").tryQuery().isPresent());
        robot.clickOn("#dialog-current-pin").write(SampleWorkshop.FIRST_PIN);
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "OK".equals(b.getText())).findFirst().orElseThrow());
    }

    /** The CTO, not at the laptop, signs behind the cover: the negotiation screen is out of the window meanwhile. */
    private static void signAsCtoBehindTheCover(FxRobot robot) {
        scrollTo(robot, "#sign-2");
        robot.clickOn("#sign-2");
        waitUntil("the cover asks the CTO", () -> robot.lookup("#consent-pin").tryQuery().map(Node::isVisible)
                .orElse(false));
        assertThat(robot.lookup("#agreement-rationale").tryQuery()).as("the screen behind is gone").isEmpty();
        robot.clickOn("#consent-pin").write(SampleWorkshop.SECOND_PIN);
        robot.clickOn("#consent-agree");
        waitUntil("the cover goes", () -> robot.lookup("#consent-cover").tryQuery().isEmpty());
    }

    /** The CISO takes the laptop and opens the proposal for {@link #TITLE} on the negotiation screen. */
    private void openProposal(FxRobot robot) {
        takeLaptop(robot, 1, SampleWorkshop.FIRST_PIN);
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
    }

    /** Where the node is in the scrolling content: the same place there whatever the scroll position. */
    private static Bounds inContent(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Node scroll = node.getParent();
            while (!(scroll instanceof ScrollPane)) {
                scroll = scroll.getParent();
            }
            return ((ScrollPane) scroll).getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        }));
    }

    @Test
    void bothPartiesSignAndAChangeIsANewVersion(FxRobot robot) {
        openProposal(robot);

        scrollTo(robot, "#agreement-decision");
        choose(robot, "agreement-decision", "Proceed");
        choose(robot, "agreement-treatment", "Accept");
        robot.clickOn("#agreement-risk-owner").write("Head of Infrastructure");
        robot.clickOn("#agreement-review-date").write("2027-06-30").type(KeyCode.ENTER);
        scrollTo(robot, "#agreement-rationale");
        robot.clickOn("#agreement-rationale").write("Replaces the flat VPN.");
        scrollTo(robot, "#residual-loss-estimate");
        robot.clickOn("#residual-loss-estimate");
        waitUntil("the residual loss section opens", () -> robot.lookup("#residual-loss-estimate")
                .queryAs(TitledPane.class).isExpanded());
        robot.clickOn("#residual-loss-probability").write("2%");
        robot.clickOn("#residual-loss-low").write("100 k");
        robot.clickOn("#residual-loss-high").write("1 M");
        scrollTo(robot, "#save-agreement");
        robot.clickOn("#save-agreement");
        waitUntil("the draft is saved", () -> state(robot).equals("Version 1: Draft, not signed"));
        // Measured once the layout has settled: on a loaded machine the pass after the save may still be pending.
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        Bounds firstBefore = inContent(robot, "#sign-1");
        Bounds secondBefore = inContent(robot, "#sign-2");

        signAsCisoInTheDialog(robot);
        waitUntil("the CISO signed", () -> state(robot).equals("Version 1: Draft, signed by CISO"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);

        assertThat(inContent(robot, "#sign-1")).as("the CISO's button stays where it was").isEqualTo(firstBefore);
        assertThat(inContent(robot, "#sign-2")).as("the CTO's button stays where it was").isEqualTo(secondBefore);
        assertThat(robot.lookup("#sign-1").queryAs(Button.class).isDisabled()).as("signed once").isTrue();
        assertThat(robot.lookup("#signed-1").queryAs(Label.class).getText())
                .startsWith("Signed by Amira Haddad (CISO) on ");
        assertThat(robot.lookup("#signed-2").queryAs(Label.class).getText()).isEqualTo("Not signed yet");
        signAsCtoBehindTheCover(robot);
        waitUntil("both signed", () -> state(robot).equals("Version 1: Signed"));

        TextArea rationale = robot.lookup("#agreement-rationale").queryAs(TextArea.class);
        assertThat(rationale.isEditable()).as("a signed version cannot be edited in the window").isFalse();
        assertThat(rationale.isDisabled()).as("but reads at full strength, its text selectable").isFalse();
        TextField residualLow = robot.lookup("#residual-loss-low").queryAs(TextField.class);
        assertThat(residualLow.getText()).isEqualTo("100000");
        assertThat(residualLow.isEditable()).as("the signed residual loss is shown, not editable").isFalse();
        Agreement frozen = versions().get(0);
        assertThat(frozen.status()).isEqualTo(AgreementStatus.FROZEN);
        assertThat(frozen.terms().residualLoss()).isEqualTo(new LossEstimate(0.02, 100_000, 1_000_000));
        assertThat(frozen.snapshot()).isNotNull();
        assertThatThrownBy(() -> window.services.agreements().edit(frozen.id(), frozen.terms(),
                TestConsent.of(window.services, window.workbench.state().activeParty(), SampleWorkshop.FIRST_PIN)))
                .as("nor through the service").isInstanceOf(RuleViolation.class);

        scrollTo(robot, "#amend-agreement");
        robot.clickOn("#amend-agreement");
        waitUntil("the form opens for version 2", () -> robot.lookup("#agreement-rationale").queryAs(TextArea.class)
                .isEditable());
        scrollTo(robot, "#agreement-rationale");
        robot.clickOn("#agreement-rationale").type(KeyCode.END).write(" Connector hardened.");
        scrollTo(robot, "#save-agreement");
        robot.clickOn("#save-agreement");
        waitUntil("version 2 is a draft", () -> state(robot).equals("Version 2: Draft, not signed"));
        signAsCtoBehindTheCover(robot);
        waitUntil("the CTO signed version 2", () -> !robot.lookup("#sign-1").queryAs(Button.class).isDisabled()
                && robot.lookup("#sign-2").queryAs(Button.class).isDisabled());
        signAsCisoInTheDialog(robot);
        waitUntil("version 2 is signed", () -> state(robot).equals("Version 2: Signed"));

        assertThat(versions()).extracting(Agreement::version, Agreement::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1, AgreementStatus.SUPERSEDED),
                org.assertj.core.groups.Tuple.tuple(2, AgreementStatus.FROZEN));
        assertThat(versions()).filteredOn(a -> a.version() == 2).singleElement()
                .satisfies(a -> assertThat(a.terms().rationale()).isEqualTo("Replaces the flat VPN. Connector hardened."))
                .satisfies(a -> assertThat(a.terms().residualLoss()).as("the amendment carries it")
                        .isEqualTo(frozen.terms().residualLoss()));
        assertThat(robot.lookup("#agreement-versions").queryAs(Node.class)).isNotNull();
        @SuppressWarnings("unchecked")
        ComboBox<Object> decision = robot.lookup("#agreement-decision").queryAs(ComboBox.class);
        assertThat(decision.getValue()).hasToString("PROCEED");
    }

    @Test
    void aDateTypedDayFirstEndsAsIsoAndTextThatIsNotADateStaysWithAMessage(FxRobot robot) {
        openProposal(robot);
        scrollTo(robot, "#agreement-review-date");
        DatePicker review = robot.lookup("#agreement-review-date").queryAs(DatePicker.class);

        robot.clickOn("#agreement-review-date").write("32/13/2027");
        robot.clickOn("#agreement-risk-owner");

        assertThat(review.getEditor().getText()).as("kept to be corrected").isEqualTo("32/13/2027");
        assertThat(review.getValue()).isNull();
        assertThat(WindowTestSupport.allText()).contains("Review date: \u201C32/13/2027\u201D is not a date; type "
                + "it as year-month-day, such as 2027-12-31.");

        robot.clickOn("#agreement-review-date").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("31/12/2027");
        // Leaving the field takes the date, without Enter.
        robot.clickOn("#agreement-risk-owner");

        assertThat(review.getValue()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(review.getEditor().getText()).isEqualTo("2027-12-31");
        assertThat(WindowTestSupport.allText()).doesNotContain("is not a date");
    }
}
