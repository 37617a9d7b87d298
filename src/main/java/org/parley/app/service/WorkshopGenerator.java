package org.parley.app.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.parley.domain.Actor;
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
import org.parley.domain.RuleViolation;
import org.parley.domain.Treatment;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.exchange.ScoresImportPlan;
import org.parley.store.Store;

/**
 * Fills a workshop with a large, realistic portfolio for trying Parley at scale and for benchmarks: initiatives,
 * both parties' revealed scores, both appetites and signed agreements for 60% of the initiatives, the same for the
 * same seed. Everything goes through the services with both parties' consent, as {@link SampleWorkshop} does.
 */
public final class WorkshopGenerator {

    /** The PINs given to parties that have none, since signing needs one; said by the command, as in the README. */
    public static final String FIRST_PIN = "Seat1-2027";
    public static final String SECOND_PIN = "Seat2-2027";

    /** The share of initiatives that get a signed agreement, in fifths. */
    private static final int SIGNED_FIFTHS = 3;

    private final Store store;
    private final WorkshopService workshops;
    private final ConsentService consents;
    private final InitiativeService initiatives;
    private final ScoringService scoring;
    private final DivergenceService divergence;
    private final AgreementService agreements;

    WorkshopGenerator(Store store, Services services) {
        this.store = store;
        this.workshops = services.workshops();
        this.consents = services.consents();
        this.initiatives = services.initiatives();
        this.scoring = services.scoring();
        this.divergence = services.divergence();
        this.agreements = services.agreements();
    }

    /** What was generated; {@code pinsSet} when the parties had no PIN and were given {@link #FIRST_PIN} and the other. */
    public record Result(Workshop workshop, boolean created, int initiatives, int signed, boolean pinsSet) {
    }

