package org.parley.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules agreement terms must meet, as plain functions, so that the negotiation form, the services and
 * the tests share one definition. Dates are judged against the day the terms are proposed: a condition due
 * yesterday cannot be agreed today, but an agreement signed a week after it was proposed stays valid.
 */
public final class AgreementRules {

    public static final int RATIONALE_MAX = 4000;
    public static final int RISK_OWNER_MAX = 100;
    public static final int CONDITION_DESCRIPTION_MAX = 1000;
    public static final int CONDITION_OWNER_MAX = 100;
    public static final int MAX_CONDITIONS = 30;
    /** An exception must be looked at again within this many months of being proposed. */
    public static final int EXCEPTION_REVIEW_MONTHS = 12;

    private AgreementRules() {
    }

    /**
     * Every problem with the terms, in form order; empty when they can be proposed and signed.
     *
     * @param agreedAppetite the workshop's agreed frontier; null when there is none yet (then no exception is
     *                       detected, and the service refuses to propose anyway)
     * @param proposedOn     the day the terms are proposed
     */
    public static List<AgreementProblem> check(AgreementTerms terms, Frontier agreedAppetite, LocalDate proposedOn) {
        List<AgreementProblem> problems = new ArrayList<>();
        Double value = terms.agreedValue();
        if (value == null) {
            problems.add(AgreementProblem.of(AgreementField.AGREED_VALUE, "Agreed value is required."));
        } else if (!ValueScore.contains(value)) {
            problems.add(AgreementProblem.of(AgreementField.AGREED_VALUE,
                    "Agreed value must be from 1.0 to 5.0, not " + number(value) + "."));
        }
        score(problems, AgreementField.INHERENT_LIKELIHOOD, terms.inherentLikelihood());
        score(problems, AgreementField.INHERENT_IMPACT, terms.inherentImpact());
        conditions(problems, terms, proposedOn);
        score(problems, AgreementField.RESIDUAL_LIKELIHOOD, terms.residualLikelihood());
        score(problems, AgreementField.RESIDUAL_IMPACT, terms.residualImpact());
        RiskScore inherent = terms.inherentRisk();
        RiskScore residual = terms.residualRisk();
        if (inherent != null && residual != null && residual.value() > inherent.value()) {
            problems.add(AgreementProblem.of(AgreementField.RESIDUAL_RISK, "Residual risk (" + residual
                    + ") cannot exceed inherent risk (" + inherent + "): conditions lower a risk, they do not raise it."));
        }
        if (terms.decision() == null) {
            problems.add(AgreementProblem.of(AgreementField.DECISION, "Decision is required."));
        }
        if (terms.treatment() == null) {
            problems.add(AgreementProblem.of(AgreementField.TREATMENT, "Treatment is required."));
        }
        text(problems, AgreementField.RISK_OWNER, terms.riskOwner(), RISK_OWNER_MAX, "Risk owner is required.");
        reviewDate(problems, terms, agreedAppetite, proposedOn);
        text(problems, AgreementField.RATIONALE, terms.rationale(), RATIONALE_MAX,
                "Rationale is required: say why you agree on this.");
        return List.copyOf(problems);
    }

    /** Throws an {@link AgreementViolation} with every problem, when there is any. */
    public static void require(AgreementTerms terms, Frontier agreedAppetite, LocalDate proposedOn) {
        List<AgreementProblem> problems = check(terms, agreedAppetite, proposedOn);
        if (!problems.isEmpty()) {
            throw new AgreementViolation(problems);
        }
    }

    /** The last review date an exception proposed on that day may have. */
    public static LocalDate latestExceptionReview(LocalDate proposedOn) {
        return proposedOn.plusMonths(EXCEPTION_REVIEW_MONTHS);
    }

