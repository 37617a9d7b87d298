package org.parley.store;

import org.parley.domain.ParleyException;

/** A store problem worded for the person at the keyboard: what happened, and what to do about it. */
public class StoreException extends ParleyException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
