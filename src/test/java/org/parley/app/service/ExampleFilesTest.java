package org.parley.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.ValueCriterion;
import org.parley.exchange.ExchangeProgress;
import org.parley.exchange.ImportProblem;
import org.parley.exchange.InitiativeImportPlan;
import org.parley.exchange.InitiativeImporter;
import org.parley.exchange.ScoresImportPlan;
import org.parley.exchange.ScoresImporter;

/**
 * The example files of the site import cleanly into the sample workshop. It lives beside {@link SampleWorkshop}
 * to read its initiatives, so that renaming one there breaks this test rather than the examples in silence.
 */
class ExampleFilesTest {

    private static final Path EXAMPLES = Path.of("src", "site", "resources", "examples");

    private static List<Initiative> sampleInitiatives() {
        List<Initiative> initiatives = new ArrayList<>();
        for (int i = 0; i < SampleWorkshop.INITIATIVES.size(); i++) {
            InitiativeDraft draft = SampleWorkshop.INITIATIVES.get(i);
            initiatives.add(new Initiative(i + 1, 1, draft.title(), draft.description(), draft.category(),
                    draft.sponsor(), draft.estimatedCost(), draft.tags(), Instant.EPOCH));
        }
        return initiatives;
    }

    private static List<ValueCriterion> sampleCriteria() {
        List<ValueCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < ValueCriterion.DEFAULT_NAMES.size(); i++) {
            criteria.add(new ValueCriterion(100 + i, i + 1, ValueCriterion.DEFAULT_NAMES.get(i), 1.0));
        }
        return criteria;
    }

    private static ScoresImportPlan scores(String file) throws IOException {
        return ScoresImporter.parse(EXAMPLES.resolve(file), sampleInitiatives(), sampleCriteria(),
                ExchangeProgress.NONE);
    }

    @Test
    void theCisoExampleScoresThreeSampleInitiativesOnEveryCriterion() throws IOException {
        ScoresImportPlan plan = scores("scores-ciso.csv");

        assertThat(plan.problems()).extracting(ImportProblem::describe).isEmpty();
        assertThat(plan.rows()).hasSize(3).allSatisfy(row -> {
            assertThat(row.input().problems(sampleCriteria())).isEmpty();
            assertThat(row.input().rationale()).isNotBlank();
        });
    }

    @Test
    void theSimpleCtoExampleScoresThreeSampleInitiativesWithOneValue() throws IOException {
        ScoresImportPlan plan = scores("scores-cto-simple.csv");

        assertThat(plan.problems()).extracting(ImportProblem::describe).isEmpty();
        assertThat(plan.rows()).hasSize(3).allSatisfy(row -> {
            assertThat(row.input().criterionScores()).hasSize(4);
            assertThat(Set.copyOf(row.input().criterionScores().values())).hasSize(1);
            assertThat(row.input().rationale()).isNotBlank();
        });
    }

    @Test
    void theInitiativesExampleAddsThreeInitiativesTheSampleDoesNotHave() throws IOException {
        InitiativeImportPlan plan = InitiativeImporter.parse(EXAMPLES.resolve("initiatives.csv"), Set.of(),
                ExchangeProgress.NONE);

        assertThat(plan.problems()).extracting(ImportProblem::describe).isEmpty();
        assertThat(plan.firstUpdates()).isEmpty();
        assertThat(plan.firstAdditions()).hasSize(3).allSatisfy(draft -> {
            assertThat(draft.description()).hasSizeGreaterThan(60);
            assertThat(draft.category()).isNotBlank();
            assertThat(draft.sponsor()).isNotBlank();
            assertThat(draft.estimatedCost()).isPositive();
            assertThat(draft.tags()).isNotEmpty();
        });
        assertThat(plan.firstAdditions()).extracting(InitiativeDraft::title)
                .doesNotContainAnyElementsOf(SampleWorkshop.INITIATIVES.stream().map(InitiativeDraft::title).toList());
    }
}
