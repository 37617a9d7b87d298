package org.parley.ui.divergence;

import org.parley.domain.AppetiteHolder;
import org.parley.domain.Party;

/**
 * Whose appetite or loss tolerance an editor holds, and who may change it: the same rules for both, which are
 * private to each party until revealed together and agreed in the open afterwards.
 */
final class HolderChoice {

    private HolderChoice() {
    }

    /**
     * What the editor opens after a reload: the agreed one when it was open and is revealed, else the party's at the
     * laptop; with nobody at the laptop only the agreed one, negotiated in the open, once revealed; else none.
     */
    static AppetiteHolder wanted(AppetiteHolder open, Party party, boolean revealed) {
        if (open == AppetiteHolder.AGREED && revealed) {
            return AppetiteHolder.AGREED;
        }
        if (party != null) {
            return AppetiteHolder.of(party.seat());
        }
        return revealed ? AppetiteHolder.AGREED : null;
    }

    /** Whether the party at the laptop may change {@code holder}'s: its own, or the agreed one once revealed. */
    static boolean mayEdit(AppetiteHolder holder, Party party, boolean revealed) {
        return holder != null && (holder == AppetiteHolder.AGREED ? revealed
                : party != null && AppetiteHolder.of(party.seat()) == holder);
    }

    /** The editor's heading, e.g. "Your appetite, Amira Haddad (not set yet)"; {@code what} is "appetite". */
    static String heading(AppetiteHolder holder, Party party, boolean set, String what) {
        if (holder == null) {
            return "Pass the laptop to a party to set its " + what;
        }
        if (holder == AppetiteHolder.AGREED) {
            return "Agreed " + what;
        }
        return "Your " + what + (party == null ? "" : ", " + party.label()) + (set ? "" : " (not set yet)");
    }
}
