package org.parley.domain;

/** Whose frontier: one of the two parties', or the one they agreed. */
public enum AppetiteHolder {
    FIRST, SECOND, AGREED;

    public static AppetiteHolder of(Seat seat) {
        return seat == Seat.FIRST ? FIRST : SECOND;
    }
}
