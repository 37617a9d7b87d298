package org.parley.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.domain.quant.LossEstimate;

/**
 * What a party enters when scoring an initiative, with an optional loss estimate (a valid one, or null for none);
 * {@link #problems} says what is missing or wrong.
 */
public record AssessmentInput(Integer likelihood, Integer impact, Map<Long, Integer> criterionScores, String rationale,
        LossEstimate loss) {

    /** Scores without a loss estimate. */
    public AssessmentInput(Integer likelihood, Integer impact, Map<Long, Integer> criterionScores, String rationale) {
        this(likelihood, impact, criterionScores, rationale, null);
    }

    /** The same scores with {@code estimate} as the loss estimate (null for none). */
    public AssessmentInput withLoss(LossEstimate estimate) {
        return new AssessmentInput(likelihood, impact, criterionScores, rationale, estimate);
    }

    public static final int RATIONALE_MAX = 4000;

    public AssessmentInput {
        criterionScores = Map.copyOf(criterionScores);
        rationale = Objects.requireNonNullElse(rationale, "").strip();
    }

    /** Problems by field ("likelihood", "impact", a criterion's name, "rationale"), in form order. */
    public Map<String, String> problems(List<ValueCriterion> criteria) {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems, "likelihood", Scale.LIKELIHOOD.title(), likelihood);
        check(problems, "impact", Scale.IMPACT.title(), impact);
        for (ValueCriterion criterion : criteria) {
            check(problems, criterion.name(), criterion.name(), criterionScores.get(criterion.id()));
        }
        if (rationale.length() > RATIONALE_MAX) {
            problems.put("rationale", "Rationale is " + rationale.length() + " characters long; the limit is "
                    + RATIONALE_MAX + ".");
        }
        return problems;
    }

    public RiskScore risk() {
        return RiskScore.of(likelihood, impact);
    }

    private static void check(Map<String, String> problems, String field, String name, Integer score) {
        String problem = Scale.problem(name, score);
        if (problem != null) {
            problems.put(field, problem);
        }
    }
}
