package org.parley.domain;

/** A failure whose message is written for the person at the keyboard, so it can be shown as it is. */
public class ParleyException extends RuntimeException {

    public ParleyException(String message) {
        super(message);
    }

    public ParleyException(String message, Throwable cause) {
        super(message, cause);
    }
}
