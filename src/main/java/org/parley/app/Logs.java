package org.parley.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log beside the store: {@code parley.log} and up to four older files of 2 MB, without PINs, rationales,
 * notes or SQL values ({@link PrivateLogFormat}). The console gets none of it unless {@code --verbose}: the
 * command line prints its own {@code parley: } lines, and every stack trace goes to the file.
 */
public final class Logs {

    public static final String FILE_NAME = "parley.log";
    static final long LIMIT = 2L * 1024 * 1024;
    static final int COUNT = 5;

    private static LogFile installed;

    private Logs() {
    }

    /** Sends the log to {@code folder/parley.log}, the console left quiet. */
    public static void install(Path folder) {
        install(folder, false);
    }

    /** As {@link #install(Path)}; {@code verbose} also prints the log, libraries' records included, on stderr. */
    public static synchronized void install(Path folder, boolean verbose) {
        install(folder, verbose, LIMIT, COUNT);
    }

    static synchronized void install(Path folder, boolean verbose, long limit, int count) {
        Logger root = Logger.getLogger("");
        quietConsole(root);
        if (verbose) {
            ConsoleHandler console = new ConsoleHandler();
            console.setLevel(Level.INFO);
            console.setFormatter(new PrivateLogFormat());
            root.addHandler(console);
        }
        if (installed != null) {
            root.removeHandler(installed);
            installed.close();
            installed = null;
        }
        try {
            Files.createDirectories(folder);
            LogFile file = new LogFile(folder.resolve(FILE_NAME), limit, count);
            file.setEncoding("UTF-8");
            file.setFormatter(new PrivateLogFormat());
            file.setLevel(Level.INFO);
            // A log that cannot be written (a full disk) must not print its troubles where the messages go.
            file.setErrorManager(new ErrorManager() {
                @Override
                public synchronized void error(String message, Exception e, int code) {
                }
            });
            root.addHandler(file);
            installed = file;
        } catch (IOException | SecurityException e) {
            // The store's own check reports an unwritable folder in words; the log must not fail first.
        }
    }

    /** The log file written to now, or null when there is none (its folder could not be written). */
    public static synchronized Path file() {
        return installed == null ? null : installed.file();
    }

    /**
     * For the real process only (tests keep their console): no log record on the terminal, and what libraries
     * print on {@code System.out} and {@code System.err} into the log.
     */
    static synchronized void captureConsole() {
        quietConsole(Logger.getLogger(""));
        ConsoleCapture.install();
    }

    private static void quietConsole(Logger root) {
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
                handler.close();
            }
        }
    }
}
