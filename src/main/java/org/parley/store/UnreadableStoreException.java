package org.parley.store;

/**
 * A store file Parley could not read as a store of this version: damaged, truncated, foreign or newer. It is left
 * as it was; the message ends with what to do, naming the newest backup that opens when there is one.
 */
public final class UnreadableStoreException extends StoreException {

    public UnreadableStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
