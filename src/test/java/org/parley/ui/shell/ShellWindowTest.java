package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.parley.app.service.BuildInfo;
import org.parley.ui.common.Shortcut;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The window's own help, its About box, and the audit log's filters, through the real window. */
class ShellWindowTest extends SampleWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theHelpListsEveryMenuShortcutInAlignedColumns(FxRobot robot) {
        Set<String> listed = Shortcuts.ALL.stream().map(Shortcut::keys).collect(Collectors.toSet());
        List<String> accelerators = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).map(MenuItem::getAccelerator).filter(Objects::nonNull)
                .map(KeyCombination::getDisplayText).toList();
        assertThat(accelerators).hasSizeGreaterThan(10);
        for (String keys : accelerators) {
            // The seven screens share one line of the help.
            String line = keys.matches("Ctrl\\+[1-7]") ? "Ctrl+1 \u2026 Ctrl+7" : keys;
            assertThat(listed).as("the help lists " + keys).contains(line);
        }

        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitUntil("the help shows", () -> robot.lookup("#shortcuts").tryQuery().isPresent());
        GridPane table = robot.lookup("#shortcuts").queryAs(GridPane.class);
        List<Node> keys = table.getChildren().stream().filter(n -> n.getStyleClass().contains("shortcut-keys"))
                .toList();
        assertThat(keys).hasSize(Shortcuts.ALL.size());
        assertThat(keys.stream().map(n -> n.localToScene(0, 0).getX()).distinct()).as("keys in one column")
                .hasSize(1);
        List<Node> actions = table.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) != null
                && GridPane.getColumnIndex(n) == 1).toList();
        assertThat(actions.stream().map(n -> n.localToScene(0, 0).getX()).distinct()).as("actions in one column")
                .hasSize(1);
        assertThat(actions.get(0).localToScene(0, 0).getX()).isGreaterThan(
                keys.stream().mapToDouble(n -> n.localToScene(n.getBoundsInLocal()).getMaxX()).max().orElseThrow());
        closeDialog(robot);
    }

    @Test
    void theAboutBoxNamesTheVersion(FxRobot robot) {
        assertThat(BuildInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        Platform.runLater(window.workbench::showAbout);
        waitUntil("the About box shows", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(about.getHeaderText()).isEqualTo("About Parley " + BuildInfo.version());
        assertThat(about.getContentText()).contains("Version " + BuildInfo.version()).contains("Apache License 2.0");
        closeDialog(robot);
    }

    @Test
    void theAuditFiltersAreKeptWhenComingBackAndItsCountsSayWhatTheyCount(FxRobot robot) {
        showAudit(robot);
        TableView<?> table = robot.lookup("#audit-table").queryAs(TableView.class);
        waitUntil("the log is listed", () -> table.getItems().size() > 10);
        int all = table.getItems().size();
        Label count = robot.lookup("#audit-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("This workshop: " + all + " events.");
        assertThat(robot.lookup("#audit-chain").queryAs(Label.class).getText())
                .startsWith("The whole log verifies: ").contains(" of every workshop in this store");

        @SuppressWarnings("unchecked")
        ComboBox<String> kind = robot.lookup("#audit-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue("Agreement signed"));
        waitUntil("the log is filtered", () -> table.getItems().size() < all);
        int signed = table.getItems().size();
        assertThat(signed).isPositive();
        assertThat(count.getText()).isEqualTo("Showing " + signed + " of this workshop's " + all + " events.");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        showAudit(robot);
        waitUntil("the log is listed again", () -> !table.getItems().isEmpty());
        assertThat(kind.getValue()).isEqualTo("Agreement signed");
        assertThat(table.getItems()).hasSize(signed);

        robot.clickOn("#audit-verify");
        waitUntil("the log is verified again", () -> !table.getItems().isEmpty());
        assertThat(kind.getValue()).isEqualTo("Agreement signed");
        assertThat(table.getItems()).hasSize(signed);
    }

    @Test
    void aCloseRequestBehindTheLockIsRefusedAndAsksNothing(FxRobot robot) {
        WindowTestSupport.takeLaptop(robot, 1, org.parley.app.service.SampleWorkshop.FIRST_PIN);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil("the window is locked", () -> window.workbench.covered());

        boolean[] mayClose = {true};
        robot.interact(() -> mayClose[0] = window.workbench.mayClose());

        assertThat(mayClose[0]).as("whoever is at a locked laptop cannot close the party's window").isFalse();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    private static void showAudit(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        waitUntil("the audit log shows", () -> robot.lookup("#audit-table").tryQuery()
                .map(Node::isVisible).orElse(false));
    }

    @Test
    void theBackupsDialogChecksEachBackupAndBacksUpOnRequest(FxRobot robot) throws Exception {
        Platform.runLater(window.workbench::showBackups);
        waitUntil("the backups show", () -> robot.lookup("#backups").tryQuery().isPresent());
        assertThat(robot.lookup("#backups").queryAs(TableView.class).getItems()).as("a new store has none").isEmpty();

        robot.clickOn("Back up now");
        waitUntil("the backup is listed", () -> robot.lookup("#backups").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));

        java.nio.file.Path backups = folder.resolve("backups");
        String name;
        try (var files = java.nio.file.Files.list(backups)) {
            name = files.findFirst().orElseThrow().getFileName().toString();
        }
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(((Label) pane.getContent().lookup(".label")).getText()).startsWith("Backed up now: " + name + " (")
                .contains("signed agreements)");
        var row = (org.parley.ui.common.DialogService.BackupRow) robot.lookup("#backups").queryAs(TableView.class)
                .getItems().get(0);
        assertThat(row.file()).isEqualTo(name);
        assertThat(row.holds()).matches("1 workshop, \\d+ signed agreements");
        assertThat(robot.lookup("#restore-command").queryAs(javafx.scene.control.TextField.class).getText())
                .endsWith(" restore " + name).contains("--db " + folder);
        robot.clickOn("Close");
        waitUntil("the dialog closes", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    private static void closeDialog(FxRobot robot) {
        Button close = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream().findFirst()
                .orElseThrow();
        robot.clickOn(close);
        waitUntil("the dialog closes", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
