package org.parley.domain;

/** What one appetite says of one party's scores: accept when risk ≤ frontier(value), else reject. */
public enum Verdict {
    ACCEPT("Accept", "accept"),
    REJECT("Reject", "reject");

    private final String label;
    private final String verb;

    Verdict(String label, String verb) {
        this.label = label;
        this.verb = verb;
    }

    public static Verdict of(boolean accepted) {
        return accepted ? ACCEPT : REJECT;
    }

    public String label() {
        return label;
    }

    /** The verb for sentences such as "both accept it". */
    public String verb() {
        return verb;
    }

    /** The verb for sentences such as "CTO's appetite accepts it". */
    public String verbs() {
        return verb + "s";
    }
}
