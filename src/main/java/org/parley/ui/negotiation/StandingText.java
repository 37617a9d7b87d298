package org.parley.ui.negotiation;

import org.parley.domain.RiskStanding;
import org.parley.domain.ValueScore;

/** The agreement form's live risk standing in words. */
final class StandingText {

    private StandingText() {
    }

    /** Scores, bands, whether each is within the agreed appetite, and the exception; a hint while incomplete. */
    static String describe(RiskStanding s) {
        if (s == null) {
            return "Enter the agreed value and the inherent and residual scores to see where the risk stands.";
        }
        String limit = ValueScore.format(s.appetiteLimit());
        return "Inherent " + s.inherent().value() + " (" + s.inherentBand().label() + "), "
                + (s.inherentWithin() ? "within" : "above") + " the agreed appetite \u00B7 Residual "
                + s.residual().value() + " (" + s.residualBand().label() + "), "
                + (s.residualWithin() ? "within" : "above") + " it \u00B7 the agreed appetite accepts up to " + limit
                + " at value " + ValueScore.format(s.agreedValue())
                + (s.exception() ? " \u00B7 EXCEPTION: review within 12 months" : "");
    }
}
