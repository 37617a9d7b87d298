package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every length and range limit of the domain, exactly at the limit and one past it. */
class LimitsTest {

    private static final LocalDate TODAY = AgreementRulesTest.TODAY;

    private static String text(int length) {
        return "x".repeat(length);
    }

    private static InitiativeRules.Input initiative(String title, String description, String category, String sponsor) {
        return new InitiativeRules.Input(title, description, category, sponsor, "", "");
    }

    private static List<AgreementProblem> check(AgreementTerms terms) {
        return AgreementRules.check(terms, AgreementRulesTest.AGREED, TODAY);
    }

    private static List<String> messages(AgreementTerms terms) {
        return check(terms).stream().map(AgreementProblem::message).toList();
    }

    // names

    @Test
    void aWorkshopNameHasAtMost200Characters() {
        assertThat(NameRules.workshopNameProblem(text(200))).isNull();
        assertThat(NameRules.workshopNameProblem(text(201)))
                .isEqualTo("Workshop name is 201 characters long; the limit is 200.");
    }

    @Test
    void aDisplayNameHasAtMost100Characters() {
        assertThat(NameRules.displayNameProblem(text(100))).isNull();
        assertThat(NameRules.displayNameProblem(text(101)))
                .isEqualTo("Display name is 101 characters long; the limit is 100.");
    }

    @Test
    void aRoleLabelHasAtMost40Characters() {
        assertThat(NameRules.roleLabelProblem(text(40))).isNull();
        assertThat(NameRules.roleLabelProblem(text(41))).isEqualTo("Role label is 41 characters long; the limit is 40.");
    }

    // initiatives

    @Test
    void aTitleHasAtMost200CharactersOnceStripped() {
        assertThat(InitiativeRules.titleProblem(" " + text(200) + " ")).isNull();
        assertThat(InitiativeRules.titleProblem(text(201))).isEqualTo("Title is 201 characters long; the limit is 200.");
    }

    @Test
    void aDescriptionHasAtMost4000Characters() {
        assertThat(InitiativeRules.check(initiative("t", text(4000), "", ""))).isEmpty();
        assertThat(InitiativeRules.check(initiative("t", text(4001), "", "")))
                .containsExactly(Map.entry(InitiativeField.DESCRIPTION,
                        "Description is 4001 characters long; the limit is 4000."));
    }

    @Test
    void aCategoryAndASponsorHaveAtMost100CharactersEach() {
        assertThat(InitiativeRules.check(initiative("t", "", text(100), text(100)))).isEmpty();
        assertThat(InitiativeRules.check(initiative("t", "", text(101), text(101)))).containsExactly(
                Map.entry(InitiativeField.CATEGORY, "Category is 101 characters long; the limit is 100."),
                Map.entry(InitiativeField.SPONSOR, "Sponsor is 101 characters long; the limit is 100."));
    }

    @Test
    void aCostIsFromZeroToJustUnderAHundredQuadrillionWithTwoDecimalsAtMost() {
        assertThat(InitiativeRules.costProblem("0")).isNull();
        assertThat(InitiativeRules.costProblem("-0.01")).isEqualTo("Estimated cost cannot be negative.");
        assertThat(InitiativeRules.costProblem("99999999999999999.99")).isNull();
        assertThat(InitiativeRules.costProblem("100000000000000000")).isEqualTo("Estimated cost is too large.");
        assertThat(InitiativeRules.costProblem("0.01")).isNull();
        assertThat(InitiativeRules.costProblem("0.001")).isEqualTo("Estimated cost can have at most two decimals.");
        assertThat(InitiativeRules.costProblem("12.500")).as("zeros after the cents are no decimals").isNull();
    }

    @Test
    void aComplianceTagHasAtMost40Characters() {
        assertThat(ComplianceTags.problem(text(40))).isNull();
        assertThat(ComplianceTags.problem("ISO 27001 " + text(31)))
                .isEqualTo("Tag \"ISO 27001 xx…\" is longer than 40 characters.");
    }

    // scores and notes

