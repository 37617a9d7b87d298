package org.parley.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.h2.api.ErrorCode;

/**
 * The store, or the file system under it, stopped taking writes while Parley had it open, said in words: a file
 * made immutable, a drive the system turned read-only after an error, a write-protected stick. As with a full disk,
 * the system's words lie a few causes down, in the {@link IOException} of H2's failed write.
 */
public final class StoreReadOnlyException extends StoreException {

    /**
     * How the system refuses a write to a file that is already open: Linux and macOS (EROFS, EPERM for an immutable
     * file) and Windows (ERROR_WRITE_PROTECT). Only an I/O failure's words count: a rule's message may say anything.
     */
    private static final List<String> SIGNS = List.of("read-only file system", "operation not permitted",
            "media is write protected");

    public StoreReadOnlyException(Path file, Throwable cause) {
        super("Parley cannot write its store " + file + ": the file, its folder or its drive has been made "
                + "read-only. Make it writable again and try again. Nothing of this change was saved; what was saved "
                + "before is kept.", cause);
    }

    /** True when {@code error}, or anything it was caused by, is the system or H2 refusing a write as read-only. */
    public static boolean isCause(Throwable error) {
        return Causes.any(error, failure -> failure instanceof IOException && Causes.says(failure, SIGNS)
                || failure instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY);
    }
}
