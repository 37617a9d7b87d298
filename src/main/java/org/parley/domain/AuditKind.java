package org.parley.domain;

import java.util.EnumSet;
import java.util.Set;

/** The changes of state the audit log records, with the words the audit view shows. */
public enum AuditKind {
    WORKSHOP_CREATED("Workshop created", Subject.WORKSHOP),
    WORKSHOP_RENAMED("Workshop renamed", Subject.WORKSHOP),
    WORKSHOP_DELETED("Workshop deleted", Subject.WORKSHOP),
    PARTY_RENAMED("Party renamed", Subject.PARTY),
    PIN_SET("PIN set", Subject.PARTY),
    PIN_CLEARED("PIN removed", Subject.PARTY),
    PIN_REFUSED("Wrong PIN", Subject.PARTY),
    PIN_ACCEPTED("PIN accepted after wrong ones", Subject.PARTY),
    CRITERIA_CHANGED("Value criteria changed", Subject.WORKSHOP),
    INITIATIVE_ADDED("Initiative added", Subject.INITIATIVE),
    INITIATIVE_EDITED("Initiative edited", Subject.INITIATIVE),
    INITIATIVE_DELETED("Initiative deleted", Subject.INITIATIVE),
    INITIATIVES_IMPORTED("Initiatives imported", Subject.WORKSHOP),
    ASSESSMENT_SUBMITTED("Assessment submitted", Subject.INITIATIVE),
    ASSESSMENT_CHANGED("Assessment changed", Subject.INITIATIVE),
    ROUND_REVEALED("Round revealed", Subject.INITIATIVE),
    /** Ends a reveal of many rounds with one seal over all of them (decision 0026). */
    ROUNDS_REVEALED("Rounds revealed together", Subject.NONE),
    ROUND_OPENED("Round opened", Subject.INITIATIVE),
    APPETITE_CHANGED("Appetite changed", Subject.WORKSHOP),
    TOLERANCE_CHANGED("Loss tolerance changed", Subject.WORKSHOP),
    NOTE_ADDED("Note added", Subject.INITIATIVE),
    AGREEMENT_PROPOSED("Agreement proposed", Subject.AGREEMENT),
    AGREEMENT_SIGNED("Agreement signed", Subject.AGREEMENT),
    AGREEMENT_FROZEN("Agreement frozen", Subject.AGREEMENT),
    AGREEMENT_SUPERSEDED("Agreement superseded", Subject.AGREEMENT),
    AGREEMENT_REVOKED("Agreement revoked", Subject.AGREEMENT),
    REGISTER_EXPORTED("Register exported", Subject.WORKSHOP),
    BOARD_PACK_WRITTEN("Board pack written", Subject.WORKSHOP),
    SETTINGS_CHANGED("Settings changed", Subject.WORKSHOP),
    STORE_RESTORED("Store restored from a backup", Subject.NONE),
    /** A workshop arrived from another store with its whole history (decision 0037). */
    WORKSHOP_TRANSFERRED_IN("Workshop transferred in", Subject.WORKSHOP),
    /** A workshop left for another store; the events before it are its history there too (decision 0037). */
    WORKSHOP_TRANSFERRED_OUT("Workshop transferred out", Subject.WORKSHOP);

    /** What an event's subject id names. */
    public enum Subject {
        WORKSHOP, PARTY, INITIATIVE, AGREEMENT, NONE
    }

    private final String label;
    private final Subject subject;

    AuditKind(String label, Subject subject) {
        this.label = label;
        this.subject = subject;
    }

    /** What the subject id of an event of this kind names. */
    public Subject subject() {
        return subject;
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
