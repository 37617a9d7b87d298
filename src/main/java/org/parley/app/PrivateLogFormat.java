package org.parley.app;

import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record, then the whole stack trace, but never what people typed. Database messages quote the
 * statement and its values (H2: "Value too long for column RATIONALE: 'the rationale…'"; jOOQ: "SQL [...]"), so
 * the messages of H2's, jOOQ's and JDBC's exceptions are withheld, with the error code kept, and so is any other
 * message that repeats one of them.
 */
final class PrivateLogFormat extends Formatter {

    static final String WITHHELD = "[message withheld: it may quote stored text]";

    @Override
    public String format(LogRecord record) {
        List<String> secrets = withheldMessages(record.getThrown());
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%1$tF %1$tT %2$-7s %3$s: %4$s%n",
                ZonedDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault()), record.getLevel().getName(),
                record.getLoggerName(), safe(formatMessage(record), secrets)));
        if (record.getThrown() != null) {
            trace(out, record.getThrown(), new StackTraceElement[0], "", "", secrets,
                    Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return out.toString();
    }

    /** True for failures whose message may carry SQL and its values. MVStore's speak of files and chunks only. */
    static boolean quotesStatements(Throwable failure) {
        String type = failure.getClass().getName();
        if (type.startsWith("org.h2.mvstore.")) {
            return false;
        }
        return failure instanceof SQLException || type.startsWith("org.h2.") || type.startsWith("org.jooq.");
    }

    private static List<String> withheldMessages(Throwable thrown) {
        List<String> secrets = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(thrown, secrets, seen);
        return secrets;
    }

    private static void collect(Throwable failure, List<String> secrets, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return;
        }
        if (quotesStatements(failure) && failure.getMessage() != null && !failure.getMessage().isBlank()) {
            // Wrappers repeat a message whole (cause.toString(), "…: " + e.getMessage()): its first line shows it.
            secrets.add(failure.getMessage().strip().lines().findFirst().orElse(""));
        }
        collect(failure.getCause(), secrets, seen);
        if (failure instanceof SQLException sql) {
            collect(sql.getNextException(), secrets, seen);
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            collect(suppressed, secrets, seen);
        }
    }

    private static String safe(String message, List<String> secrets) {
        if (message == null) {
            return null;
        }
        for (String secret : secrets) {
            if (message.contains(secret)) {
                return WITHHELD;
            }
        }
        return message;
    }

    private static String describe(Throwable failure, List<String> secrets) {
        String message;
        if (quotesStatements(failure)) {
            message = failure.getMessage() == null ? null : WITHHELD;
            if (failure instanceof SQLException sql) {
                message = WITHHELD + " (error " + sql.getErrorCode() + ", SQL state " + sql.getSQLState() + ")";
            }
        } else {
            message = safe(failure.getLocalizedMessage(), secrets);
        }
        String type = failure.getClass().getName();
        return message == null ? type : type + ": " + message;
    }

    /** As {@link Throwable#printStackTrace()} prints it, frames shared with the enclosing trace elided. */
    private static void trace(StringBuilder out, Throwable failure, StackTraceElement[] enclosing, String caption,
                              String prefix, List<String> secrets, Set<Throwable> seen) {
        if (!seen.add(failure)) {
            out.append(prefix).append(caption).append("[CIRCULAR REFERENCE: ").append(failure.getClass().getName())
                    .append(']').append(System.lineSeparator());
            return;
        }
        StackTraceElement[] frames = failure.getStackTrace();
        int own = frames.length - 1;
        int other = enclosing.length - 1;
        while (own >= 0 && other >= 0 && frames[own].equals(enclosing[other])) {
            own--;
            other--;
        }
        String newline = System.lineSeparator();
        out.append(prefix).append(caption).append(describe(failure, secrets)).append(newline);
        for (int i = 0; i <= own; i++) {
            out.append(prefix).append("\tat ").append(frames[i]).append(newline);
        }
        int shared = frames.length - 1 - own;
        if (shared > 0) {
            out.append(prefix).append("\t... ").append(shared).append(" more").append(newline);
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            trace(out, suppressed, frames, "Suppressed: ", prefix + "\t", secrets, seen);
        }
        if (failure.getCause() != null) {
            trace(out, failure.getCause(), frames, "Caused by: ", prefix, secrets, seen);
        }
    }
}
