package org.parley.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The disk under the store is full, said in words. H2 has no error code of its own for it: the operating system's
 * words travel up as the message of an {@link java.io.IOException} a few causes down, beneath H2's "General error"
 * and jOOQ's SQL, so that is where we look.
 */
public final class DiskFullException extends StoreException {

    /** How Linux and macOS (ENOSPC, EDQUOT) and Windows (ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL) say it. */
    private static final List<String> SIGNS = List.of("no space left on device", "disk quota exceeded",
            "not enough space on the disk", "disk is full");

    public DiskFullException(Path file, Throwable cause) {
        super("The disk holding " + file.getParent() + " is full: free some space on it and try again. "
                + "Nothing of this change was saved; what was saved before is kept.",
                cause);
    }

    /** True when {@code error}, or anything it was caused by, is the system saying the disk is full. */
    public static boolean isCause(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(error);
        while (!next.isEmpty()) {
            Throwable failure = next.poll();
            if (failure == null || !seen.add(failure)) {
                continue;
            }
            if (saysDiskFull(failure.getMessage())) {
                return true;
            }
            if (failure.getCause() != null) {
                next.add(failure.getCause());
            }
            if (failure instanceof SQLException sql && sql.getNextException() != null) {
                next.add(sql.getNextException());
            }
            Collections.addAll(next, failure.getSuppressed());
        }
        return false;
    }

    /** The failure as the person should read it: in words when the disk is full, else {@code error} itself. */
    public static Throwable explain(Path file, Throwable error) {
        if (error instanceof DiskFullException || file == null || !isCause(error)) {
            return error;
        }
        return new DiskFullException(file, error);
    }

    private static boolean saysDiskFull(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        return SIGNS.stream().anyMatch(lower::contains);
    }
}
