package org.parley.domain;

import java.time.Duration;
import java.time.Instant;

/** Counts wrong PINs in a row for one party: after five, the next try must wait thirty seconds. */
public final class PinGuard {

    public static final int ALLOWED_FAILURES = 5;
    public static final Duration WAIT = Duration.ofSeconds(30);

    private int failuresInARow;
    private Instant lockedUntil = Instant.MIN;

    public PinGuard() {
    }

    /** A guard as stored: the wrong PINs in a row so far, and the end of a wait (null for none). */
    public PinGuard(int failuresInARow, Instant lockedUntil) {
        this.failuresInARow = failuresInARow;
        this.lockedUntil = lockedUntil == null ? Instant.MIN : lockedUntil;
    }

    public int failuresInARow() {
        return failuresInARow;
    }

    /** The end of the current wait, or null when there is none to store. */
    public Instant lockedUntil() {
        return Instant.MIN.equals(lockedUntil) ? null : lockedUntil;
    }

    /** How long the party must still wait before trying again; zero when it may try now. */
    public Duration waitLeft(Instant now) {
        return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    public void succeeded() {
        failuresInARow = 0;
        lockedUntil = Instant.MIN;
    }

    /** Records a wrong PIN; the fifth in a row starts the wait and the count again. */
    public void failed(Instant now) {
        failuresInARow++;
        if (failuresInARow >= ALLOWED_FAILURES) {
            lockedUntil = now.plus(WAIT);
            failuresInARow = 0;
        }
    }

    public int triesLeft() {
        return ALLOWED_FAILURES - failuresInARow;
    }
}
