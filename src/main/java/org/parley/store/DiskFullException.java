package org.parley.store;

import java.nio.file.Path;
import java.util.List;

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
        return Causes.any(error, failure -> Causes.says(failure, SIGNS));
    }
}
