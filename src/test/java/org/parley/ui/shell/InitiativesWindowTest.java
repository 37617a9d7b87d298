package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.parley.app.service.SampleWorkshop;
import org.parley.domain.Initiative;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Drives the real window by keyboard and mouse: create, edit, filter and delete an initiative. */
class InitiativesWindowTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }


    private long workshopId() {
        return window.services.workshops().workshops().get(0).id();
    }

    private int storedCount() {
        return window.services.initiatives().initiatives(workshopId()).size();
    }

    @SuppressWarnings("unchecked")
    private TableView<Initiative> table(FxRobot robot) {
        return robot.lookup("#initiatives-table").queryAs(TableView.class);
    }

    private static java.util.Optional<javafx.scene.control.Button> dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(button -> text.equals(button.getText()))
                .findFirst();
    }

    @Test
    void createEditFilterAndDeleteAnInitiativeThroughTheWindow(FxRobot robot) {
        waitUntil("the sample workshop is listed", () -> table(robot).getItems().size() == 14);

        // Create, first with a cost that is not a number: marked at the field, nothing saved.
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil("the title field has focus",
                () -> robot.lookup("#initiative-title").query().isFocused());
        robot.write("Quantum-safe TLS for partner links");
        robot.clickOn("#initiative-cost").write("a lot");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil("the cost problem shows", () -> robot.lookup("#problem-estimated-cost").queryAs(Label.class)
                .getText().startsWith("Estimated cost must be a number"));
        assertThat(storedCount()).isEqualTo(14);

        TextField cost = robot.lookup("#initiative-cost").queryAs(TextField.class);
        robot.clickOn(cost).type(KeyCode.END);
        for (int i = 0; i < "a lot".length(); i++) {
            robot.type(KeyCode.BACK_SPACE);
        }
        robot.write("320000");
        waitUntil("the cost is typed", () -> cost.getText().equals("320000"));
        // The problem line goes first: its going moves the tags up, and a click aimed before would miss.
        waitUntil("the cost problem is gone", () -> robot.lookup("#problem-estimated-cost").queryAs(Label.class)
                .getText().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        robot.clickOn("#tag-PCI-DSS");
        waitUntil("the tag is chosen", () -> robot.lookup("#tag-PCI-DSS")
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        robot.clickOn("#save-initiative");
        waitUntil("the new initiative is stored", () -> storedCount() == 15);
        waitUntil("the table shows it", () -> table(robot).getItems().size() == 15);
        Initiative created = window.services.initiatives().initiatives(workshopId()).get(14);
        assertThat(created.title()).isEqualTo("Quantum-safe TLS for partner links");
        assertThat(created.estimatedCost()).isEqualByComparingTo("320000");
        assertThat(created.tags()).containsExactly("PCI-DSS");

        // Edit it: scoring has started in the sample, so both parties agree, each behind the cover.
        TextField title = robot.lookup("#initiative-title").queryAs(TextField.class);
        robot.clickOn(title).press(KeyCode.END).release(KeyCode.END).write(" (phase 1)");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        bothAgree(robot);
        waitUntil("the edit is stored", () -> window.services.initiatives().initiatives(workshopId()).get(14).title()
                .equals("Quantum-safe TLS for partner links (phase 1)"));

        // Filter to it.
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("quantum");
        waitUntil("only it is shown", () -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).title()).isEqualTo("Quantum-safe TLS for partner links (phase 1)");
        assertThat(robot.lookup("#initiative-count").queryAs(Label.class).getText()).isEqualTo("1 of 15 initiatives");

        // Delete it from the table with the Delete key, confirming in the dialog.
        robot.clickOn(robot.lookup("#initiatives-table .table-row-cell").nth(0).queryAs(Node.class));
        waitUntil("the row is chosen", () -> table(robot).getSelectionModel().getSelectedItem() != null);
        robot.interact(() -> table(robot).requestFocus());
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitUntil("the confirmation shows", () -> dialogButton(robot, "Delete").isPresent());
        robot.clickOn(dialogButton(robot, "Delete").orElseThrow());
        bothAgree(robot);
        waitUntil("it is deleted", () -> storedCount() == 14);
        waitUntil("the table is empty under the filter", () -> table(robot).getItems().isEmpty());
    }

    /** Nobody has the laptop: the cover asks the CISO, then the CTO, for their PINs. */
    private static void bothAgree(FxRobot robot) {
        for (String pin : List.of(SampleWorkshop.FIRST_PIN, SampleWorkshop.SECOND_PIN)) {
            waitUntil("the cover asks for a PIN", () -> robot.lookup("#consent-pin").tryQuery()
                    .filter(Node::isVisible).isPresent() && !robot.lookup("#consent-agree").query().isDisabled());
            robot.clickOn("#consent-pin").write(pin).type(KeyCode.ENTER);
            waitUntil("the PIN is taken", () -> robot.lookup("#consent-pin").tryQuery()
                    .map(field -> ((TextField) field).getText().isEmpty()).orElse(true));
        }
    }

    @Test
    void aNewWorkshopCanBeCreatedFromTheBar(FxRobot robot) {
        waitUntil("the sample workshop is listed", () -> table(robot).getItems().size() == 14);

        robot.clickOn("#new-workshop");
        waitUntil("the name dialog shows", () -> robot.lookup("#dialog-text").tryQuery().isPresent());
        robot.clickOn("#dialog-text").write("Q3 review").press(KeyCode.ENTER).release(KeyCode.ENTER);

        waitUntil("the workshop is stored", () -> window.services.workshops().workshops().size() == 2);
        waitUntil("its empty list shows", () -> table(robot).getItems().isEmpty());
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).contains("Q3 review");
    }
}
