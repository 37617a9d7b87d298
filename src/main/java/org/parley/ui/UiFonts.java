package org.parley.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.text.Font;

/**
 * The UI font shipped with Parley, Noto Sans (OFL): text measures the same headless, on Linux, macOS and Windows,
 * so a layout that fits in the tests and screenshots fits on every desktop.
 */
public final class UiFonts {

    /** The family the stylesheet names; canvases draw with it too. */
    public static final String FAMILY = "Noto Sans";

    private static final Logger LOG = Logger.getLogger(UiFonts.class.getName());
    // Only the faces the stylesheet and the theme use: regular, bold, and italic for prompts.
    private static final String[] FACES = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"};
    private static volatile boolean loaded;

    private UiFonts() {
    }

    /**
     * Registers the faces with JavaFX; call before the first scene is styled. Once per JVM is enough, later calls
     * do nothing. A face that cannot be read is logged and the platform font stands in.
     */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String face : FACES) {
            try (InputStream in = UiFonts.class.getResourceAsStream("/org/parley/fonts/" + face)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    LOG.warning("Could not load the UI font " + face + "; the platform font stands in");
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not read the UI font " + face, e);
            }
        }
        loaded = true;
    }
}
