package org.parley.domain;

/** A workshop as listed in the switcher and by the {@code workshops} command. */
public record WorkshopSummary(long id, String name, int initiativeCount) {

    @Override
    public String toString() {
        return name;
    }
}
