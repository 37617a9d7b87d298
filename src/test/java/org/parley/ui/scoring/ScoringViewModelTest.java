package org.parley.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.ScoringBoard;
import org.parley.ui.common.SaveChoice;

/** The Scoring page: loading for the party at the laptop, opening, submitting, and unsubmitted scores. */
class ScoringViewModelTest {

    @TempDir
    Path folder;
    private ScoringFixture fixture;
    private ScoringViewModel model;

    @BeforeEach
    void open() {
        fixture = new ScoringFixture(folder);
        model = fixture.page;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void nobodyActiveMeansNothingToShow() {
        assertThat(model.queue().items()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void submittingStoresTheScoresAndOpensTheNextUnscoredInitiative() {
        fixture.take(0);
        fixture.score(4, 4, 3, "CISO on passkeys");

        model.submit();

        assertThat(fixture.open()).isEqualTo("Data lake");
        ScoringBoard.Entry passkeys = model.queue().items().get(0);
        assertThat(passkeys.own().rationale()).isEqualTo("CISO on passkeys");
    }

    @Test
    void aPartyTakingTheLaptopStartsAtItsOwnFirstUnscoredInitiative() {
        fixture.take(0);
        fixture.submit(4, 4, 3, "");
        assertThat(fixture.open()).isEqualTo("Data lake");

        fixture.take(1);
        assertThat(fixture.open()).isEqualTo("Passkeys");
        assertThat(model.form().likelihoodProperty().get()).as("nothing of the first party's scores").isNull();

        fixture.take(0);
        assertThat(fixture.open()).isEqualTo("Data lake");
    }

    @Test
    void aHiddenPageForgetsTheBoardWhenThePartyChangesAndLoadsTheNewOneWhenShown() {
        fixture.take(0);
        fixture.submit(4, 4, 3, "CISO secret");
        model.select(fixture.entry("Passkeys"));
        model.inView().hide();

        fixture.take(1);

        assertThat(model.queue().items()).isEmpty();
        assertThat(model.queue().boardProperty().get()).isNull();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.form().rationaleProperty().get()).isEmpty();
        model.inView().show(model::reload);
        assertThat(model.queue().items()).hasSize(3);
        assertThat(fixture.entry("Passkeys").own()).isNull();
    }

    @Test
    void aReloadOnTheInitiativeBeingScoredKeepsWhatIsTyped() {
        fixture.take(0);
        fixture.score(2, 3, 4, "half done");

        model.reload();

        assertThat(fixture.open()).isEqualTo("Passkeys");
        assertThat(model.form().likelihoodProperty().get()).isEqualTo(2);
        assertThat(model.form().rationaleProperty().get()).isEqualTo("half done");
        assertThat(model.form().dirtyProperty().get()).isTrue();
    }

    @Test
    void unsubmittedScoresAreNotDroppedSilently() {
        fixture.take(0);
        ScoringBoard.Entry dataLake = model.queue().items().get(1);
        fixture.score(2, 2, 2, "half done");

        fixture.base.dialogs.answer(SaveChoice.CANCEL);
        assertThat(model.select(dataLake)).isFalse();
        assertThat(model.form().rationaleProperty().get()).isEqualTo("half done");

        fixture.base.dialogs.answer(SaveChoice.SAVE);
        assertThat(model.select(dataLake)).isTrue();
        assertThat(fixture.storedScores(0)).isEqualTo(1);
    }

    @Test
    void discardedScoresAreDroppedAndNothingIsStored() {
        fixture.take(0);
        fixture.score(2, 2, 2, "not meant");

        fixture.base.dialogs.answer(SaveChoice.DISCARD);
        assertThat(model.select(fixture.entry("BYOD"))).isTrue();

        assertThat(fixture.open()).isEqualTo("BYOD");
        assertThat(model.form().rationaleProperty().get()).isEmpty();
        assertThat(fixture.storedScores(0)).isZero();
    }
}
