package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Where the window opens: remembered per store, and always on a screen there is now (decision 0013). */
@ExtendWith(ApplicationExtension.class)
class WindowStateTest {

    @TempDir
    Path folder;
    private Stage stage;

    /** A stage of its own: TestFX hands every test class the same primary stage, which this test would resize. */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        stage.setMinWidth(960);
        stage.setMinHeight(600);
    }

    @AfterEach
    void closeStage() throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(stage::close).get();
    }

    private Path store() {
        return folder.resolve("team.mv.db");
    }

    private static Rectangle2D room() {
        return Screen.getPrimary().getVisualBounds();
    }

    private void place(FxRobot robot, WindowState state) {
        robot.interact(() -> state.placeOn(stage));
    }

    private void assertBounds(double x, double y, double width, double height) {
        assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                .containsExactly(x, y, width, height);
    }

    @Test
    void aFirstStartOpensAtTheDefaultSizeCentredOnTheScreen(FxRobot robot) {
        WindowState state = WindowState.beside(store());

        place(robot, state);

        double width = Math.min(WindowState.DEFAULT_WIDTH, room().getWidth());
        double height = Math.min(WindowState.DEFAULT_HEIGHT, room().getHeight());
        assertBounds(room().getMinX() + (room().getWidth() - width) / 2,
                room().getMinY() + (room().getHeight() - height) / 2, width, height);
        assertThat(state.workshopId()).isEqualTo(-1);
        assertThat(state.pageId()).isNull();
        assertThat(state.file()).isEqualTo(folder.resolve("team.window.properties"));
    }

    @Test
    void theNextStartRestoresBoundsWorkshopAndScreenOfThisStore(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(100);
            stage.setY(80);
            stage.setWidth(1100);
            stage.setHeight(700);
        });
        WindowState state = WindowState.beside(store());
        robot.interact(() -> state.rememberBounds(stage));
        state.rememberWorkshop(7);
        state.rememberPage("negotiation");
        state.save();
        robot.interact(() -> {
            stage.setX(0);
            stage.setWidth(999);
        });

        WindowState again = WindowState.beside(store());
        place(robot, again);

        assertBounds(100, 80, 1100, 700);
        assertThat(again.workshopId()).isEqualTo(7);
        assertThat(again.pageId()).isEqualTo("negotiation");
        assertThat(WindowState.beside(folder.resolve("other.mv.db")).workshopId()).as("another store's window")
                .isEqualTo(-1);
    }

    @Test
    void aWindowLargerThanTheScreenNowOrHangingOffItIsFittedBackIn(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("team.window.properties"), "x=" + (room().getMaxX() - 300) + "\ny=10\n"
                + "width=" + (room().getWidth() + 500) + "\nheight=700\n");

        place(robot, WindowState.beside(store()));

        assertBounds(room().getMinX(), 10, room().getWidth(), 700);
    }

    @Test
    void boundsOnAScreenThatIsGoneAreCentredOnTheScreenThereIs(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("team.window.properties"), "x=40000\ny=40000\nwidth=1000\nheight=650\n");

        place(robot, WindowState.beside(store()));

        assertBounds(room().getMinX() + (room().getWidth() - 1000) / 2,
                room().getMinY() + (room().getHeight() - 650) / 2, 1000, 650);
    }

    @Test
    void aDamagedFileCostsOnlyThePlace(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("team.window.properties"), "width=\\uZZZZ\nworkshop=banana\n");

        WindowState state = WindowState.beside(store());
        place(robot, state);

        assertThat(state.workshopId()).isEqualTo(-1);
        assertThat(stage.getWidth()).isEqualTo(Math.min(WindowState.DEFAULT_WIDTH, room().getWidth()));
    }

    @Test
    void aSizeBelowTheWindowsMinimumIsRaisedToIt(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("team.window.properties"), "x=10\ny=10\nwidth=200\nheight=100\n");

        place(robot, WindowState.beside(store()));

        assertBounds(10, 10, 960, 600);
    }
}
