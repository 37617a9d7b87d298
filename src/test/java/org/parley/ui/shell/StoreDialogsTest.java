package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.StoreDialogs;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The questions asked before the window opens a store: a new store's encryption, an encrypted store's passphrase. */
@ExtendWith(ApplicationExtension.class)
class StoreDialogsTest {

    private final java.util.List<Dialog<?>> shown = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void closeDialogs() throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> shown.forEach(Dialog::close)).get(10,
                java.util.concurrent.TimeUnit.SECONDS);
    }

    private <T> Dialog<T> show(java.util.function.Supplier<Dialog<T>> build) throws Exception {
        java.util.concurrent.CompletableFuture<Dialog<T>> shown = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            Dialog<T> dialog = build.get();
            this.shown.add(dialog);
            dialog.show();
            shown.complete(dialog);
        });
        return shown.get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void aNewStoreIsPlainUnlessTheBoxIsTickedAndThenNeedsTheSameLongPassphraseTwice(FxRobot robot) throws Exception {
        Dialog<DialogService.NewStore> dialog = show(() -> StoreDialogs.newStore("/tmp/p.mv.db", true, false, "Quit"));
        assertThat(robot.lookup("#new-passphrase").queryAs(PasswordField.class).getParent().isVisible())
                .as("the passphrase fields show only when the box is ticked").isFalse();

        robot.clickOn("#encrypt-store");
        robot.clickOn("#new-passphrase").write("too short");
        robot.clickOn("#repeat-passphrase").write("too short");
        robot.clickOn("Create store");

        Label problem = robot.lookup("#passphrase-problem").queryAs(Label.class);
        assertThat(problem.getText()).startsWith("A passphrase needs at least 12 characters (this one has 9).");
        assertThat(dialog.isShowing()).as("refused: the dialog stays").isTrue();

        robot.clickOn("#new-passphrase").write(" but longer now");
        robot.clickOn("Create store");
        assertThat(problem.getText()).isEqualTo("The two passphrases differ. Type the same one twice.");

        robot.clickOn("#repeat-passphrase").write(" but longer now");
        robot.clickOn("Create store");

        waitUntil("the dialog closes", () -> !dialog.isShowing());
        assertThat(new String(dialog.getResult().passphrase())).isEqualTo("too short but longer now");
    }

    @Test
    void unTickedTheStoreIsCreatedPlainAndQuitAnswersNothing(FxRobot robot) throws Exception {
        Dialog<DialogService.NewStore> plain = show(() -> StoreDialogs.newStore("/tmp/p.mv.db", true, true, "Quit"));
        assertThat(robot.lookup("#encrypt-store").queryAs(CheckBox.class).isSelected()).as("--encrypted ticks it")
                .isTrue();
        robot.clickOn("#encrypt-store");
        robot.clickOn("Create store");
        waitUntil("the dialog closes", () -> !plain.isShowing());
        assertThat(plain.getResult().encrypted()).isFalse();

        Dialog<char[]> asked = show(() -> StoreDialogs.passphrase("/tmp/p.mv.db", "That passphrase does not open "
                + "the store. Capitals and spaces count. 2 tries left.", "Quit"));
        assertThat(robot.lookup("#passphrase-problem").queryAs(Label.class).getText()).contains("2 tries left");
        robot.clickOn("Quit");
        waitUntil("the dialog closes", () -> !asked.isShowing());
        assertThat(asked.getResult()).isNull();
    }

    @Test
    void thePassphraseIsWhatWasTyped(FxRobot robot) throws Exception {
        Dialog<char[]> asked = show(() -> StoreDialogs.passphrase("/tmp/p.mv.db", "", "Quit"));
        assertThat(robot.lookup("#passphrase-problem").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn("#passphrase").write("Vellum harbour 42");
        robot.clickOn("Open");

        waitUntil("the dialog closes", () -> !asked.isShowing());
        assertThat(new String(asked.getResult())).isEqualTo("Vellum harbour 42");
    }
}