    /**
     * Generates {@code count} initiatives into the workshop of that name or id, created when none has it; refused
     * when it already has initiatives. {@code pinOf} is asked for the PIN of a party that has one. All or nothing.
     */
    public Result generate(String nameOrId, int count, long seed, Function<Party, String> pinOf) {
        if (count < 1) {
            throw new RuleViolation("initiatives", "Generate at least 1 initiative, not " + count + ".");
        }
        Workshop existing = workshops.workshops().stream()
                .filter(w -> w.name().equalsIgnoreCase(nameOrId.strip()) || Long.toString(w.id()).equals(nameOrId.strip()))
                .findFirst().map(w -> workshops.workshop(w.id())).orElse(null);
        if (existing != null && !initiatives.initiatives(existing.id()).isEmpty()) {
            throw new RuleViolation("\u201C" + existing.name() + "\u201D already has initiatives; generate fills only "
                    + "a new or empty workshop. Name another one.");
        }
        return store.inTransaction(() -> {
            Consent nobody = Consent.nobody(Actor.COMMAND_LINE);
            Workshop workshop = existing != null ? existing : workshops.create(nameOrId.strip(), nobody);
            List<Party> parties = workshops.parties(workshop.id());
            boolean pinsSet = parties.stream().noneMatch(Party::hasPin);
            Consent both = Consent.nobody(Actor.COMMAND_LINE);
            for (Party party : parties) {
                String pin = party.hasPin() ? pinOf.apply(party) : party.seat().number() == 1 ? FIRST_PIN : SECOND_PIN;
                if (!party.hasPin()) {
                    consents.setPin(consents.confirm(party, null), party, null, pin);
                }
                both = both.and(consents.confirm(party, pin));
            }
            Random random = new Random(seed);
            List<ValueCriterion> criteria = workshops.criteria(workshop.id());
            initiatives.addAll(workshop.id(), drafts(count, random), nobody);
            List<Initiative> added = initiatives.initiatives(workshop.id());
            List<int[]> truths = new ArrayList<>();
            // Each party's scores recorded as an import records them: in batches, one event per assessment.
            Map<Party, List<ScoresImportPlan.Row>> scores = new LinkedHashMap<>();
            parties.forEach(party -> scores.put(party, new ArrayList<>()));
            for (Initiative initiative : added) {
                int[] truth = {1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5)};
                truths.add(truth);
                for (Party party : parties) {
                    List<ScoresImportPlan.Row> rows = scores.get(party);
                    rows.add(new ScoresImportPlan.Row(rows.size() + 1L, initiative.id(),
                            initiative.title(), assessment(truth, party.seat().number(), criteria, random)));
                }
            }
            for (var partyScores : scores.entrySet()) {
                scoring.recordAll(partyScores.getKey(), partyScores.getValue(), both);
            }
            scoring.revealAll(workshop.id(), both);
            int lean = random.nextInt(2);
            divergence.setAppetite(workshop.id(), AppetiteHolder.FIRST, Frontier.of(3 + lean, 5 + lean, 8, 10, 12), both);
            divergence.setAppetite(workshop.id(), AppetiteHolder.SECOND,
                    Frontier.of(5 + lean, 8 + lean, 12, 15, 18).withCap(20), both);
            divergence.revealAppetites(workshop.id(), both);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < added.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            List<Integer> chosen = new ArrayList<>(order.subList(0, count * SIGNED_FIFTHS / 5));
            Collections.sort(chosen);
            LocalDate today = agreements.today();
            List<Long> drafts = new ArrayList<>();
            for (int index : chosen) {
                Agreement draft = agreements.propose(added.get(index).id(), terms(truths.get(index), today, random), both);
                drafts.add(draft.id());
            }
            agreements.signAllAs(workshop.id(), drafts, both);
            return new Result(workshop, existing == null, count, drafts.size(), pinsSet);
        });
    }

    private static List<InitiativeDraft> drafts(int count, Random random) {
        String width = "%0" + Math.max(4, Integer.toString(count).length()) + "d";
        List<InitiativeDraft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] subject = pick(SUBJECTS, random);
            String region = pick(REGIONS, random);
            String title = pick(ACTIONS, random) + " " + subject[0] + " \u2013 " + region + " " + String.format(width, i + 1);
            String description = subject[1] + " " + pick(SCOPES, random).replace("{region}", region) + " "
                    + pick(CONCERNS, random);
            BigDecimal cost = BigDecimal.valueOf((20 + random.nextInt(480)) * 5_000L);
            List<String> tags = new ArrayList<>();
            for (String tag : subject[3].split("\\|")) {
                if (random.nextInt(4) > 0) {
                    tags.add(tag);
                }
            }
            drafts.add(new InitiativeDraft(title, description, subject[2], pick(SPONSORS, random), cost, tags));
        }
        return drafts;
    }

    /**
     * One party's view of an initiative whose "true" likelihood, impact and value are {@code truth}: the CISO tends
     * to see more risk, the CTO more value, each off by a point now and then.
     */
    private static AssessmentInput assessment(int[] truth, int seat, List<ValueCriterion> criteria, Random random) {
        int likelihood = clamp(truth[0] + (seat == 1 ? random.nextInt(2) : -random.nextInt(2)));
        int impact = clamp(truth[1] + random.nextInt(3) - 1);
        Map<Long, Integer> scores = new LinkedHashMap<>();
        for (ValueCriterion criterion : criteria) {
            scores.put(criterion.id(), clamp(truth[2] + (seat == 2 ? random.nextInt(2) : 0) + random.nextInt(3) - 1));
        }
        String rationale = pick(seat == 1 ? CISO_RATIONALES : CTO_RATIONALES, random);
        return new AssessmentInput(likelihood, impact, scores, rationale);
    }

    private static AgreementTerms terms(int[] truth, LocalDate today, Random random) {
        int likelihood = truth[0];
        int impact = truth[1];
        Decision decision = pick(DECISIONS, random);
        List<Condition> conditions = new ArrayList<>();
        if (decision == Decision.PROCEED_WITH_CONDITIONS) {
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                conditions.add(new Condition(pick(CONDITIONS, random), pick(SPONSORS, random),
                        today.plusDays(14 + random.nextInt(120))));
            }
        }
        boolean mitigated = !conditions.isEmpty();
        Treatment treatment = mitigated ? Treatment.MITIGATE
                : !decision.goesAhead() ? Treatment.AVOID
                : random.nextInt(5) == 0 ? Treatment.TRANSFER : Treatment.ACCEPT;
        int residualLikelihood = mitigated ? Math.max(1, likelihood - 1 - random.nextInt(2)) : likelihood;
        double value = Math.min(5.0, Math.max(1.0, truth[2] + (random.nextInt(3) - 1) * 0.5));
        return new AgreementTerms(value, likelihood, impact, conditions, residualLikelihood, impact, decision,
                treatment, pick(SPONSORS, random), today.plusMonths(3 + random.nextInt(10)),
                AGREED.get(mitigated ? 1 : decision.goesAhead() ? 0 : 2));
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(5, score));
    }

    private static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    private static final List<String> ACTIONS = List.of("Roll out", "Pilot", "Modernise", "Consolidate", "Replace",
            "Automate", "Migrate", "Extend", "Harden", "Launch");

    /** Subject, what it is, category, the tags it may carry. */
    private static final List<String[]> SUBJECTS = List.of(
            new String[] {"generative-AI support assistant", "An LLM drafts replies to customer chats from the "
                    + "knowledge base and order history.", "AI & Data", "GDPR|EU AI Act"},
            new String[] {"card payments on public cloud", "Card authorisation and settlement move to a managed "
                    + "Kubernetes service with a cloud KMS.", "Cloud & Infrastructure", "PCI-DSS|SOC 2|DORA"},
            new String[] {"self-service analytics", "Employees query the analytics lakehouse, customer tables "
                    + "included, from notebooks.", "AI & Data", "GDPR|CCPA"},
            new String[] {"zero-trust network access", "Identity-aware access per application replaces the VPN.",
                    "Security", "ISO 27001|SOC 2"},
            new String[] {"DevSecOps pipeline", "Static analysis, dependency and secret scanning gate every release.",
                    "Engineering", "ISO 27001|SOC 2"},
            new String[] {"AI coding assistants", "Engineers pair with an AI assistant that sends code snippets to "
                    + "the vendor's cloud.", "Engineering", "SOC 2"},
            new String[] {"bring-your-own-device", "Staff use personal phones for CRM and email in app containers.",
                    "Workplace", "GDPR"},
            new String[] {"passkey customer login", "Customers sign in with passkeys; recovery uses ID documents.",
                    "Product", "GDPR|PCI-DSS"},
            new String[] {"partner API marketplace", "Order and loyalty APIs open to vetted third-party developers.",
                    "Product", "GDPR|SOC 2"},
            new String[] {"SaaS ERP suite", "Finance, procurement and HR leave the on-premises ERP for a SaaS suite.",
                    "Enterprise applications", "SOX|GDPR"},
            new String[] {"telehealth benefit", "Employees see doctors by video; eligibility data flows nightly.",
                    "People", "HIPAA|GDPR"},
            new String[] {"real-time fraud scoring", "A machine-learning model scores every card transaction in "
                    + "under 50 ms.", "AI & Data", "PCI-DSS|EU AI Act"},
            new String[] {"cloud security posture management", "Every cloud account is scanned for misconfigurations "
                    + "and fixed automatically.", "Cloud & Infrastructure", "ISO 27001|SOC 2"},
            new String[] {"offline field service app", "Technicians keep 30 days of work orders and addresses on "
                    + "tablets.", "Product", "GDPR"},
            new String[] {"privileged access management", "Administrators check out time-limited credentials from a "
                    + "vault.", "Security", "ISO 27001|SOX"},
            new String[] {"customer data platform", "Marketing joins web, app and store data into one profile.",
                    "AI & Data", "GDPR|CCPA"},
            new String[] {"edge video analytics", "Store cameras count visitors and detect queues on site.",
                    "Operations", "GDPR|EU AI Act"},
            new String[] {"supplier portal", "Suppliers upload invoices and certificates to a hosted portal.",
                    "Enterprise applications", "SOX|ISO 27001"});

    private static final List<String> REGIONS = List.of("Nordics", "DACH", "Benelux", "Iberia", "UK & Ireland",
            "France", "Italy", "Poland", "North America", "LATAM", "APAC", "Middle East");

    private static final List<String> SCOPES = List.of("It starts in {region} and follows elsewhere within a year.",
            "Only {region} takes part in the first phase.", "{region} runs it for six months before a decision.",
            "It covers every business unit in {region}.");

    private static final List<String> CONCERNS = List.of("A third party processes personal data.",
            "The vendor has not completed our security questionnaire.", "Legacy systems need a connector.",
            "It changes the scope of our next audit.", "The business case depends on a fast rollout.",
            "Rollback is possible only in the first month.");

    private static final List<String> SPONSORS = List.of("Chief Data Officer", "CTO", "CFO", "COO", "CISO",
            "VP Engineering", "Head of Payments", "Chief Product Officer", "Chief People Officer",
            "VP Customer Experience", "Chief Revenue Officer", "Chief Digital Officer", "General Counsel");

    private static final List<String> CISO_RATIONALES = List.of(
            "Personal data leaves our estate and the provider is not yet assessed.",
            "The attack surface grows and monitoring is planned only for phase two.",
            "Controls are mature; the residual exposure is a misconfiguration.",
            "A breach here would be reportable within 72 hours.",
            "Reduces an exposure we carry today; rollout is the main risk.");

    private static final List<String> CTO_RATIONALES = List.of(
            "The vendor is SOC 2 audited and the business case is strong.",
            "Guardrails in the landing zone make this safer than what we run today.",
            "Delivery speeds up noticeably; the risk is comparable to tools we already use.",
            "A small pilot first keeps the exposure contained.",
            "The value depends on a fast start; the controls can follow.");

    private static final List<Decision> DECISIONS = List.of(Decision.PROCEED, Decision.PROCEED,
            Decision.PROCEED_WITH_CONDITIONS, Decision.PROCEED_WITH_CONDITIONS, Decision.PROCEED_WITH_CONDITIONS,
            Decision.PILOT, Decision.DEFER, Decision.REJECT);

    private static final List<String> CONDITIONS = List.of(
            "Data processing agreement with EU hosting and no training on our data",
            "Penetration test before launch; findings above Medium fixed",
            "Single sign-on and MFA for every account", "Logs shipped to the SOC with alerting agreed",
            "Vendor security questionnaire completed and reviewed", "Data minimised to the fields the use case needs");

    private static final List<String> AGREED = List.of(
            "Both accept the residual risk for the value it brings; reviewed at the date agreed.",
            "The conditions bring the risk within what both accept; the owner reports on them at each review.",
            "Not now: the value does not justify the exposure until the controls exist.");
}
