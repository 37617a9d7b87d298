package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementRulesTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    /** The sample's agreed appetite: the midpoint of 4,6,8,10,12 and 6,9,12,15,18 (cap 20). */
    static final Frontier AGREED = Frontier.of(5, 7, 10, 12, 15).withCap(20);

    static final Condition DPA = new Condition("DPA with the model provider", "Legal Counsel", TODAY.plusDays(30));

    /** Valid terms: Proceed with one condition, inherent 16 and residual 8 at value 4.0 (limit 12). */
    static AgreementTerms valid() {
        return new AgreementTerms(4.0, 4, 4, List.of(DPA), 2, 4, Decision.PROCEED_WITH_CONDITIONS, Treatment.MITIGATE,
                "VP Customer Experience", TODAY.plusMonths(6), "Conditions bring the risk within the appetite.");
    }

    private static List<AgreementProblem> check(AgreementTerms terms) {
        return AgreementRules.check(terms, AGREED, TODAY);
    }

    private static String only(AgreementTerms terms, AgreementField field) {
        List<AgreementProblem> problems = check(terms);
        assertThat(problems).as(problems.toString()).hasSize(1);
        assertThat(problems.get(0).field()).isEqualTo(field);
        return problems.get(0).message();
    }

    @Test
    void validTermsHaveNoProblem() {
        assertThat(check(valid())).isEmpty();
    }

    @Test
    void everyMissingFieldIsNamedAtItsFieldInFormOrder() {
        AgreementTerms empty = new AgreementTerms(null, null, null, List.of(), null, null, null, null, " ", null, "  ");

        assertThat(check(empty)).extracting(AgreementProblem::key, AgreementProblem::message).containsExactly(
                tuple("agreedValue", "Agreed value is required."),
                tuple("inherentLikelihood", "Inherent likelihood is required."),
                tuple("inherentImpact", "Inherent impact is required."),
                tuple("residualLikelihood", "Residual likelihood is required."),
                tuple("residualImpact", "Residual impact is required."),
                tuple("decision", "Decision is required."),
                tuple("treatment", "Treatment is required."),
                tuple("riskOwner", "Risk owner is required."),
                tuple("rationale", "Rationale is required: say why you agree on this."));
    }

    @Test
    void rationaleIsRequired() {
        assertThat(only(valid().withRationale("   "), AgreementField.RATIONALE))
                .isEqualTo("Rationale is required: say why you agree on this.");
    }

    @Test
    void proceedWithConditionsNeedsAtLeastOneCondition() {
        assertThat(only(valid().withConditions(List.of()), AgreementField.CONDITIONS))
                .isEqualTo("\u201CProceed with conditions\u201D needs at least one condition.");
        assertThat(check(valid().withConditions(List.of()).withDecision(Decision.PROCEED))).isEmpty();
    }

    @Test
    void residualRiskCannotExceedInherentRisk() {
        AgreementTerms worse = valid().withResidual(5, 4);

        assertThat(only(worse, AgreementField.RESIDUAL_RISK)).isEqualTo("Residual risk (20 (Critical)) cannot exceed "
                + "inherent risk (16 (Critical)): conditions lower a risk, they do not raise it.");
        assertThat(check(valid().withResidual(4, 4))).as("equal is allowed").isEmpty();
        assertThat(check(valid().withResidual(5, 3))).as("a higher likelihood with a lower score is allowed").isEmpty();
    }

    @Test
    void scoresAndTheAgreedValueMustBeInRange() {
        AgreementTerms terms = new AgreementTerms(5.5, 0, 6, List.of(DPA), 2, 4, Decision.PROCEED_WITH_CONDITIONS,
                Treatment.MITIGATE, "Owner", TODAY.plusMonths(1), "Why");

        assertThat(check(terms)).extracting(AgreementProblem::key, AgreementProblem::message).containsExactly(
                tuple("agreedValue", "Agreed value must be from 1.0 to 5.0, not 5.5."),
                tuple("inherentLikelihood", "Inherent likelihood must be a whole number from 1 to 5, not 0."),
                tuple("inherentImpact", "Inherent impact must be a whole number from 1 to 5, not 6."));
        assertThat(valid().withAgreedValue(3.66).agreedValue()).as("kept to one decimal").isEqualTo(3.7);
    }

    @Test
    void conditionsNeedADescriptionAnOwnerAndADueDateNotInThePast() {
        AgreementTerms terms = valid().withConditions(List.of(DPA,
                new Condition(" ", "", null),
                new Condition("Pen test", "AppSec", TODAY.minusDays(1)),
                new Condition("Due today is fine", "AppSec", TODAY)));

        assertThat(check(terms)).extracting(AgreementProblem::key, AgreementProblem::message).containsExactly(
                tuple("conditions[1].description", "Condition 2 needs a description."),
                tuple("conditions[1].owner", "Condition 2 needs an owner."),
                tuple("conditions[1].dueDate", "Condition 2 needs a due date."),
                tuple("conditions[2].dueDate", "Condition 3 is due on 2026-11-22, which is already past; choose "
                        + "2026-11-23 or later."));
        assertThat(check(terms).get(0).condition()).isEqualTo(1);
    }

    @Test
    void riskOwnerIsRequired() {
        AgreementTerms terms = new AgreementTerms(4.0, 4, 4, List.of(DPA), 2, 4, Decision.PROCEED_WITH_CONDITIONS,
                Treatment.MITIGATE, null, TODAY.plusMonths(6), "Why");

        assertThat(only(terms, AgreementField.RISK_OWNER)).isEqualTo("Risk owner is required.");
    }

    @Test
    void aReviewDateIsRequiredWhenTheInitiativeGoesAhead() {
        for (Decision decision : List.of(Decision.PROCEED, Decision.PROCEED_WITH_CONDITIONS, Decision.PILOT)) {
            assertThat(only(valid().withDecision(decision).withReviewDate(null), AgreementField.REVIEW_DATE))
                    .isEqualTo("A review date is required when the decision is \u201C" + decision.label() + "\u201D.");
        }
        for (Decision decision : List.of(Decision.DEFER, Decision.REJECT)) {
            assertThat(check(valid().withDecision(decision).withReviewDate(null))).as(decision.label()).isEmpty();
        }
    }

    @Test
    void aReviewDateCannotBeInThePast() {
        assertThat(only(valid().withReviewDate(TODAY.minusDays(1)), AgreementField.REVIEW_DATE))
                .isEqualTo("Review date 2026-11-22 is already past; choose 2026-11-23 or later.");
    }

    @Test
    void goingAheadWithResidualRiskAboveTheAgreedAppetiteIsAnException() {
        // Value 4.0: the agreed appetite accepts up to 12.
        AgreementTerms above = valid().withResidual(4, 4);

        RiskStanding standing = above.standing(AGREED);
        assertThat(standing.appetiteLimit()).isEqualTo(12.0);
        assertThat(standing.residualWithin()).isFalse();
        assertThat(standing.exception()).isTrue();
        assertThat(valid().standing(AGREED).exception()).isFalse();
        assertThat(above.withDecision(Decision.REJECT).standing(AGREED).exception())
                .as("nothing is accepted when the initiative does not go ahead").isFalse();
    }

    @Test
    void residualRiskExactlyOnTheAgreedFrontierIsWithin() {
        RiskStanding onTheLine = valid().withResidual(3, 4).standing(AGREED);

        assertThat(onTheLine.residual().value()).isEqualTo(12);
        assertThat(onTheLine.appetiteLimit()).isEqualTo(12.0);
        assertThat(onTheLine.residualWithin()).isTrue();
        assertThat(onTheLine.exception()).isFalse();
        assertThat(onTheLine.inherentWithin()).as("inherent 16 is above").isFalse();
    }

    @Test
    void aLimitThatRoundingPutsJustBelowAWholeScoreStillAcceptsIt() {
        // At value 2.7 the frontier is 3 + 0.7 × 10, which a double computes as 9.999999999999998.
        Frontier steep = Frontier.of(1, 3, 13, 14, 15);
        AgreementTerms terms = valid().withAgreedValue(2.7).withResidual(2, 5);

        assertThat(terms.standing(steep).residualWithin()).isTrue();
        assertThat(terms.withResidual(3, 4).standing(steep).exception()).isTrue();
    }

    @Test
    void anExceptionNeedsAReviewWithinTwelveMonthsOfTheProposal() {
        AgreementTerms exception = valid().withResidual(4, 4);

        assertThat(check(exception.withReviewDate(TODAY.plusMonths(12)))).as("exactly twelve months").isEmpty();
        assertThat(only(exception.withReviewDate(TODAY.plusMonths(12).plusDays(1)), AgreementField.REVIEW_DATE))
                .isEqualTo("This agreement is an exception: residual risk 16 is above the agreed appetite of 12 at "
                        + "value 4.0, so it must be reviewed within 12 months, by 2027-11-23, not on 2027-11-24.");
        assertThat(only(exception.withReviewDate(null), AgreementField.REVIEW_DATE))
                .isEqualTo("This agreement is an exception: residual risk 16 is above the agreed appetite of 12 at "
                        + "value 4.0, so it must be reviewed within 12 months: choose a review date by 2027-11-23.");
    }

    @Test
    void requireThrowsEveryProblemAtOnce() {
        AgreementTerms terms = valid().withRationale("").withConditions(List.of());

        assertThatThrownBy(() -> AgreementRules.require(terms, AGREED, TODAY))
                .isInstanceOfSatisfying(AgreementViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("conditions");
                    assertThat(violation.problems()).extracting(AgreementProblem::field)
                            .containsExactly(AgreementField.CONDITIONS, AgreementField.RATIONALE);
                    assertThat(violation.getMessage()).isEqualTo("\u201CProceed with conditions\u201D needs at least "
                            + "one condition. Rationale is required: say why you agree on this.");
                });
    }
}
