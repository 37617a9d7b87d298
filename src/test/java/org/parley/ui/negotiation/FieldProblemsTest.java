package org.parley.ui.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldProblemsTest {

    private final List<ConditionRow> conditions = new ArrayList<>();
    private final FieldProblems problems = new FieldProblems(this, conditions);

    private static Map<String, String> found(String... keysAndMessages) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (int i = 0; i < keysAndMessages.length; i += 2) {
            byKey.put(keysAndMessages[i], keysAndMessages[i + 1]);
        }
        return byKey;
    }

    private String shown(String key) {
        return problems.problemProperty(key).get();
    }

    @Test
    void aFieldShowsItsProblemOnceItWasChangedAndEveryFieldOnceASaveWasTried() {
        Map<String, String> byKey = found("riskOwner", "Risk owner is required.", "rationale", "Rationale is required.");
        problems.show(byKey);
        assertThat(shown("riskOwner")).isEmpty();
        assertThat(problems.validProperty().get()).as("found, though not shown").isFalse();
        assertThat(problems.firstProperty().get()).isEqualTo("Risk owner is required.");

        problems.edited("riskOwner");
        problems.show(byKey);
        assertThat(shown("riskOwner")).isEqualTo("Risk owner is required.");
        assertThat(shown("rationale")).isEmpty();

        problems.attempt();
        problems.show(byKey);
        assertThat(shown("rationale")).isEqualTo("Rationale is required.");
    }

    @Test
    void aProblemGoneIsClearedAtItsFieldAndOtherTermsStartWithNothingShown() {
        problems.attempt();
        problems.show(found("rationale", "Rationale is required."));

        problems.show(found());
        assertThat(shown("rationale")).isEmpty();
        assertThat(problems.validProperty().get()).isTrue();
        assertThat(problems.firstProperty().get()).isEmpty();

        problems.reset();
        problems.show(found("rationale", "Rationale is required."));
        assertThat(shown("rationale")).isEmpty();
    }

    @Test
    void theResidualRiskShowsOnceAnyOfTheFourScoresWasChanged() {
        Map<String, String> byKey = found("residualRisk", "The residual risk cannot be above the inherent risk.");
        problems.edited("decision");
        problems.show(byKey);
        assertThat(shown("residualRisk")).isEmpty();

        problems.edited("inherentImpact");
        problems.show(byKey);
        assertThat(shown("residualRisk")).isNotEmpty();
    }

    @Test
    void aConditionShowsTheProblemOfTheFieldChangedInItOnly() {
        conditions.add(new ConditionRow(null));
        conditions.add(new ConditionRow(null));
        conditions.get(1).ownerProperty().set("x");
        Map<String, String> byKey = found("conditions[0].owner", "Condition 1 needs an owner.",
                "conditions[1].owner", "Condition 2 needs an owner.",
                "conditions[1].description", "Condition 2 needs a description.",
                "conditions[2].owner", "Condition 3 needs an owner.");

        problems.show(byKey);

        assertThat(shown("conditions[0].owner")).isEmpty();
        assertThat(shown("conditions[1].owner")).isEqualTo("Condition 2 needs an owner.");
        assertThat(shown("conditions[1].description")).isEmpty();
        assertThat(shown("conditions[2].owner")).as("a condition no longer there").isEmpty();
    }
}
