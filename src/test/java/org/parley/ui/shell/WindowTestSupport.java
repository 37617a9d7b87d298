package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import atlantafx.base.theme.PrimerLight;
import org.parley.app.service.Services;
import org.parley.store.Store;
import org.parley.testing.TestStores;
import org.parley.ui.common.FxDialogService;
import org.parley.ui.common.FxTaskRunner;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.Work;
import org.testfx.util.WaitForAsyncUtils;

/** Builds the real window on a real store, as the application does, for TestFX tests. */
final class WindowTestSupport {

    final Store store;
    final Services services;
    final FxTaskRunner tasks = new FxTaskRunner();
    final Workbench workbench;
    final ChosenFiles files;
    /** The description of every piece of background work the window started, in order. */
    final List<String> started = new CopyOnWriteArrayList<>();

    WindowTestSupport(Path folder, Stage stage) {
        this(folder, stage, true, services -> { });
    }

    /**
     * @param withSample whether the store starts with the sample workshop, as a first start does
     * @param prepare    fills the store before the window opens
     */
    WindowTestSupport(Path folder, Stage stage, boolean withSample, java.util.function.Consumer<Services> prepare) {
        this(TestStores.open(folder), stage, withSample, prepare);
    }

    /** The window on {@code store}, which it closes with itself: a server's store, say. */
    WindowTestSupport(Store store, Stage stage, boolean withSample, java.util.function.Consumer<Services> prepare) {
        this.store = store;
        services = withSample ? Services.openedOn(store) : new Services(store);
        prepare.accept(services);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // The font Parley ships, as ParleyApplication loads it, so the tests measure text as the window does.
        org.parley.ui.UiFonts.load();
        files = new ChosenFiles(new FxDialogService(stage));
        workbench = new Workbench(services, new Recording(tasks, started), files, stage::close);
        show(stage, workbench.view());
    }

    /** Shows {@code root} in the window at 1280×800 with Parley's style sheet, as the application does. */
    static void show(Stage stage, Parent root) {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                WindowTestSupport.class.getResource("/org/parley/ui/parley.css")).toExternalForm());
        stage.setScene(scene);
        // TestFX hands every test the same primary stage: a size another test set would otherwise stay.
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    /** Hands work to the window's runner and notes what each piece was. */
    private record Recording(TaskRunner runner, List<String> started) implements TaskRunner {

        @Override
        public <T> void run(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            started.add(description);
            runner.run(description, work, onSuccess, onFailure);
        }

        @Override
        public <T> void runCancellable(String description, Work<T> work, Consumer<T> onSuccess,
                                       Consumer<Throwable> onFailure, Runnable onCancelled) {
            started.add(description);
            runner.runCancellable(description, work, onSuccess, onFailure, onCancelled);
        }

        @Override
        public void cancel() {
            runner.cancel();
        }

        @Override
        public ReadOnlyBooleanProperty cancellableProperty() {
            return runner.cancellableProperty();
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return runner.busyProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return runner.progressProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return runner.messageProperty();
        }
    }

    void close() {
        workbench.stop();
        tasks.shutdown();
        store.close();
    }

    /** Scrolls the scroll pane around {@code node} so that the node is in view, as a person would. */
    static void scrollTo(org.testfx.api.FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Node parent = node.getParent();
            while (parent != null && !(parent instanceof javafx.scene.control.ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.scene.Node content = scroll.getContent();
                javafx.geometry.Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    scroll.setVvalue(Math.min(1, Math.max(0, (inContent.getMinY() - 40) / room)));
                }
            }
        });
    }

    /** Every text a person could read in any window now: labels, text nodes and input fields. */
    static String allText() {
        StringBuilder text = new StringBuilder();
        for (javafx.stage.Window window : javafx.stage.Window.getWindows()) {
            if (window.getScene() != null) {
                collect(window.getScene().getRoot(), text);
            }
        }
        return text.toString();
    }

    private static void collect(javafx.scene.Node node, StringBuilder text) {
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
            text.append(labeled.getText()).append('\n');
        } else if (node instanceof javafx.scene.text.Text shape && shape.getText() != null) {
            text.append(shape.getText()).append('\n');
        } else if (node instanceof javafx.scene.control.TextInputControl input && input.getText() != null) {
            text.append(input.getText()).append('\n');
        }
        if (node instanceof javafx.scene.control.Control control && control.getTooltip() != null) {
            text.append(control.getTooltip().getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                collect(child, text);
            }
        }
    }

    /**
     * The party in {@code seat} takes the laptop through the scoring screen's chooser and the handover, typing
     * {@code pin} when it has one (null for none).
     */
    static void takeLaptop(org.testfx.api.FxRobot robot, int seat, String pin) {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.DIGIT2, javafx.scene.input.KeyCode.CONTROL);
        waitUntil("the chooser offers seat " + seat, () -> robot.lookup("#score-as-" + seat).tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#score-as-" + seat);
        waitUntil("the handover shows", () -> robot.lookup("#handover-confirm").query().isVisible());
        if (pin != null) {
            robot.clickOn("#handover-pin").write(pin);
        }
        robot.clickOn("#handover-confirm");
        waitUntil("the party has the laptop", () -> !robot.lookup("#handover").query().isVisible());
    }

    /** Opens the initiative titled {@code title} from the scoring screen's queue, with the active party's form. */
    static void openInQueue(org.testfx.api.FxRobot robot, String title) {
        javafx.scene.control.ListView<?> queue = robot.lookup("#scoring-queue").queryAs(javafx.scene.control.ListView.class);
        waitUntil("the queue lists " + title, () -> robot.from(queue).lookup(".list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream().anyMatch(cell -> title.equals(cell.getText())));
        robot.clickOn(robot.from(queue).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> title.equals(cell.getText())).findFirst().orElseThrow());
        waitUntil("its form shows", () -> robot.lookup("#scoring-title").queryAs(javafx.scene.control.Label.class)
                .getText().equals(title));
    }

    /** Waits for background work and the FX thread to settle until {@code condition} holds. */
    static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(condition.getAsBoolean()).as("timed out waiting until " + what).isTrue();
        }
    }
}
