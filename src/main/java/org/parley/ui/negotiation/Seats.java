package org.parley.ui.negotiation;

import java.util.List;
import org.parley.domain.Party;
import org.parley.domain.Seat;

/** The parties by seat, as the negotiation names them in its sentences. */
final class Seats {

    private Seats() {
    }

    /** The party at {@code seat}, or null while the workshop has none there. */
    static Party party(List<Party> parties, Seat seat) {
        return parties.stream().filter(p -> p.seat() == seat).findFirst().orElse(null);
    }

    /** "CISO", or "Party 1" while the seat is empty. */
    static String label(List<Party> parties, Seat seat) {
        Party party = party(parties, seat);
        return party == null ? "Party " + seat.number() : party.roleLabel();
    }
}
