package org.parley.domain;

/** The two places at the table. Seat one is the security side by default, seat two the technology side. */
public enum Seat {
    FIRST(1, "CISO", "#1F6FEB"),
    SECOND(2, "CTO", "#D4651C");

    private final int number;
    private final String defaultRole;
    private final String defaultColour;

    Seat(int number, String defaultRole, String defaultColour) {
        this.number = number;
        this.defaultRole = defaultRole;
        this.defaultColour = defaultColour;
    }

    public int number() {
        return number;
    }

    public String defaultRole() {
        return defaultRole;
    }

    public String defaultColour() {
        return defaultColour;
    }

    public Seat other() {
        return this == FIRST ? SECOND : FIRST;
    }

    public static Seat of(int number) {
        for (Seat seat : values()) {
            if (seat.number == number) {
                return seat;
            }
        }
        throw new IllegalArgumentException("A workshop has seats 1 and 2, not " + number);
    }
}
