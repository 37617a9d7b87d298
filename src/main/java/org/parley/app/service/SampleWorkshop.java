package org.parley.app.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.domain.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementTerms;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.Condition;
import org.parley.domain.Decision;
import org.parley.domain.Treatment;
import org.parley.domain.AssessmentInput;
import org.parley.domain.Frontier;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Party;
import org.parley.domain.Workshop;

/**
 * The workshop a new store starts with, so that every screen has real content on first start and a
 * newcomer can see what a finished session looks like before entering their own portfolio.
 */
public final class SampleWorkshop {

    public static final String NAME = "FY27 strategy offsite";

    /** The sample parties' PINs, printed in the README: long enough to sign (see decision 0009). */
    public static final String FIRST_PIN = "Amira2027";
    public static final String SECOND_PIN = "Jonas2027";

    private final WorkshopService workshops;
    private final InitiativeService initiatives;
    private final ScoringService scoring;
    private final DivergenceService divergence;
    private final AgreementService agreements;
    private final ConsentService consents;

    public SampleWorkshop(WorkshopService workshops, ConsentService consents, InitiativeService initiatives,
                          ScoringService scoring, DivergenceService divergence, AgreementService agreements) {
        this.workshops = workshops;
        this.consents = consents;
        this.initiatives = initiatives;
        this.scoring = scoring;
        this.divergence = divergence;
        this.agreements = agreements;
    }

    /**
     * Creates the sample workshop and returns it. It goes through the same consent rules as a real session: each
     * party sets its PIN, and both give them for what they decide together, so every signature is real.
     */
    public Workshop create() {
        Consent nobody = Consent.nobody(Actor.SAMPLE);
        Workshop workshop = workshops.create(NAME, nobody);
        List<Party> parties = workshops.parties(workshop.id());
        Consent firstAlone = consents.confirm(parties.get(0), null);
        Consent secondAlone = consents.confirm(parties.get(1), null);
        Party first = workshops.renameParty(parties.get(0), "Amira Haddad", "CISO", firstAlone);
        Party second = workshops.renameParty(parties.get(1), "Jonas Berg", "CTO", secondAlone);
        consents.setPin(firstAlone, first, null, FIRST_PIN);
        consents.setPin(secondAlone, second, null, SECOND_PIN);
        Consent both = consents.confirm(first, FIRST_PIN).and(consents.confirm(second, SECOND_PIN));
        List<Party> named = workshops.parties(workshop.id());
        List<ValueCriterion> criteria = workshops.criteria(workshop.id());
        List<Initiative> added = new ArrayList<>();
        for (int i = 0; i < INITIATIVES.size(); i++) {
            Initiative initiative = initiatives.add(workshop.id(), INITIATIVES.get(i), nobody);
            added.add(initiative);
            String[] scores = SCORES.get(i);
            scoring.submit(initiative.id(), named.get(0), input(scores[0], scores[1], criteria), both);
            scoring.submit(initiative.id(), named.get(1), input(scores[2], scores[3], criteria), both);
        }
        scoring.revealAll(workshop.id(), both);
        // The CTO accepts more risk at every value than the CISO: that is where appetite gaps come from.
        divergence.setAppetite(workshop.id(), AppetiteHolder.FIRST, Frontier.of(4, 6, 8, 10, 12), both);
        divergence.setAppetite(workshop.id(), AppetiteHolder.SECOND, Frontier.of(6, 9, 12, 15, 18).withCap(20), both);
        divergence.revealAppetites(workshop.id(), both);
        // Dates count from the store's today, so the sample's conditions and reviews never look stale.
        LocalDate today = agreements.today();
        for (Map.Entry<Integer, AgreementTerms> agreed : agreements(today).entrySet()) {
            Agreement draft = agreements.propose(added.get(agreed.getKey()).id(), agreed.getValue(), both);
            agreements.signAs(draft.id(), named.get(0), both);
            agreements.signAs(draft.id(), named.get(1), both);
        }
        return workshop;
    }

