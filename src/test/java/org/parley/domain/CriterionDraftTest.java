package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value criteria a workshop may have, at each limit and one past it. */
class CriterionDraftTest {

    private static CriterionDraft named(String name) {
        return new CriterionDraft(null, name, 1);
    }

    private static CriterionDraft weighing(double weight) {
        return new CriterionDraft(null, "Growth", weight);
    }

    private static List<CriterionDraft> criteria(int count) {
        List<CriterionDraft> drafts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            drafts.add(named("Criterion " + i));
        }
        return drafts;
    }

    @Test
    void theFourDefaultCriteriaAreAcceptable() {
        assertThat(CriterionDraft.problem(List.of(named("Strategic fit"), named("Growth"), named("Efficiency"),
                named("Customer impact")))).isNull();
    }

    @Test
    void aWorkshopNeedsOneCriterionAtLeast() {
        assertThat(CriterionDraft.problem(List.of())).isEqualTo("A workshop needs at least one value criterion.");
        assertThat(CriterionDraft.problem(criteria(1))).isNull();
    }

    @Test
    void eightCriteriaAreAllowedAndNineAreNot() {
        assertThat(CriterionDraft.problem(criteria(8))).isNull();
        assertThat(CriterionDraft.problem(criteria(9))).isEqualTo("A workshop has at most 8 value criteria.");
    }

    @Test
    void aNameIsRequiredAndWhiteSpaceIsNoName() {
        assertThat(CriterionDraft.problem(List.of(named(null)))).isEqualTo("Every criterion needs a name.");
        assertThat(CriterionDraft.problem(List.of(named(" \t ")))).isEqualTo("Every criterion needs a name.");
        assertThat(CriterionDraft.problem(List.of(named("Growth"), named("")))).isEqualTo("Every criterion needs a name.");
    }

    @Test
    void aNameOfAHundredCharactersIsAllowedAndOfAHundredAndOneIsNot() {
        String hundred = "Resilience".repeat(10);

        assertThat(CriterionDraft.problem(List.of(named(hundred)))).isNull();
        assertThat(CriterionDraft.problem(List.of(named(hundred + "s"))))
                .isEqualTo("Criterion \"ResilienceResilience…\" is longer than 100 characters.");
    }

    @Test
    void theLengthOfANameIsCountedAfterItsSpacesAreStripped() {
        assertThat(CriterionDraft.problem(List.of(named("  " + "x".repeat(100) + "  ")))).isNull();
    }

    @Test
    void aCriterionCannotBeNamedAfterAColumnOfTheScoresFileInAnyCase() {
        for (String column : List.of("initiative", "Likelihood", "IMPACT", " value ", "Rationale")) {
            assertThat(CriterionDraft.problem(List.of(named(column))))
                    .isEqualTo("\"" + column.strip() + "\" is a column of the scores file; give the criterion "
                            + "another name.");
        }
        assertThat(CriterionDraft.problem(List.of(named("Value at stake")))).isNull();
    }

    @Test
    void twoCriteriaCannotShareANameWhateverTheirCaseOrSpaces() {
        assertThat(CriterionDraft.problem(List.of(named("Growth"), named(" growth "))))
                .isEqualTo("Two criteria are named \"growth\"; give each its own name.");
        assertThat(CriterionDraft.problem(List.of(named("Growth"), named("Growth rate")))).isNull();
    }

    @Test
    void aWeightIsMoreThanZeroAndAtMostAHundred() {
        String problem = "The weight of Growth must be more than 0 and at most 100.";

        assertThat(CriterionDraft.problem(List.of(weighing(0)))).isEqualTo(problem);
        assertThat(CriterionDraft.problem(List.of(weighing(-1)))).isEqualTo(problem);
        assertThat(CriterionDraft.problem(List.of(weighing(Double.MIN_VALUE)))).isNull();
        assertThat(CriterionDraft.problem(List.of(weighing(100)))).isNull();
        assertThat(CriterionDraft.problem(List.of(weighing(Math.nextUp(100.0))))).isEqualTo(problem);
    }

    @Test
    void aWeightThatIsNotANumberIsRefused() {
        assertThat(CriterionDraft.problem(List.of(weighing(Double.NaN))))
                .isEqualTo("The weight of Growth must be more than 0 and at most 100.");
    }

    @Test
    void theFirstProblemInTheListIsTheOneSaid() {
        assertThat(CriterionDraft.problem(List.of(named("Strategic fit"), weighing(0), named(""))))
                .isEqualTo("The weight of Growth must be more than 0 and at most 100.");
    }
}
