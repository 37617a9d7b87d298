package org.parley.ui.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The window's size, position, maximised state, workshop and screen, kept in a small properties file beside the
 * store (decision 0013) and restored at the next start, fitted to the screens there are now.
 */
public final class WindowState {

    static final double DEFAULT_WIDTH = 1320;
    static final double DEFAULT_HEIGHT = 820;
    private static final Logger LOG = Logger.getLogger(WindowState.class.getName());

    private final Path file;
    private final Properties values = new Properties();

    private WindowState(Path file) {
        this.file = file;
    }

    /** The state kept for the store {@code storeFile}; empty when there is none yet or it cannot be read. */
    public static WindowState beside(Path storeFile) {
        String name = storeFile.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
        return read(storeFile.resolveSibling(name + ".window.properties"));
    }

    /**
     * The state kept for a store on a server, which has no folder here: in {@code folder}, named after the server and
     * its database, e.g. {@code db.example.com-5432-parley.window.properties}.
     */
    public static WindowState forServer(Path folder, String host, int port, String database) {
        String name = (host + "-" + port + "-" + database).replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        return read(folder.resolve(name + ".window.properties"));
    }

    private static WindowState read(Path file) {
        WindowState state = new WindowState(file);
        if (Files.isReadable(state.file)) {
            try (Reader in = Files.newBufferedReader(state.file, StandardCharsets.UTF_8)) {
                state.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged file costs the window its place, nothing more.
                LOG.log(Level.WARNING, "Ignoring unreadable window state " + state.file, e);
            }
        }
        return state;
    }

    Path file() {
        return file;
    }

    /**
     * Sizes and places {@code stage} before it shows: the remembered bounds when they still touch a screen, else
     * centred on the primary screen; never larger than that screen's visual bounds.
     */
    public void placeOn(Stage stage) {
        double width = number("width", DEFAULT_WIDTH);
        double height = number("height", DEFAULT_HEIGHT);
        double x = number("x", Double.NaN);
        double y = number("y", Double.NaN);
        Screen screen = Double.isNaN(x) || Double.isNaN(y) ? null
                : Screen.getScreensForRectangle(x, y, Math.max(1, width), Math.max(1, height)).stream()
                        .findFirst().orElse(null);
        Rectangle2D room = (screen == null ? Screen.getPrimary() : screen).getVisualBounds();
        width = Math.min(Math.max(width, stage.getMinWidth()), room.getWidth());
        height = Math.min(Math.max(height, stage.getMinHeight()), room.getHeight());
        if (screen == null) {
            x = room.getMinX() + (room.getWidth() - width) / 2;
            y = room.getMinY() + (room.getHeight() - height) / 2;
        } else {
            // Still on a screen, but perhaps hanging off its edge since the screen shrank: pull it back in.
            x = Math.max(room.getMinX(), Math.min(x, room.getMaxX() - width));
            y = Math.max(room.getMinY(), Math.min(y, room.getMaxY() - height));
        }
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(Boolean.parseBoolean(values.getProperty("maximized")));
    }

    /**
     * Opens the remembered workshop and screen in {@code workbench}'s view, then keeps track of the window and
     * saves all of it when the window hides.
     */
    public void restoreAndKeep(Stage stage, Workbench workbench) {
        MainView view = workbench.view();
        if (workshopId() >= 0) {
            // view() has asked for the first workshop already; the runner works in order, so this one wins.
            workbench.workshops().start(workshopId());
        }
        Section.byId(pageId()).ifPresent(view::show);
        InvalidationListener track = o -> rememberBounds(stage);
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
        stage.maximizedProperty().addListener(track);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            rememberBounds(stage);
            if (workbench.state().workshop() != null) {
                rememberWorkshop(workbench.state().workshop().id());
            }
            rememberPage(view.section().id());
            save();
        });
    }

    /** The workshop open when the window last closed, or -1. */
    public long workshopId() {
        return (long) number("workshop", -1);
    }

    /** The screen in view when the window last closed ("initiatives", "scoring", …), or null. */
    public String pageId() {
        return values.getProperty("page");
    }

    /**
     * Remembers where {@code stage} is, unless it is maximised: then its bounds before it was maximised stay, so
     * that un-maximising after a restart gives the window back its own size.
     */
    public void rememberBounds(Stage stage) {
        values.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            values.setProperty("x", Double.toString(stage.getX()));
            values.setProperty("y", Double.toString(stage.getY()));
            values.setProperty("width", Double.toString(stage.getWidth()));
            values.setProperty("height", Double.toString(stage.getHeight()));
        }
    }

    public void rememberWorkshop(long workshopId) {
        values.setProperty("workshop", Long.toString(workshopId));
    }

    public void rememberPage(String pageId) {
        if (pageId != null) {
            values.setProperty("page", pageId);
        }
    }

    /** Writes the file, replacing the old one whole; a failure is logged, never shown: it costs only a place. */
    public void save() {
        try {
            // A server's state lives in ~/.parley, which a window on a server may be the first to need.
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(out, "Parley window state for this store; safe to delete");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not save the window state to " + file, e);
        }
    }

    private double number(String key, double otherwise) {
        try {
            String value = values.getProperty(key);
            double number = value == null ? otherwise : Double.parseDouble(value);
            return Double.isInfinite(number) ? otherwise : number;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