    /**
     * Three signed agreements, by index into {@link #INITIATIVES}, against the agreed appetite (the midpoint,
     * 5,7,10,12,15 capped at 20): one plain Proceed, one with conditions that bring the risk within the appetite,
     * and one exception whose residual risk stays above it.
     */
    static Map<Integer, AgreementTerms> agreements(LocalDate today) {
        Map<Integer, AgreementTerms> terms = new LinkedHashMap<>();
        terms.put(4, new AgreementTerms(4.0, 2, 2, List.of(), 2, 2, Decision.PROCEED, Treatment.ACCEPT,
                "Priya Nair, VP Engineering", today.plusMonths(9),
                "Both see a low risk (2 to 4) for a high value: the pipeline closes gaps last year's pen test found. "
                        + "The remaining risk is release gates stalling delivery, which the 90-day grace period "
                        + "covers. Review once the gates block releases."));
        terms.put(0, new AgreementTerms(4.0, 4, 4, List.of(
                new Condition("Data processing agreement with the model provider: EU hosting, zero retention, no "
                        + "training on our transcripts", "Sofia Marin, Legal Counsel", today.plusDays(30)),
                new Condition("Prompt-injection and data-leak testing by the red team before launch; findings above "
                        + "Medium fixed", "Head of Application Security", today.plusDays(45)),
                new Condition("Human review of every drafted reply for the first 90 days after launch",
                        "VP Customer Experience", today.plusDays(135))),
                2, 4, Decision.PROCEED_WITH_CONDITIONS, Treatment.MITIGATE, "VP Customer Experience",
                today.plusMonths(6),
                "Inherent risk is the CISO's 16: transcripts with personal data go to a provider we have not "
                        + "assessed. With the DPA, prompt-injection testing and human review, a leak becomes unlikely "
                        + "(residual 8), within the agreed appetite at value 4.0."));
        terms.put(5, new AgreementTerms(3.5, 4, 4, List.of(
                new Condition("Enterprise licence that forbids training on our code and limits retention to 30 days",
                        "General Counsel", today.plusDays(60)),
                new Condition("Secret scanning on every prompt; repositories tagged restricted are excluded from "
                        + "the assistant", "Head of Application Security", today.plusDays(30))),
                3, 4, Decision.PROCEED_WITH_CONDITIONS, Treatment.ACCEPT, "Jonas Berg, CTO", today.plusMonths(6),
                "An exception: source code still leaves our estate, so the residual risk (12) stays above the agreed "
                        + "appetite (11 at value 3.5). The CTO accepts it for the faster delivery; the licence and "
                        + "secret scanning keep it from growing. Review in six months with the vendor's audit report "
                        + "and the scanning findings."));
        return terms;
    }

