package org.parley.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What libraries print on their own, into the log instead of the terminal: H2 prints a 50-line stack trace
 * to {@code System.err} when it cannot write its trace file, and SLF4J and JavaFX print warnings there. The
 * command line's own output goes through the streams captured before, so nothing of it is lost.
 */
final class ConsoleCapture extends OutputStream {

    /** A record published while publishing one (a log handler that prints its own failure) is dropped, not looped. */
    private static final ThreadLocal<Boolean> PUBLISHING = ThreadLocal.withInitial(() -> false);

    private final Logger logger;
    private final Level level;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private ConsoleCapture(String name, Level level) {
        this.logger = Logger.getLogger(name);
        this.level = level;
    }

    /** From now on, {@code System.out} and {@code System.err} are lines of the log. */
    static void install() {
        System.setOut(new PrintStream(new ConsoleCapture("stdout", Level.INFO), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ConsoleCapture("stderr", Level.WARNING), true, StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            publish();
        } else {
            line.write(b);
        }
    }

    /**
     * A printed line that starts with the message of a database exception (as a library's own stack trace does)
     * keeps the exception's name only: such messages quote statements and the values in them (decision 0015).
     */
    static String withheld(String text) {
        Matcher printed = DATABASE_EXCEPTION.matcher(text);
        return printed.lookingAt() ? printed.group(1) + ": " + PrivateLogFormat.WITHHELD : text;
    }

    private static final Pattern DATABASE_EXCEPTION = Pattern.compile(
            "\\s*(?:Caused by: )?((?:org\\.h2|org\\.jooq|java\\.sql)\\.[\\w.$]+(?:Exception|Error)):");

    private void publish() {
        String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
        line.reset();
        if (text.isEmpty() || PUBLISHING.get()) {
            return;
        }
        PUBLISHING.set(true);
        try {
            logger.log(level, withheld(text));
        } finally {
            PUBLISHING.set(false);
        }
    }
}