    private static void conditions(List<AgreementProblem> problems, AgreementTerms terms, LocalDate proposedOn) {
        List<Condition> conditions = terms.conditions();
        if (terms.decision() == Decision.PROCEED_WITH_CONDITIONS && conditions.isEmpty()) {
            problems.add(AgreementProblem.of(AgreementField.CONDITIONS,
                    "\u201CProceed with conditions\u201D needs at least one condition."));
        }
        if (conditions.size() > MAX_CONDITIONS) {
            problems.add(AgreementProblem.of(AgreementField.CONDITIONS, "An agreement can have at most "
                    + MAX_CONDITIONS + " conditions, not " + conditions.size() + "."));
        }
        for (int i = 0; i < conditions.size(); i++) {
            Condition condition = conditions.get(i);
            String name = "Condition " + (i + 1);
            if (condition.description().isEmpty()) {
                problems.add(new AgreementProblem(AgreementField.CONDITION_DESCRIPTION, i, name + " needs a description."));
            } else if (condition.description().length() > CONDITION_DESCRIPTION_MAX) {
                problems.add(new AgreementProblem(AgreementField.CONDITION_DESCRIPTION, i, name + "'s description is "
                        + condition.description().length() + " characters long; the limit is "
                        + CONDITION_DESCRIPTION_MAX + "."));
            }
            if (condition.owner().isEmpty()) {
                problems.add(new AgreementProblem(AgreementField.CONDITION_OWNER, i, name + " needs an owner."));
            } else if (condition.owner().length() > CONDITION_OWNER_MAX) {
                problems.add(new AgreementProblem(AgreementField.CONDITION_OWNER, i, name + "'s owner is "
                        + condition.owner().length() + " characters long; the limit is " + CONDITION_OWNER_MAX + "."));
            }
            if (condition.dueDate() == null) {
                problems.add(new AgreementProblem(AgreementField.CONDITION_DUE_DATE, i, name + " needs a due date."));
            } else if (condition.dueDate().isBefore(proposedOn)) {
                problems.add(new AgreementProblem(AgreementField.CONDITION_DUE_DATE, i, name + " is due on "
                        + condition.dueDate() + ", which is already past; choose " + proposedOn + " or later."));
            }
        }
    }

    private static void reviewDate(List<AgreementProblem> problems, AgreementTerms terms, Frontier agreedAppetite,
                                   LocalDate proposedOn) {
        LocalDate review = terms.reviewDate();
        RiskStanding standing = terms.standing(agreedAppetite);
        if (standing != null && standing.exception()) {
            LocalDate latest = latestExceptionReview(proposedOn);
            String why = "This agreement is an exception: residual risk " + standing.residual().value()
                    + " is above the agreed appetite of " + number(standing.appetiteLimit()) + " at value "
                    + ValueScore.format(standing.agreedValue())
                    + ", so it must be reviewed within " + EXCEPTION_REVIEW_MONTHS
                    + " months";
            if (review == null) {
                problems.add(AgreementProblem.of(AgreementField.REVIEW_DATE, why + ": choose a review date by "
                        + latest + "."));
                return;
            }
            if (review.isAfter(latest)) {
                problems.add(AgreementProblem.of(AgreementField.REVIEW_DATE, why + ", by " + latest + ", not on "
                        + review + "."));
                return;
            }
        }
        if (review == null) {
            if (terms.decision() != null && terms.decision().goesAhead()) {
                problems.add(AgreementProblem.of(AgreementField.REVIEW_DATE, "A review date is required when the "
                        + "decision is \u201C" + terms.decision().label() + "\u201D."));
            }
        } else if (review.isBefore(proposedOn)) {
            problems.add(AgreementProblem.of(AgreementField.REVIEW_DATE, "Review date " + review
                    + " is already past; choose " + proposedOn + " or later."));
        }
    }

    private static void score(List<AgreementProblem> problems, AgreementField field, Integer score) {
        if (score == null) {
            problems.add(AgreementProblem.of(field, field.label() + " is required."));
        } else if (!Scale.contains(score)) {
            problems.add(AgreementProblem.of(field, Scale.outOfRange(field.label(), score)));
        }
    }

    private static void text(List<AgreementProblem> problems, AgreementField field, String value, int max,
                             String missing) {
        if (value.isEmpty()) {
            problems.add(AgreementProblem.of(field, missing));
        } else if (value.length() > max) {
            problems.add(AgreementProblem.of(field, field.label() + " is " + value.length()
                    + " characters long; the limit is " + max + "."));
        }
    }

    /** 3.5 as "3.5", 9.0 as "9", 11.25 as "11.25": how a limit or value reads in a sentence. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value).toLowerCase(Locale.ROOT);
        }
        return CanonicalJson.decimal(value, 2).stripTrailingZeros().toPlainString();
    }
}
