package org.parley.testing;

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
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.domain.quant.LossEstimate;
import org.parley.domain.quant.ToleranceCurve;
import org.parley.store.Store;

/**
 * A workshop for the quantitative mode, parties without PINs: three initiatives, riskquant's worked examples as the
 * CISO's estimates and smaller ones as the CTO's, scored and revealed; a fourth scored by both without estimates. The
 * tolerances are set but, like the appetites, not revealed until {@link #revealAppetites()}.
 */
public final class QuantWorkshop {

    public static final LossEstimate CLOUD_CISO = new LossEstimate(0.10, 10_000_000, 1_000_000_000);
    public static final LossEstimate CLOUD_CTO = new LossEstimate(0.05, 1_000_000, 10_000_000);
    public static final LossEstimate ASSISTANT_CISO = new LossEstimate(0.05, 5_000_000, 50_000_000);
    public static final LossEstimate ASSISTANT_CTO = new LossEstimate(0.02, 1_000_000, 5_000_000);
    public static final LossEstimate PIPELINE_BOTH = new LossEstimate(0.01, 1_000_000, 10_000_000);
    /** Strict: a 10% chance above 1,000,000 and 1% above 100,000,000. */
    public static final ToleranceCurve CISO_TOLERANCE = ToleranceCurve.parse("1000000:0.1,100000000:0.01");
    /** Loose: a 50% chance above 1,000,000 and 10% above 1,000,000,000. */
    public static final ToleranceCurve CTO_TOLERANCE = ToleranceCurve.parse("1000000:0.5,1000000000:0.1");

    public final Services services;
    public final Workshop workshop;
    public final Party ciso;
    public final Party cto;
    public final Consent both;
    public final Initiative cloud;
    public final Initiative assistant;
    public final Initiative pipeline;
    /** Scored and revealed, without loss estimates. */
    public final Initiative plain;

    private QuantWorkshop(Store store) {
        services = new Services(store);
        workshop = services.workshops().create("Loss review", TestConsent.nobody());
        List<Party> parties = services.workshops().parties(workshop.id());
        ciso = parties.get(0);
        cto = parties.get(1);
        both = TestConsent.both(services, workshop.id());
        List<ValueCriterion> criteria = services.workshops().criteria(workshop.id());
        cloud = add("Payments to public cloud");
        assistant = add("Gen-AI support assistant");
        pipeline = add("DevSecOps pipeline");
        plain = add("Zero-trust network access");
        submit(cloud, ciso, criteria, CLOUD_CISO);
        submit(cloud, cto, criteria, CLOUD_CTO);
        submit(assistant, ciso, criteria, ASSISTANT_CISO);
        submit(assistant, cto, criteria, ASSISTANT_CTO);
        submit(pipeline, ciso, criteria, PIPELINE_BOTH);
        submit(pipeline, cto, criteria, PIPELINE_BOTH);
        submit(plain, ciso, criteria, null);
        submit(plain, cto, criteria, null);
        services.scoring().revealAll(workshop.id(), both);
        services.divergence().setAppetite(workshop.id(), AppetiteHolder.FIRST, Frontier.of(4, 6, 8, 10, 12), both);
        services.divergence().setAppetite(workshop.id(), AppetiteHolder.SECOND, Frontier.of(6, 9, 12, 15, 18), both);
        services.divergence().setTolerance(workshop.id(), AppetiteHolder.FIRST, CISO_TOLERANCE, both);
        services.divergence().setTolerance(workshop.id(), AppetiteHolder.SECOND, CTO_TOLERANCE, both);
    }

    public static QuantWorkshop create(Store store) {
        return new QuantWorkshop(store);
    }

    public void revealAppetites() {
        services.divergence().revealAppetites(workshop.id(), both);
    }

    public Consent consentOf(Party party) {
        return TestConsent.of(services, party);
    }

    private Initiative add(String title) {
        return services.initiatives().add(workshop.id(), new InitiativeDraft(title, "", "", "", null, List.of()),
                TestConsent.nobody());
    }

    private void submit(Initiative initiative, Party party, List<ValueCriterion> criteria, LossEstimate loss) {
        Map<Long, Integer> scores = new HashMap<>();
        criteria.forEach(c -> scores.put(c.id(), 3));
        services.scoring().submit(initiative.id(), party, new AssessmentInput(3, 3, scores, "Why.", loss),
                consentOf(party));
    }
}
