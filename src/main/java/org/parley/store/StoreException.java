package org.parley.store;

import java.nio.file.Path;
import org.parley.domain.ParleyException;

/** A store problem worded for the person at the keyboard: what happened, and what to do about it. */
public class StoreException extends ParleyException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The failure as the person should read it: a write the system refused, because the disk is full or the store
     * became read-only, in words; else {@code error} itself.
     */
    public static Throwable explain(Path file, Throwable error) {
        if (file == null || error instanceof DiskFullException || error instanceof StoreReadOnlyException) {
            return error;
        }
        if (DiskFullException.isCause(error)) {
            return new DiskFullException(file, error);
        }
        // A store exception is in words already, such as an opening refused for a read-only path.
        if (!(error instanceof StoreException) && StoreReadOnlyException.isCause(error)) {
            return new StoreReadOnlyException(file, error);
        }
        return error;
    }
}
