package org.parley.domain;

/** Who caused a change, as the audit log records it: a party, or the window or command line when no party is active. */
public record Actor(Long partyId, String label) {

    public static final Actor WINDOW = new Actor(null, "Parley window (no party active)");
    public static final Actor COMMAND_LINE = new Actor(null, "command line");
    public static final Actor SAMPLE = new Actor(null, "Parley (sample workshop)");

    public static Actor of(Party party) {
        return party == null ? WINDOW : new Actor(party.id(), party.label());
    }
}
