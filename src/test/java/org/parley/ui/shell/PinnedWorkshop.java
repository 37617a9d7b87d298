package org.parley.ui.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.app.service.Consent;
import org.parley.app.service.Services;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.AssessmentInput;
import org.parley.domain.Frontier;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;

/**
 * A workshop for the window tests of the cover and the lock: both parties have PINs and have scored one
 * initiative, not yet revealed, so each one's rationale is private to it.
 */
final class PinnedWorkshop {

    static final String CISO_PIN = "ciso-pin-1";
    static final String CTO_PIN = "cto-pin-22";
    static final String TITLE = "Passkeys for staff";
    static final String CISO_SECRET = "CISO-PRIVATE-ON-PASSKEYS";
    static final String CTO_SECRET = "CTO-PRIVATE-ON-PASSKEYS";

    final long workshopId;
    final long initiativeId;
    private final Services services;
    private final List<Party> parties;
    private final Consent cisoAlone;
    private final Consent ctoAlone;
    /** Given before the PINs are set, which spares the tests two slow PIN checks. */
    private final Consent both;

    private PinnedWorkshop(Services services) {
        this.services = services;
        Workshop workshop = services.workshops().create("Q3 review", TestConsent.nobody());
        workshopId = workshop.id();
        parties = services.workshops().parties(workshopId);
        cisoAlone = TestConsent.of(services, parties.get(0));
        ctoAlone = TestConsent.of(services, parties.get(1));
        both = cisoAlone.and(ctoAlone);
        Initiative initiative = services.initiatives().add(workshopId,
                new InitiativeDraft(TITLE, "", "", "", null, List.of()), TestConsent.nobody());
        initiativeId = initiative.id();
        Map<Long, Integer> scores = new HashMap<>();
        services.workshops().criteria(workshopId).forEach(c -> scores.put(c.id(), 4));
        services.scoring().submit(initiativeId, parties.get(0), new AssessmentInput(4, 4, scores, CISO_SECRET), both);
        services.scoring().submit(initiativeId, parties.get(1), new AssessmentInput(2, 3, scores, CTO_SECRET), both);
    }

    private PinnedWorkshop withPins() {
        services.consents().setPin(cisoAlone, parties.get(0), null, CISO_PIN);
        services.consents().setPin(ctoAlone, parties.get(1), null, CTO_PIN);
        return this;
    }

    /** Both have scored, nothing is revealed. */
    static PinnedWorkshop scored(Services services) {
        return new PinnedWorkshop(services).withPins();
    }

    /** As {@link #scored}, and both appetites revealed: the agreed one starts at 5, 7, 10, 12, 15. */
    static PinnedWorkshop withAgreedAppetite(Services services) {
        PinnedWorkshop made = new PinnedWorkshop(services);
        services.divergence().setAppetite(made.workshopId, AppetiteHolder.FIRST, Frontier.of(4, 6, 8, 10, 12),
                made.both);
        services.divergence().setAppetite(made.workshopId, AppetiteHolder.SECOND, Frontier.of(6, 9, 12, 15, 18),
                made.both);
        services.divergence().revealAppetites(made.workshopId, made.both);
        return made.withPins();
    }
}
