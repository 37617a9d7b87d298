package org.parley.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What the parties saw when the second of them signed: both parties' latest revealed assessments of the
 * initiative, the three frontiers, the four cross-verdicts, the agreed appetite's verdict on each party's
 * scores, and the agreement's own standing. Frozen with the agreement, so the register can always say on
 * what basis it was agreed, whatever was scored or negotiated later.
 *
 * <p>Values are kept to four decimals and the appetite limit too, so that the snapshot's text, which the
 * agreement's hash covers, is the same on every Java (see {@link CanonicalJson}).
 */
public record AgreementSnapshot(
        Instant takenAt,
        int round,
        InitiativeFacts initiative,
        PartyScores first,
        PartyScores second,
        Frontier firstAppetite,
        Frontier secondAppetite,
        Frontier agreedAppetite,
        Verdict firstOnFirst,
        Verdict firstOnSecond,
        Verdict secondOnFirst,
        Verdict secondOnSecond,
        Verdict agreedOnFirst,
        Verdict agreedOnSecond,
        DivergenceClass divergence,
        RiskStanding agreement) {

    private static final int VALUE_SCALE = 4;

    /**
     * The initiative as it was described when both signed. The register shows these, so editing the
     * initiative afterwards cannot change what was agreed, and the agreement's hash covers them.
     */
    public record InitiativeFacts(String title, String description, String category, String sponsor,
                                  String estimatedCost, List<String> tags) {

        public InitiativeFacts {
            Objects.requireNonNull(title, "title");
            description = Objects.requireNonNullElse(description, "");
            category = Objects.requireNonNullElse(category, "");
            sponsor = Objects.requireNonNullElse(sponsor, "");
            estimatedCost = Objects.requireNonNullElse(estimatedCost, "");
            tags = List.copyOf(tags);
        }

        public static InitiativeFacts of(Initiative initiative) {
            return new InitiativeFacts(initiative.title(), initiative.description(), initiative.category(),
                    initiative.sponsor(), initiative.cost().map(c -> c.stripTrailingZeros().toPlainString()).orElse(""),
                    initiative.tags());
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new TreeMap<>();
            map.put("title", title);
            map.put("description", description);
            map.put("category", category);
            map.put("sponsor", sponsor);
            map.put("estimatedCost", estimatedCost);
            map.put("tags", tags);
            return map;
        }

        @SuppressWarnings("unchecked")
        static InitiativeFacts fromMap(Map<String, ?> map) {
            Object tags = map.get("tags");
            return new InitiativeFacts(text(map, "title"), (String) map.get("description"), (String) map.get("category"),
                    (String) map.get("sponsor"), (String) map.get("estimatedCost"),
                    tags instanceof List<?> list ? (List<String>) list : List.of());
        }
    }

    /** One party's revealed assessment as it stood, with the party's label at that moment. */
    public record PartyScores(long partyId, String label, int likelihood, int impact, double value,
                              Map<String, Integer> criteria, String rationale, Instant submittedAt) {

        public PartyScores {
            Objects.requireNonNull(label, "label");
            criteria = Map.copyOf(criteria);
            rationale = Objects.requireNonNullElse(rationale, "");
            Objects.requireNonNull(submittedAt, "submittedAt");
        }

        public RiskScore risk() {
            return RiskScore.of(likelihood, impact);
        }

        public Scores scores() {
            return new Scores(value, risk());
        }
    }

    public AgreementSnapshot {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(firstAppetite, "firstAppetite");
        Objects.requireNonNull(secondAppetite, "secondAppetite");
        Objects.requireNonNull(agreedAppetite, "agreedAppetite");
        Objects.requireNonNull(divergence, "divergence");
        Objects.requireNonNull(agreement, "agreement");
    }

    /**
     * Takes the snapshot of one revealed initiative.
     *
     * @param parties  both parties, seat one first
     * @param criteria the workshop's value criteria, to name the criterion scores
     */
    public static AgreementSnapshot take(Analysis.Revealed revealed, Appetites appetites, List<Party> parties,
                                         List<ValueCriterion> criteria, AgreementTerms terms, Instant at) {
        if (!appetites.complete() || appetites.agreed() == null) {
            throw new RuleViolation("The appetites must be revealed, and the agreed appetite set, before an "
                    + "agreement is signed.");
        }
        RiskStanding standing = terms.standing(appetites.agreed());
        if (standing == null) {
            throw new RuleViolation("The agreement's scores and value are incomplete; it cannot be signed.");
        }
        Divergence divergence = new DivergenceEngine(appetites.first(), appetites.second()).divergence(revealed.pair());
        Frontier agreed = appetites.agreed();
        Assessment one = revealed.first();
        Assessment two = revealed.second();
        return new AgreementSnapshot(at, revealed.round(), InitiativeFacts.of(revealed.initiative()),
                scores(one, parties.get(0), criteria),
                scores(two, parties.get(1), criteria), appetites.first(), appetites.second(), agreed,
                divergence.firstOnFirst(), divergence.firstOnSecond(), divergence.secondOnFirst(),
                divergence.secondOnSecond(), agreed.verdict(one.value(), one.riskScore()),
                agreed.verdict(two.value(), two.riskScore()), divergence.divergenceClass(),
                new RiskStanding(standing.agreedValue(), standing.inherent(), standing.residual(),
                        rounded(standing.appetiteLimit()), standing.inherentWithin(), standing.residualWithin(),
                        standing.exception()));
    }

    public PartyScores of(Seat seat) {
        return seat == Seat.FIRST ? first : second;
    }

    /** The snapshot as canonical JSON: the text stored with the agreement and covered by its hash. */
    public String toJson() {
        return CanonicalJson.write(toMap());
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new TreeMap<>();
        map.put("takenAt", takenAt.toString());
        map.put("round", round);
        map.put("initiative", initiative.toMap());
        map.put("parties", Map.of("first", party(first), "second", party(second)));
        map.put("appetites", Map.of("first", frontier(firstAppetite), "second", frontier(secondAppetite),
                "agreed", frontier(agreedAppetite)));
        Map<String, Object> verdicts = new TreeMap<>();
        verdicts.put("firstOnFirst", firstOnFirst);
        verdicts.put("firstOnSecond", firstOnSecond);
        verdicts.put("secondOnFirst", secondOnFirst);
        verdicts.put("secondOnSecond", secondOnSecond);
        verdicts.put("agreedOnFirst", agreedOnFirst);
        verdicts.put("agreedOnSecond", agreedOnSecond);
        map.put("verdicts", verdicts);
        map.put("divergence", divergence.jsonName());
        Map<String, Object> standing = new TreeMap<>();
        standing.put("agreedValue", ValueScore.decimal(agreement.agreedValue()));
        standing.put("inherentLikelihood", agreement.inherent().likelihood().score());
        standing.put("inherentImpact", agreement.inherent().impact().score());
        standing.put("inherentRisk", agreement.inherent().value());
        standing.put("inherentBand", agreement.inherentBand().label());
        standing.put("residualLikelihood", agreement.residual().likelihood().score());
        standing.put("residualImpact", agreement.residual().impact().score());
        standing.put("residualRisk", agreement.residual().value());
        standing.put("residualBand", agreement.residualBand().label());
        standing.put("appetiteLimit", CanonicalJson.decimal(agreement.appetiteLimit(), VALUE_SCALE));
        standing.put("inherentWithin", agreement.inherentWithin());
        standing.put("residualWithin", agreement.residualWithin());
        standing.put("exception", agreement.exception());
        map.put("agreement", standing);
        return map;
    }

    /** Reads back what {@link #toMap} wrote, after a JSON parser turned it into maps, lists, strings and numbers. */
    public static AgreementSnapshot fromMap(Map<String, ?> map) {
        Map<String, ?> parties = object(map, "parties");
        Map<String, ?> appetites = object(map, "appetites");
        Map<String, ?> verdicts = object(map, "verdicts");
        Map<String, ?> standing = object(map, "agreement");
        RiskScore inherent = RiskScore.of(integer(standing, "inherentLikelihood"), integer(standing, "inherentImpact"));
        RiskScore residual = RiskScore.of(integer(standing, "residualLikelihood"), integer(standing, "residualImpact"));
        return new AgreementSnapshot(Instant.parse(text(map, "takenAt")), integer(map, "round"),
                InitiativeFacts.fromMap(object(map, "initiative")),
                party(object(parties, "first")), party(object(parties, "second")),
                frontier(object(appetites, "first")), frontier(object(appetites, "second")),
                frontier(object(appetites, "agreed")),
                Verdict.valueOf(text(verdicts, "firstOnFirst")), Verdict.valueOf(text(verdicts, "firstOnSecond")),
                Verdict.valueOf(text(verdicts, "secondOnFirst")), Verdict.valueOf(text(verdicts, "secondOnSecond")),
                Verdict.valueOf(text(verdicts, "agreedOnFirst")), Verdict.valueOf(text(verdicts, "agreedOnSecond")),
                DivergenceClass.fromJsonName(text(map, "divergence")),
                new RiskStanding(decimal(standing, "agreedValue"), inherent, residual,
                        decimal(standing, "appetiteLimit"), bool(standing, "inherentWithin"),
                        bool(standing, "residualWithin"), bool(standing, "exception")));
    }

    private static PartyScores scores(Assessment assessment, Party party, List<ValueCriterion> criteria) {
        Map<String, Integer> named = new TreeMap<>();
        for (ValueCriterion criterion : criteria) {
            Integer score = assessment.criterionScores().get(criterion.id());
            if (score != null) {
                named.put(criterion.name(), score);
            }
        }
        return new PartyScores(party.id(), party.label(), assessment.risk().likelihood().score(),
                assessment.risk().impact().score(), rounded(assessment.value()), named, assessment.rationale(),
                assessment.submittedAt());
    }

    private static double rounded(double value) {
        return CanonicalJson.decimal(value, VALUE_SCALE).doubleValue();
    }

    private static Map<String, Object> party(PartyScores scores) {
        Map<String, Object> map = new TreeMap<>();
        map.put("partyId", scores.partyId());
        map.put("label", scores.label());
        map.put("likelihood", scores.likelihood());
        map.put("impact", scores.impact());
        map.put("risk", scores.risk().value());
        map.put("band", scores.risk().band().label());
        map.put("value", CanonicalJson.decimal(scores.value(), VALUE_SCALE));
        map.put("criteria", new TreeMap<>(scores.criteria()));
        map.put("rationale", scores.rationale());
        map.put("submittedAt", scores.submittedAt().toString());
        return map;
    }

    private static PartyScores party(Map<String, ?> map) {
        Map<String, Integer> criteria = new TreeMap<>();
        object(map, "criteria").forEach((name, score) -> criteria.put(name, ((Number) score).intValue()));
        return new PartyScores(((Number) map.get("partyId")).longValue(), text(map, "label"), integer(map, "likelihood"),
                integer(map, "impact"), decimal(map, "value"), criteria, text(map, "rationale"),
                Instant.parse(text(map, "submittedAt")));
    }

    private static Map<String, Object> frontier(Frontier frontier) {
        Map<String, Object> map = new TreeMap<>();
        map.put("levels", new ArrayList<Object>(frontier.levels()));
        map.put("cap", frontier.cap().isPresent() ? frontier.cap().getAsInt() : null);
        return map;
    }

    private static Frontier frontier(Map<String, ?> map) {
        List<Integer> levels = new ArrayList<>();
        for (Object level : (List<?>) map.get("levels")) {
            levels.add(((Number) level).intValue());
        }
        Object cap = map.get("cap");
        return Frontier.of(levels, cap == null ? OptionalInt.empty() : OptionalInt.of(((Number) cap).intValue()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> object(Map<String, ?> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("The snapshot has no object \"" + key + "\"");
        }
        return (Map<String, ?>) value;
    }

    private static String text(Map<String, ?> map, String key) {
        return String.valueOf(map.get(key));
    }

    private static int integer(Map<String, ?> map, String key) {
        return ((Number) map.get(key)).intValue();
    }

    private static double decimal(Map<String, ?> map, String key) {
        Object value = map.get(key);
        return value instanceof BigDecimal big ? big.doubleValue() : ((Number) value).doubleValue();
    }

    private static boolean bool(Map<String, ?> map, String key) {
        return Boolean.TRUE.equals(map.get(key));
    }
}
