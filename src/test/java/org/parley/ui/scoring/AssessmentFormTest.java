package org.parley.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Band;
import org.parley.ui.common.SaveChoice;

/** The assessment form: live risk and value, what is missing, and whether it holds unsaved scores. */
class AssessmentFormTest {

    @TempDir
    Path folder;
    private ScoringFixture fixture;
    private ScoringViewModel model;
    private AssessmentForm form;

    @BeforeEach
    void open() {
        fixture = new ScoringFixture(folder);
        model = fixture.page;
        form = model.form();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theFormShowsRiskBandAndValueLive() {
        fixture.take(0);
        assertThat(fixture.open()).isEqualTo("Passkeys");

        form.likelihoodProperty().set(3);
        assertThat(form.riskProperty().get()).isNull();
        form.impactProperty().set(4);
        assertThat(form.riskProperty().get().value()).isEqualTo(12);
        assertThat(form.band()).isEqualTo(Band.HIGH);
        assertThat(form.valueTextProperty().get()).isEqualTo("–");
        fixture.score(3, 4, 4, "");
        assertThat(form.valueTextProperty().get()).isEqualTo("4.0");
    }

    @Test
    void submittingWithAMissingScoreSaysWhichAndStores_nothing() {
        fixture.take(0);
        form.likelihoodProperty().set(2);

        model.submit();

        assertThat(form.problemProperty().get()).isEqualTo("Impact needs a score from 1 to 5.");
        assertThat(fixture.base.services.scoring().scoringStarted(fixture.workshop.id())).isFalse();
    }

    @Test
    void aProblemShowsOnlyFromTheFirstTryToSubmitUntilAnotherInitiativeIsOpened() {
        fixture.take(0);
        form.likelihoodProperty().set(2);
        assertThat(form.problemProperty().get()).as("not while the person is still typing").isEmpty();

        model.submit();
        assertThat(form.problemProperty().get()).isNotEmpty();

        fixture.base.dialogs.answer(SaveChoice.DISCARD);
        model.select(fixture.entry("BYOD"));
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.firstMissingProperty().get()).isNull();
    }

    @Test
    void aRefusedSubmitNamesTheFirstMissingScoreInFormOrder() {
        fixture.take(0);
        form.likelihoodProperty().set(2);
        model.submit();
        assertThat(form.firstMissingProperty().get()).isEqualTo("impact");

        form.impactProperty().set(2);
        form.criterionScoreProperty(form.criteria().get(0)).set(3);
        model.submit();
        assertThat(form.firstMissingProperty().get()).isEqualTo("criterion-2");
        assertThat(fixture.storedScores(0)).isZero();
    }

    @Test
    void theFormHoldsUnsavedScoresOnlyWhileTheyDifferFromThoseStored() {
        fixture.take(0);
        assertThat(form.dirtyProperty().get()).isFalse();
        form.likelihoodProperty().set(4);
        assertThat(form.dirtyProperty().get()).isTrue();
        form.likelihoodProperty().set(null);
        assertThat(form.dirtyProperty().get()).isFalse();

        fixture.submit(4, 4, 3, "Phishing-resistant");
        model.select(fixture.entry("Passkeys"));
        assertThat(form.likelihoodProperty().get()).as("the stored scores, to change").isEqualTo(4);
        assertThat(form.dirtyProperty().get()).isFalse();
        form.rationaleProperty().set("Phishing-resistant  ");
        assertThat(form.dirtyProperty().get()).as("spaces at the end change nothing").isFalse();
        form.impactProperty().set(5);
        assertThat(form.dirtyProperty().get()).isTrue();
    }

    @Test
    void aRevealedRoundTakesNoScores() {
        fixture.bothSubmit(1);
        fixture.revealAll();

        model.select(fixture.entry("Passkeys"));

        assertThat(form.openProperty().get()).isFalse();
        form.likelihoodProperty().set(5);
        assertThat(form.dirtyProperty().get()).as("nothing to ask about on leaving").isFalse();
    }
}