    static final List<InitiativeDraft> INITIATIVES = List.of(
            draft("Generative-AI customer support assistant",
                    "An LLM assistant answers tier-1 support chats and drafts replies for agents, grounded in the "
                            + "knowledge base and the customer's order history. Hosted by a third-party model "
                            + "provider; transcripts contain personal data.",
                    "AI & Data", "VP Customer Experience", "420000", "GDPR|EU AI Act"),
            draft("Move card payments platform to public cloud",
                    "Re-platform the card authorisation and settlement services from the co-located data centre "
                            + "to a managed Kubernetes service in two regions, with the HSMs replaced by a cloud KMS.",
                    "Cloud & Infrastructure", "Head of Payments", "1850000", "PCI-DSS|SOC 2|DORA"),
            draft("Open analytics data access",
                    "Give every employee self-service access to the analytics lakehouse, including customer "
                            + "behaviour tables, through a SQL workbench and notebooks. Column masking is planned "
                            + "for phase two.",
                    "AI & Data", "Chief Data Officer", "640000", "GDPR|CCPA"),
            draft("Zero-trust network access",
                    "Replace the remote-access VPN with identity-aware access per application, device posture "
                            + "checks and continuous session evaluation. Legacy thick clients need a connector.",
                    "Security", "CISO", "780000", "ISO 27001|SOC 2"),
            draft("DevSecOps pipeline",
                    "Add static analysis, dependency scanning, secret detection and signed, reproducible builds "
                            + "to every pipeline; releases are blocked on critical findings after a 90-day grace period.",
                    "Engineering", "VP Engineering", "310000", "ISO 27001|SOC 2"),
            draft("AI coding assistants for all engineers",
                    "Roll out an AI pair-programming assistant to 600 engineers, with code snippets sent to the "
                            + "vendor's cloud. Expected 20% faster delivery; licence terms on training data to be agreed.",
                    "Engineering", "CTO", "260000", "SOC 2"),
            draft("Bring your own device for field sales",
                    "Let the field sales team use personal phones and tablets for CRM, email and quoting, managed "
                            + "through app-level containers instead of full device enrolment.",
                    "Workplace", "Chief Revenue Officer", "150000", "GDPR"),
            draft("Passwordless customer login with passkeys",
                    "Offer passkeys and magic links in the customer app and website, keeping passwords as a "
                            + "fallback for two years; account recovery moves to verified ID documents.",
                    "Product", "Chief Product Officer", "520000", "GDPR|PCI-DSS"),
            draft("Partner API marketplace",
                    "Publish order, catalogue and loyalty APIs to third-party developers with self-service "
                            + "onboarding, OAuth scopes and usage-based pricing.",
                    "Product", "Chief Digital Officer", "900000", "GDPR|SOC 2"),
            draft("Retire on-premises ERP for a SaaS suite",
                    "Migrate finance, procurement and HR from the 15-year-old on-premises ERP to a SaaS suite; "
                            + "the old system stays read-only for seven years of audit retention.",
                    "Enterprise applications", "CFO", "2400000", "SOX|GDPR"),
            draft("Employee telehealth benefit",
                    "Offer US employees video consultations through a telehealth provider integrated with the HR "
                            + "portal by single sign-on; eligibility data flows to the provider nightly.",
                    "People", "Chief People Officer", "120000", "HIPAA|GDPR"),
            draft("Real-time fraud scoring with machine learning",
                    "Score every card transaction with a gradient-boosted model in under 50 ms, replacing static "
                            + "rules; declines above a threshold are automatic and explained on request.",
                    "AI & Data", "Head of Payments", "730000", "PCI-DSS|EU AI Act"),
            draft("Cloud security posture management",
                    "Continuously scan all cloud accounts for misconfigurations, exposed secrets and drift from "
                            + "the CIS benchmarks, with automatic fixes for the ten most common findings.",
                    "Cloud & Infrastructure", "CTO", "190000", "ISO 27001|SOC 2"),
            draft("Offline mode for the field service app",
                    "Technicians download work orders, customer addresses and site photos to their tablets and "
                            + "sync when back online; devices hold up to 30 days of data.",
                    "Product", "COO", "340000", "GDPR"));

