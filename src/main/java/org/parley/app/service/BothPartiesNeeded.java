package org.parley.app.service;

import org.parley.domain.RuleViolation;

/**
 * Refuses a change made with one party's consent (or none) that needs both: the window then asks the other
 * party, behind a cover, and tries again; the command line asks both PINs up front.
 */
public final class BothPartiesNeeded extends RuleViolation {

    private final String decision;

    BothPartiesNeeded(String decision) {
        super("consent", "Both parties must agree to " + decision + ". In the window the party not at the keyboard "
                + "confirms with its PIN; on the command line both PINs are asked.");
        this.decision = decision;
    }

    /** What needs both, in words that follow "agree to": "change the agreed appetite". */
    public String decision() {
        return decision;
    }
}