    @Test
    void scoresAreFromOneToFive() {
        ValueCriterion growth = new ValueCriterion(7, 1, "Growth", 1);

        assertThat(new AssessmentInput(1, 5, Map.of(7L, 1), "").problems(List.of(growth))).isEmpty();
        assertThat(new AssessmentInput(5, 1, Map.of(7L, 5), "").problems(List.of(growth))).isEmpty();
        assertThat(new AssessmentInput(0, 6, Map.of(7L, 6), "").problems(List.of(growth))).containsExactly(
                Map.entry("likelihood", "Likelihood must be a whole number from 1 to 5, not 0."),
                Map.entry("impact", "Impact must be a whole number from 1 to 5, not 6."),
                Map.entry("Growth", "Growth must be a whole number from 1 to 5, not 6."));
        assertThat(new AssessmentInput(3, 0, Map.of(7L, 0), "").problems(List.of(growth))).containsOnlyKeys(
                "impact", "Growth");
        assertThat(new AssessmentInput(5, 1, Map.of(7L, 5), "").risk()).isEqualTo(RiskScore.of(5, 1));
    }

    @Test
    void aScoringRationaleHasAtMost4000CharactersOnceStripped() {
        assertThat(new AssessmentInput(3, 3, Map.of(), " " + text(4000) + " ").problems(List.of())).isEmpty();
        assertThat(new AssessmentInput(3, 3, Map.of(), text(4001)).problems(List.of()))
                .containsExactly(Map.entry("rationale", "Rationale is 4001 characters long; the limit is 4000."));
    }

    @Test
    void aNoteNeedsSomeText() {
        assertThat(Note.problem(" \n ")).isEqualTo("A note needs some text.");
        assertThat(Note.problem(null)).isEqualTo("A note needs some text.");
        assertThat(Note.problem("x")).isNull();
    }

    @Test
    void aNoteHasAtMost4000CharactersOnceStripped() {
        assertThat(Note.problem(text(4000) + "\n")).isNull();
        assertThat(Note.problem(text(4001))).isEqualTo("A note is at most 4000 characters; this one has 4001.");
    }

    // secrets

    @Test
    void aPinHasFrom8To64Characters() {
        assertThat(PinRules.problem(text(7))).isEqualTo("A PIN has 8 to 64 characters.");
        assertThat(PinRules.problem(text(8))).isNull();
        assertThat(PinRules.problem(text(64))).isNull();
        assertThat(PinRules.problem(text(65))).isEqualTo("A PIN has 8 to 64 characters.");
    }

    @Test
    void aPassphraseHasFrom12To1024Characters() {
        assertThat(PassphraseRules.problem(text(11).toCharArray())).isEqualTo("A passphrase needs at least 12 "
                + "characters (this one has 11). A few words with spaces between them are easy to type and hard to "
                + "guess.");
        assertThat(PassphraseRules.problem(text(12).toCharArray())).isNull();
        assertThat(PassphraseRules.problem(text(1024).toCharArray())).isNull();
        assertThat(PassphraseRules.problem(text(1025).toCharArray()))
                .isEqualTo("A passphrase may have at most 1024 characters (this one has 1025).");
    }

    @Test
    void anEmptyPassphraseIsToldOnlyTheMinimum() {
        assertThat(PassphraseRules.problem(new char[0])).isEqualTo("A passphrase needs at least 12 characters.");
        assertThat(PassphraseRules.problem(null)).isEqualTo("A passphrase needs at least 12 characters.");
    }

    // appetites

    @Test
    void aFrontierLevelAndItsCapAreRiskScoresFrom1To25() {
        assertThat(Frontier.of(1, 1, 1, 1, 1).withCap(1).cap()).hasValue(1);
        assertThat(Frontier.of(25, 25, 25, 25, 25).withCap(25).cap()).hasValue(25);
        assertThat(Frontier.of(4, 6, 8, 10, 12)).hasToString("4,6,8,10,12");
        assertThat(Frontier.of(4, 6, 8, 10, 12).withCap(1)).hasToString("4,6,8,10,12 (cap 1)");
        assertThatThrownBy(() -> Frontier.of(1, 2, 3, 4, 26))
                .hasMessage("Frontier at value 5 must be from 1 to 25, not 26.");
        assertThatThrownBy(() -> Frontier.of(0, 2, 3, 4, 5))
                .hasMessage("Frontier at value 1 must be from 1 to 25, not 0.");
    }

