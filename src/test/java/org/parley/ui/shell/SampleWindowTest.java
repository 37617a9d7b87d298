package org.parley.ui.shell;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A TestFX test of the real window on a new store holding the sample workshop, as a first start shows it.
 * TestFX looks for {@code @Start} on the test class itself, so each subclass declares one that calls
 * {@link #open(Stage)}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SampleWindowTest {

    @TempDir
    Path folder;
    WindowTestSupport window;

    void open(Stage stage) {
        window = new WindowTestSupport(folder, stage);
    }

    @AfterEach
    void close() {
        window.close();
    }
}
