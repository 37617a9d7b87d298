package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import atlantafx.base.theme.PrimerLight;
import org.parley.app.service.Services;
import org.parley.store.Store;
import org.parley.testing.TestStores;
import org.parley.ui.common.FxDialogService;
import org.parley.ui.common.FxTaskRunner;
import org.testfx.util.WaitForAsyncUtils;

/** Builds the real window on a real store, as the application does, for TestFX tests. */
final class WindowTestSupport {

    final Store store;
    final Services services;
    final FxTaskRunner tasks = new FxTaskRunner();
    final Workbench workbench;

    WindowTestSupport(Path folder, Stage stage) {
        store = TestStores.open(folder);
        services = Services.openedOn(store);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workbench = new Workbench(services, tasks, new FxDialogService(stage), stage::close);
        Scene scene = new Scene(workbench.view(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                getClass().getResource("/org/parley/ui/parley.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    void close() {
        tasks.shutdown();
        store.close();
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