    @Test
    void aFrontierJudgesValuesFrom1To5AndRiskScoresFrom1To25() {
        Frontier frontier = Frontier.of(1, 2, 3, 4, 25);

        assertThat(frontier.limitAt(1.0)).isEqualTo(1.0);
        assertThat(frontier.limitAt(5.0)).isEqualTo(25.0);
        assertThatThrownBy(() -> frontier.limitAt(Math.nextUp(5.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> frontier.limitAt(Math.nextDown(1.0))).isInstanceOf(IllegalArgumentException.class);
        assertThat(frontier.accepts(5.0, 25)).isTrue();
        assertThat(frontier.accepts(1.0, 1)).isTrue();
        assertThat(frontier.accepts(1.0, 2)).isFalse();
        assertThatThrownBy(() -> frontier.accepts(5.0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> frontier.accepts(5.0, 26)).isInstanceOf(IllegalArgumentException.class);
    }

    // agreements

    @Test
    void anAgreedValueIsFrom1To5() {
        assertThat(check(AgreementRulesTest.valid().withAgreedValue(1.0))).isEmpty();
        assertThat(check(AgreementRulesTest.valid().withAgreedValue(5.0))).isEmpty();
        assertThat(messages(AgreementRulesTest.valid().withAgreedValue(0.9)))
                .containsExactly("Agreed value must be from 1.0 to 5.0, not 0.9.");
        assertThat(messages(AgreementRulesTest.valid().withAgreedValue(5.1)))
                .containsExactly("Agreed value must be from 1.0 to 5.0, not 5.1.");
    }

    @Test
    void anAgreedValueThatIsNotANumberIsRefusedInWords() {
        assertThat(messages(AgreementRulesTest.valid().withAgreedValue(Double.NaN)))
                .containsExactly("Agreed value must be from 1.0 to 5.0, not nan.");
    }

    @Test
    void theAgreedValueOutsideItsRangeHasNoStanding() {
        assertThat(AgreementRulesTest.valid().withAgreedValue(1.0).standing(AgreementRulesTest.AGREED)).isNotNull();
        assertThat(AgreementRulesTest.valid().withAgreedValue(5.0).standing(AgreementRulesTest.AGREED)).isNotNull();
        assertThat(AgreementRulesTest.valid().withAgreedValue(0.9).standing(AgreementRulesTest.AGREED)).isNull();
        assertThat(AgreementRulesTest.valid().withAgreedValue(5.1).standing(AgreementRulesTest.AGREED)).isNull();
    }

    @Test
    void agreedScoresAreFromOneToFive() {
        AgreementTerms lowest = new AgreementTerms(4.0, 1, 1, List.of(), 1, 1, Decision.PROCEED, Treatment.ACCEPT,
                "Owner", TODAY, "Why.");
        AgreementTerms highest = new AgreementTerms(4.0, 5, 5, List.of(), 5, 5, Decision.DEFER, Treatment.AVOID,
                "Owner", TODAY, "Why.");
        AgreementTerms below = new AgreementTerms(4.0, 0, 1, List.of(), 1, 0, Decision.DEFER, Treatment.AVOID,
                "Owner", TODAY, "Why.");
        AgreementTerms above = new AgreementTerms(4.0, 5, 6, List.of(), 6, 5, Decision.DEFER, Treatment.AVOID,
                "Owner", TODAY, "Why.");

        assertThat(check(lowest)).isEmpty();
        assertThat(check(highest)).isEmpty();
        assertThat(List.of(lowest.inherentRisk(), lowest.residualRisk())).containsOnly(RiskScore.of(1, 1));
        assertThat(List.of(highest.inherentRisk(), highest.residualRisk())).containsOnly(RiskScore.of(5, 5));
        assertThat(below.inherentRisk()).isNull();
        assertThat(below.residualRisk()).isNull();
        assertThat(above.inherentRisk()).isNull();
        assertThat(above.residualRisk()).isNull();
        assertThat(messages(below)).containsExactly("Inherent likelihood must be a whole number from 1 to 5, not 0.",
                "Residual impact must be a whole number from 1 to 5, not 0.");
        assertThat(messages(above)).containsExactly("Inherent impact must be a whole number from 1 to 5, not 6.",
                "Residual likelihood must be a whole number from 1 to 5, not 6.");
    }

    @Test
    void anAgreementRationaleHasAtMost4000Characters() {
        assertThat(check(AgreementRulesTest.valid().withRationale(text(4000)))).isEmpty();
        assertThat(messages(AgreementRulesTest.valid().withRationale(text(4001))))
                .containsExactly("Rationale is 4001 characters long; the limit is 4000.");
    }

    @Test
    void aRiskOwnerHasAtMost100Characters() {
        AgreementTerms terms = AgreementRulesTest.valid();
        AgreementTerms hundred = new AgreementTerms(terms.agreedValue(), 4, 4, terms.conditions(), 2, 4,
                terms.decision(), terms.treatment(), text(100), terms.reviewDate(), terms.rationale());
        AgreementTerms longer = new AgreementTerms(terms.agreedValue(), 4, 4, terms.conditions(), 2, 4,
                terms.decision(), terms.treatment(), text(101), terms.reviewDate(), terms.rationale());

        assertThat(check(hundred)).isEmpty();
        assertThat(messages(longer)).containsExactly("Risk owner is 101 characters long; the limit is 100.");
    }

    @Test
    void anAgreementHasAtMost30Conditions() {
        List<Condition> thirty = Collections.nCopies(30, AgreementRulesTest.DPA);
        List<Condition> thirtyOne = Collections.nCopies(31, AgreementRulesTest.DPA);

        assertThat(check(AgreementRulesTest.valid().withConditions(thirty))).isEmpty();
        assertThat(messages(AgreementRulesTest.valid().withConditions(thirtyOne)))
                .containsExactly("An agreement can have at most 30 conditions, not 31.");
    }

    @Test
    void aConditionHasADescriptionOfAtMost1000CharactersAndAnOwnerOfAtMost100() {
        LocalDate due = TODAY.plusDays(30);
        Condition atTheLimits = new Condition(text(1000), text(100), due);
        Condition past = new Condition(text(1001), text(101), due);

        assertThat(check(AgreementRulesTest.valid().withConditions(List.of(atTheLimits)))).isEmpty();
        assertThat(messages(AgreementRulesTest.valid().withConditions(List.of(past)))).containsExactly(
                "Condition 1's description is 1001 characters long; the limit is 1000.",
                "Condition 1's owner is 101 characters long; the limit is 100.");
    }

    @Test
    void aConditionMayBeDueOnTheDayItIsProposedButNotTheDayBefore() {
        Condition today = new Condition("DPA", "Legal", TODAY);
        Condition yesterday = new Condition("DPA", "Legal", TODAY.minusDays(1));

        assertThat(check(AgreementRulesTest.valid().withConditions(List.of(today)))).isEmpty();
        assertThat(messages(AgreementRulesTest.valid().withConditions(List.of(yesterday))))
                .containsExactly("Condition 1 is due on 2026-11-22, which is already past; choose 2026-11-23 or later.");
    }

    @Test
    void aReviewMayBeOnTheDayItIsProposedButNotTheDayBefore() {
        assertThat(check(AgreementRulesTest.valid().withReviewDate(TODAY))).isEmpty();
        assertThat(messages(AgreementRulesTest.valid().withReviewDate(TODAY.minusDays(1))))
                .containsExactly("Review date 2026-11-22 is already past; choose 2026-11-23 or later.");
    }

    @Test
    void anExceptionIsReviewedWithinTwelveMonthsToTheDay() {
        // Residual 12 at value 3.5, where the agreed limit is 11: an exception.
        AgreementTerms exception = AgreementRulesTest.valid().withResidual(3, 4).withAgreedValue(3.5);

        assertThat(check(exception.withReviewDate(LocalDate.parse("2027-11-23")))).isEmpty();
        assertThat(messages(exception.withReviewDate(LocalDate.parse("2027-11-24")))).containsExactly(
                "This agreement is an exception: residual risk 12 is above the agreed appetite of 11 at value 3.5, "
                        + "so it must be reviewed within 12 months, by 2027-11-23, not on 2027-11-24.");
    }

    @Test
    void residualRiskMayEqualInherentRiskButNotExceedItByOne() {
        // Inherent 1 x 4 = 4: a residual 2 x 2 = 4 is allowed, 1 x 5 = 5 is not.
        AgreementTerms equal = new AgreementTerms(4.0, 1, 4, List.of(), 2, 2, Decision.DEFER, Treatment.AVOID,
                "Owner", TODAY, "Why.");

        assertThat(check(equal)).isEmpty();
        assertThat(messages(equal.withResidual(1, 5))).containsExactly("Residual risk (5 (Medium)) cannot exceed "
                + "inherent risk (4 (Low)): conditions lower a risk, they do not raise it.");
    }
}
