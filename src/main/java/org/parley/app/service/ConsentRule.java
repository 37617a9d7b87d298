package org.parley.app.service;

import org.parley.domain.Party;
import org.parley.domain.RuleViolation;

/**
 * Whose consent a change of shared state needs, checked by every service method that changes it (decision
 * 0012 lists which action needs which). Refusals name the action, never the other party's unrevealed work.
 */
final class ConsentRule {

    private ConsentRule() {
    }

    /**
     * Only {@code party} itself (or both parties together) may do this. Returns the consent's own record of the
     * party, read from the store when it consented, for the caller to act on instead of the copy it was given.
     */
    static Party requireParty(Consent consent, Party party, String what) {
        if (!consent.includes(party)) {
            throw new RuleViolation("consent", "Only " + party.label() + " may " + what + ". "
                    + (consent.nobody() ? "Take the laptop as " + party.roleLabel() + " first (Pass the laptop, Ctrl+P)."
                            : consent.actor().label() + " cannot do it for " + party.roleLabel() + "."));
        }
        return consent.party(party.seat()).orElseThrow();
    }

    /** Either party may do this, but somebody must be at the laptop as a party. */
    static void requireAnyParty(Consent consent, long workshopId, String what) {
        requireWorkshop(consent, workshopId);
        if (consent.nobody()) {
            throw new RuleViolation("consent", "A party must " + what + ": take the laptop first (Pass the laptop, "
                    + "Ctrl+P), or give the party on the command line.");
        }
    }

    /** Both parties must agree: each gives its PIN (or confirms, without one). */
    static void requireBoth(Consent consent, long workshopId, String what) {
        requireWorkshop(consent, workshopId);
        if (!consent.both()) {
            throw new BothPartiesNeeded(what);
        }
    }

    private static void requireWorkshop(Consent consent, long workshopId) {
        if (!consent.nobody() && consent.workshopId() != workshopId) {
            throw new RuleViolation("consent", "These parties belong to another workshop.");
        }
    }
}
