package org.parley.domain;

/** A request that breaks one of Parley's rules; the message says which and what to do instead. */
public class RuleViolation extends ParleyException {

    private final String field;

    public RuleViolation(String message) {
        this(null, message);
    }

    /** @param field the field the problem is about, as the editor names it, or null for the whole request */
    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** A violation found through a failure, kept as its cause so that the log has the whole story. */
    public RuleViolation(String message, Throwable cause) {
        this(null, message, cause);
    }

    /** As {@link #RuleViolation(String, String)}, with the failure it was found through. */
    public RuleViolation(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
