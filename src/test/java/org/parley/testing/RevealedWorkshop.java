package org.parley.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.app.service.Services;
import org.parley.app.service.Consent;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementTerms;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.AssessmentInput;
import org.parley.domain.Condition;
import org.parley.domain.Decision;
import org.parley.domain.Frontier;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.Treatment;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.store.Store;

/**
 * A workshop ready for agreements: two initiatives scored and revealed by both parties, both appetites
 * revealed, so the agreed one is the midpoint 5,7,10,12,15. Both parties have PINs, so they can sign.
 */
public final class RevealedWorkshop {

    public static final String CISO_PIN = "ciso-pin-1";
    public static final String CTO_PIN = "cto-pin-22";

    public final Services services;
    public final Workshop workshop;
    public final Party ciso;
    public final Party cto;
    /** The CISO's own consent, given with its PIN. */
    public final Consent cisoAlone;
    /** Both parties' consent, given with their PINs. */
    public final Consent both;
    /** The CISO scores it 4×4 at value 4, the CTO 3×3 at value 4. */
    public final Initiative assistant;
    /** Both score it 2×2 at value 4. */
    public final Initiative pipeline;

    private RevealedWorkshop(Store store) {
        services = new Services(store);
        workshop = services.workshops().create("Q3 review", TestConsent.nobody());
        List<Party> parties = services.workshops().parties(workshop.id());
        ciso = services.consents().setPin(TestConsent.of(services, parties.get(0)), parties.get(0), null, CISO_PIN);
        cto = services.consents().setPin(TestConsent.of(services, parties.get(1)), parties.get(1), null, CTO_PIN);
        cisoAlone = services.consents().confirm(ciso, CISO_PIN);
        both = cisoAlone.and(services.consents().confirm(cto, CTO_PIN));
        List<ValueCriterion> criteria = services.workshops().criteria(workshop.id());
        assistant = services.initiatives().add(workshop.id(),
                new InitiativeDraft("Gen-AI support assistant", "", "", "", null, List.of()), TestConsent.nobody());
        pipeline = services.initiatives().add(workshop.id(),
                new InitiativeDraft("DevSecOps pipeline", "", "", "", null, List.of()), TestConsent.nobody());
        services.scoring().submit(assistant.id(), ciso, input(criteria, 4, 4, "Personal data leaves us."), both);
        services.scoring().submit(assistant.id(), cto, input(criteria, 3, 3, "EU hosting."), both);
        services.scoring().submit(pipeline.id(), ciso, input(criteria, 2, 2, "Closes gaps."), both);
        services.scoring().submit(pipeline.id(), cto, input(criteria, 2, 2, "Cheap."), both);
        services.scoring().revealAll(workshop.id(), both);
        services.divergence().setAppetite(workshop.id(), AppetiteHolder.FIRST, Frontier.of(4, 6, 8, 10, 12), both);
        services.divergence().setAppetite(workshop.id(), AppetiteHolder.SECOND, Frontier.of(6, 9, 12, 15, 18), both);
        services.divergence().revealAppetites(workshop.id(), both);
    }

    public static RevealedWorkshop create(Store store) {
        return new RevealedWorkshop(store);
    }

    public LocalDate today() {
        return services.agreements().today();
    }

    /** Valid terms: proceed with one condition, inherent 16, residual 8 at value 4.0 (the agreed limit there is 12). */
    public AgreementTerms terms() {
        return new AgreementTerms(4.0, 4, 4, List.of(new Condition("DPA with the model provider", "Legal Counsel",
                today().plusDays(30))), 2, 4, Decision.PROCEED_WITH_CONDITIONS, Treatment.MITIGATE,
                "VP Customer Experience", today().plusMonths(6), "The conditions bring the risk within the appetite.");
    }

    /** Proposes the terms for the initiative and has both parties sign them. */
    public Agreement signed(Initiative initiative, AgreementTerms terms) {
        Agreement draft = services.agreements().propose(initiative.id(), terms, cisoAlone);
        services.agreements().sign(draft.id(), ciso, CISO_PIN);
        return services.agreements().sign(draft.id(), cto, CTO_PIN);
    }

    private static AssessmentInput input(List<ValueCriterion> criteria, int likelihood, int impact, String why) {
        Map<Long, Integer> scores = new HashMap<>();
        criteria.forEach(c -> scores.put(c.id(), 4));
        return new AssessmentInput(likelihood, impact, scores, why);
    }
}
