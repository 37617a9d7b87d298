package org.parley.testing;

import org.parley.app.service.Consent;
import org.parley.app.service.Services;
import org.parley.domain.Actor;
import org.parley.domain.Party;

/** Consents for tests, made the one way Parley makes them: through ConsentService and the parties' PINs. */
public final class TestConsent {

    private TestConsent() {
    }

    /** Nobody in particular: the window with no party active. */
    public static Consent nobody() {
        return Consent.nobody(Actor.WINDOW);
    }

    /** The consent of a party without a PIN. */
    public static Consent of(Services services, Party party) {
        return services.consents().confirm(party, null);
    }

    public static Consent of(Services services, Party party, String pin) {
        return services.consents().confirm(party, pin);
    }

    /** Both parties of the workshop, neither with a PIN. */
    public static Consent both(Services services, long workshopId) {
        Consent both = nobody();
        for (Party party : services.workshops().parties(workshopId)) {
            both = both.and(of(services, party));
        }
        return both;
    }
}
