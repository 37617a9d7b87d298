package org.parley.domain;

import java.util.Objects;

/** One of the two negotiators of a workshop. */
public record Party(long id, long workshopId, Seat seat, String displayName, String roleLabel, String colour,
                    boolean hasPin) {

    public Party {
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(roleLabel, "roleLabel");
        Objects.requireNonNull(colour, "colour");
    }

    public Party withPin(boolean pin) {
        return new Party(id, workshopId, seat, displayName, roleLabel, colour, pin);
    }

    /** How the party is named on screen: "Dana Reyes (CISO)", or just the role when the name is the role. */
    public String label() {
        return displayName.equalsIgnoreCase(roleLabel) ? roleLabel : displayName + " (" + roleLabel + ")";
    }

    public Party withNames(String newDisplayName, String newRoleLabel) {
        return new Party(id, workshopId, seat, newDisplayName, newRoleLabel, colour, hasPin);
    }
}