    /**
     * Round-1 scores, in the order of {@link #INITIATIVES}: for the CISO then the CTO, "likelihood impact
     * strategic-fit growth efficiency customer-impact" and a rationale. Chosen so that the parties agree on
     * some initiatives, see others differently, and on a few differ only in how much risk they accept.
     */
    static final List<String[]> SCORES = List.of(
            new String[] {"4 4 4 3 4 3", "Transcripts with personal data go to a model provider we have not assessed; "
                    + "prompt injection can leak other customers' orders.",
                    "3 3 5 4 5 4", "Vendor offers EU hosting and zero retention; agents review every drafted reply "
                    + "for the first quarter."},
            new String[] {"3 5 4 3 3 3", "Replacing HSMs with a cloud KMS changes our PCI scope; a misconfigured "
                    + "account would expose card data.",
                    "2 5 5 4 4 3", "Managed Kubernetes with landing-zone guardrails is safer than our ageing "
                    + "co-lo; the QSA reviewed the design."},
            new String[] {"4 4 3 3 3 3", "Behavioural tables hold personal data; without column masking every "
                    + "employee can query it.",
                    "3 4 4 5 4 3", "Access is logged and limited to the corporate network; masking follows in "
                    + "phase two."},
            new String[] {"2 2 4 3 4 5", "Reduces our biggest exposure, the flat VPN; the connector for thick "
                    + "clients is the remaining risk.",
                    "2 3 4 3 3 4", "Rollout risk to legacy apps; the identity provider becomes a single point "
                    + "of failure."},
            new String[] {"1 2 4 4 5 4", "Signed builds and secret scanning close gaps found in last year's "
                    + "pen test.",
                    "2 2 4 3 4 4", "Gates can stall releases; the 90-day grace period keeps delivery moving."},
            new String[] {"3 4 4 3 4 3", "Source code leaves our estate; licence terms on training use are not "
                    + "yet agreed.",
                    "3 4 5 4 5 4", "Same exposure as our code hosting; the business case is strong and the "
                    + "vendor is SOC 2 audited."},
            new String[] {"4 3 2 3 3 2", "Personal devices we cannot wipe will hold customer contacts and "
                    + "quotes.",
                    "3 2 3 3 3 3", "App containers can be wiped remotely; the data is mostly already in "
                    + "email."},
            new String[] {"2 3 4 4 4 4", "Passkeys remove phishing of passwords; ID-document recovery needs "
                    + "a careful vendor.",
                    "2 3 4 4 4 5", "Better conversion and fewer account takeovers; recovery flow is the only "
                    + "new risk."},
            new String[] {"3 4 4 4 3 4", "Third-party developers with OAuth access to orders and loyalty data; "
                    + "abuse is hard to spot.",
                    "2 4 5 5 3 4", "Scopes are narrow and every partner is vetted; rate limits and anomaly "
                    + "alerts are built in."},
            new String[] {"2 4 3 3 3 3", "A SaaS suite concentrates finance and HR data with one provider.",
                    "2 4 3 3 4 3", "The SaaS provider's controls beat our unpatched ERP; migration is the "
                    + "risky part."},
            new String[] {"3 4 2 2 2 2", "Health data flows nightly to a provider; a HIPAA business associate "
                    + "agreement is not signed yet.",
                    "3 4 2 2 3 2", "Low business value for the exposure; eligibility data is sensitive."},
            new String[] {"2 3 5 4 5 4", "Explainable declines and a human review queue keep the AI Act "
                    + "obligations manageable.",
                    "2 3 5 4 5 4", "Cuts fraud losses by a third in the pilot; the model runs in our PCI "
                    + "zone."},
            new String[] {"1 2 4 3 5 4", "Finds misconfigurations before attackers do; automatic fixes are "
                    + "limited to safe ones.",
                    "1 2 4 3 4 3", "Cheap, low-risk, and it saves the platform team manual checks."},
            new String[] {"3 3 3 3 3 3", "Thirty days of customer addresses on tablets that get lost in vans.",
                    "2 3 4 3 4 3", "Tablets are encrypted and managed; offline work removes the biggest "
                    + "complaint of technicians."});

    private static AssessmentInput input(String numbers, String rationale, List<ValueCriterion> criteria) {
        String[] parts = numbers.split(" ");
        Map<Long, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            scores.put(criteria.get(i).id(), Integer.parseInt(parts[2 + i]));
        }
        return new AssessmentInput(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), scores, rationale);
    }

    private static InitiativeDraft draft(String title, String description, String category, String sponsor,
                                         String cost, String tags) {
        return new InitiativeDraft(title, description, category, sponsor, new BigDecimal(cost),
                List.of(tags.split("\\|")));
    }
}
