package org.parley.domain;

import java.util.EnumSet;
import java.util.Set;

/** The changes of state the audit log records, with the words the audit view shows. */
public enum AuditKind {
    WORKSHOP_CREATED("Workshop created"),
    WORKSHOP_RENAMED("Workshop renamed"),
    WORKSHOP_DELETED("Workshop deleted"),
    PARTY_RENAMED("Party renamed"),
    PIN_SET("PIN set"),
    PIN_CLEARED("PIN removed"),
    PIN_REFUSED("Wrong PIN"),
    PIN_ACCEPTED("PIN accepted after wrong ones"),
    CRITERIA_CHANGED("Value criteria changed"),
    INITIATIVE_ADDED("Initiative added"),
    INITIATIVE_EDITED("Initiative edited"),
    INITIATIVE_DELETED("Initiative deleted"),
    INITIATIVES_IMPORTED("Initiatives imported"),
    ASSESSMENT_SUBMITTED("Assessment submitted"),
    ASSESSMENT_CHANGED("Assessment changed"),
    ROUND_REVEALED("Round revealed"),
    /** Ends a reveal of many rounds with one seal over all of them (decision 0026). */
    ROUNDS_REVEALED("Rounds revealed together"),
    ROUND_OPENED("Round opened"),
    APPETITE_CHANGED("Appetite changed"),
    TOLERANCE_CHANGED("Loss tolerance changed"),
    NOTE_ADDED("Note added"),
    AGREEMENT_PROPOSED("Agreement proposed"),
    AGREEMENT_SIGNED("Agreement signed"),
    AGREEMENT_FROZEN("Agreement frozen"),
    AGREEMENT_SUPERSEDED("Agreement superseded"),
    AGREEMENT_REVOKED("Agreement revoked"),
    REGISTER_EXPORTED("Register exported"),
    BOARD_PACK_WRITTEN("Board pack written"),
    SETTINGS_CHANGED("Settings changed"),
    STORE_RESTORED("Store restored from a backup");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    /** The kinds that record a reading of a workshop (an export, a board pack), not a change to it. */
    public static final Set<AuditKind> READINGS = EnumSet.of(REGISTER_EXPORTED, BOARD_PACK_WRITTEN);

    /**
     * The PIN guard's own record of a try: kept whoever is changing the workshop, since a try that another session's
     * lease could roll back would not count towards the wait after five wrong PINs.
     */
    public static final Set<AuditKind> GUARD = EnumSet.of(PIN_REFUSED, PIN_ACCEPTED);

    /** True for an event that changes its workshop; false for a reading of it or the PIN guard's record of a try. */
    public boolean changesWorkshop() {
        return !READINGS.contains(this) && !GUARD.contains(this);
    }

    public String label() {
        return label;
    }
}
