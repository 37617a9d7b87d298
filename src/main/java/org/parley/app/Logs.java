package org.parley.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The log file beside the store, {@code parley.log}. The console only gets warnings, so that the
 * command line's output stays what the command printed.
 */
public final class Logs {

    public static final String FILE_NAME = "parley.log";
    private static final String FORMAT = "%1$tF %1$tT %4$-7s %3$s: %5$s%6$s%n";
    private static FileHandler installed;

    private Logs() {
    }

    /** Sends the log to {@code folder/parley.log}; quietly keeps the console alone if the folder is not writable. */
    public static synchronized void install(Path folder) {
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                handler.setLevel(Level.WARNING);
            }
        }
        if (installed != null) {
            root.removeHandler(installed);
            installed.close();
            installed = null;
        }
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve(FILE_NAME).toString(), true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            file.setEncoding("UTF-8");
            root.addHandler(file);
            installed = file;
        } catch (IOException | SecurityException e) {
            // The store's own check reports an unwritable folder in words; the log must not fail first.
            Logger.getLogger(Logs.class.getName()).log(Level.FINE, "No log file in " + folder, e);
        }
    }
}
