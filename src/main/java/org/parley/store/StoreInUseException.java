package org.parley.store;

import java.nio.file.Path;

/** Another Parley process owns the store; we leave it untouched. */
public final class StoreInUseException extends StoreException {

    public StoreInUseException(Path file, Throwable cause) {
        super("The Parley store " + file + " is already open in another Parley window or command. "
                + "Close that window (or wait for the command to finish) and try again, "
                + "or choose another store with --db PATH.", cause);
    }
}
