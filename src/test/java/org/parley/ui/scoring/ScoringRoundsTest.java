package org.parley.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.ScoringBoard;

/** The rounds: revealing one initiative or all together, with both parties' consent, and opening new rounds. */
class ScoringRoundsTest {

    @TempDir
    Path folder;
    private ScoringFixture fixture;
    private ScoringViewModel model;
    private ScoringRounds rounds;

    @BeforeEach
    void open() {
        fixture = new ScoringFixture(folder);
        model = fixture.page;
        rounds = model.rounds();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void revealingTogetherWaitsForTheOtherPartyAndRevealsWhatBothSubmitted() {
        fixture.take(0);
        fixture.submit(4, 4, 3, "CISO secret");
        fixture.take(1);
        fixture.submit(2, 3, 5, "CTO view");

        rounds.revealAll();
        assertThat(model.queue().items().get(0).revealed()).as("not before the CISO agrees").isEmpty();
        fixture.base.agree(null);

        ScoringBoard.Entry passkeys = model.queue().items().get(0);
        assertThat(passkeys.latestRevealed().first().rationale()).isEqualTo("CISO secret");
        assertThat(fixture.base.state.statusProperty().get())
                .isEqualTo("Revealed 1 initiative; 2 still wait for scores.");
    }

    @Test
    void aRevealNeedsTheOtherPartysConsentAndTellsBothTheOutcome() {
        fixture.take(1);
        fixture.submit(2, 3, 5, "CTO view");
        model.select(model.queue().items().get(0));

        rounds.reveal();
        assertThat(fixture.base.consent().askingProperty().get()).isEqualTo(fixture.parties.get(0));
        assertThat(fixture.base.consent().whatProperty().get()).isEqualTo("reveal the scores of \u201CPasskeys\u201D");
        assertThat(fixture.base.dialogs.shown()).as("nothing is told before the CISO agrees").isEmpty();
        fixture.base.consent().cancel();
        assertThat(fixture.base.consent().askingProperty().get()).isNull();
        assertThat(fixture.base.dialogs.shown()).isEmpty();

        rounds.reveal();
        fixture.base.agree(null);
        assertThat(fixture.base.dialogs.shown()).last().asString()
                .isEqualTo("Could not reveal: Nothing was revealed: \u201CPasskeys\u201D is revealed once both parties "
                        + "have submitted round 1.");
    }

    @Test
    void revealIsOfferedOnlyOnceTheActivePartyHasSubmittedTheBlindRound() {
        fixture.take(0);
        assertThat(rounds.canRevealProperty().get()).isFalse();

        fixture.submit(4, 4, 3, "");
        assertThat(rounds.canRevealProperty().get()).as("Data lake, not yet scored").isFalse();
        model.select(fixture.entry("Passkeys"));
        assertThat(rounds.canRevealProperty().get()).isTrue();
        assertThat(rounds.canOpenRoundProperty().get()).isFalse();
    }

    @Test
    void revealTogetherIsOfferedWhileAnythingIsUnrevealedWhetherOrNotBothHaveScored() {
        fixture.take(0);
        assertThat(rounds.anyReadyProperty().get()).as("before anybody scored").isTrue();

        fixture.bothSubmit(3);
        fixture.revealAll();

        assertThat(rounds.anyReadyProperty().get()).isFalse();
    }

    @Test
    void anotherRoundCanBeOpenedAfterTheReveal() {
        fixture.bothSubmit(1);
        model.select(fixture.entry("Passkeys"));
        rounds.reveal();
        fixture.base.agree(null);
        assertThat(rounds.canOpenRoundProperty().get()).isTrue();
        assertThat(rounds.canRevealProperty().get()).isFalse();

        rounds.openRound();

        assertThat(model.selectedProperty().get().round().round()).isEqualTo(2);
        assertThat(model.form().openProperty().get()).isTrue();
        assertThat(model.selectedProperty().get().revealed()).hasSize(1);
        assertThat(fixture.base.state.statusProperty().get())
                .isEqualTo("Opened round 2: both parties score again, blind.");
    }

    @Test
    void newRoundsForSeveralInitiativesAreOpenedAtOnce() {
        fixture.bothSubmit(2);
        fixture.revealAll();

        rounds.openRounds(model.queue().revealed());

        assertThat(fixture.base.state.statusProperty().get()).isEqualTo("Opened a new round for 2 initiatives.");
        assertThat(fixture.open()).isEqualTo("Passkeys");
        assertThat(model.queue().items()).extracting(e -> e.round().round()).containsExactly(2, 2, 1);
    }
}
