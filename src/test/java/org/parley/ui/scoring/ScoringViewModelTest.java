package org.parley.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Band;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.ScoringBoard;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.SaveChoice;
import org.parley.ui.common.ViewModelFixture;

class ScoringViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private ScoringViewModel model;
    private Workshop workshop;
    private List<Party> parties;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        workshop = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        for (String title : List.of("Passkeys", "Data lake", "BYOD")) {
            fixture.services.initiatives().add(workshop.id(), new InitiativeDraft(title, "", "", "", null, List.of()),
                    TestConsent.nobody());
        }
        parties = fixture.services.workshops().parties(workshop.id());
        model = new ScoringViewModel(fixture.services.scoring(), fixture.tasks, fixture.dialogs, fixture.state,
                fixture.consent());
        fixture.state.show(workshop, parties);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void score(int likelihood, int impact, int value, String rationale) {
        model.form().likelihoodProperty().set(likelihood);
        model.form().impactProperty().set(impact);
        for (ValueCriterion criterion : model.form().criteria()) {
            model.form().criterionScoreProperty(criterion).set(value);
        }
        model.form().rationaleProperty().set(rationale);
    }

    @Test
    void nobodyActiveMeansNothingToShow() {
        assertThat(model.queue().items()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void theFormShowsRiskBandAndValueLive() {
        fixture.activate(parties.get(0));
        assertThat(model.selectedProperty().get().initiative().title()).isEqualTo("Passkeys");

        model.form().likelihoodProperty().set(3);
        assertThat(model.form().riskProperty().get()).isNull();
        model.form().impactProperty().set(4);
        assertThat(model.form().riskProperty().get().value()).isEqualTo(12);
        assertThat(model.form().band()).isEqualTo(Band.HIGH);
        assertThat(model.form().valueTextProperty().get()).isEqualTo("–");
        score(3, 4, 4, "");
        assertThat(model.form().valueTextProperty().get()).isEqualTo("4.0");
    }

    @Test
    void submittingStoresTheScoresAndOpensTheNextUnscoredInitiative() {
        fixture.activate(parties.get(0));
        score(4, 4, 3, "CISO on passkeys");

        model.submit();

        assertThat(model.selectedProperty().get().initiative().title()).isEqualTo("Data lake");
        assertThat(model.queue().summaryProperty().get()).startsWith("You have scored 1 of 3")
                .doesNotContain("ready to reveal");
        assertThat(model.queue().summaryProperty().get()).contains("CTO has scored 0 of 3");
        ScoringBoard.Entry passkeys = model.queue().items().get(0);
        assertThat(passkeys.own().rationale()).isEqualTo("CISO on passkeys");
    }

    @Test
    void submittingWithAMissingScoreSaysWhichAndStores_nothing() {
        fixture.activate(parties.get(0));
        model.form().likelihoodProperty().set(2);

        model.submit();

        assertThat(model.form().problemProperty().get()).isEqualTo("Impact needs a score from 1 to 5.");
        assertThat(fixture.services.scoring().scoringStarted(workshop.id())).isFalse();
    }

    @Test
    void theOtherPartySeesOnlyACountUntilTheReveal() {
        fixture.activate(parties.get(0));
        score(4, 4, 3, "CISO secret");
        model.submit();

        fixture.activate(parties.get(1));

        assertThat(model.queue().items()).allSatisfy(entry -> {
            assertThat(entry.own()).isNull();
            assertThat(entry.revealed()).isEmpty();
        });
        assertThat(model.queue().summaryProperty().get()).contains("CISO has scored 1 of 3");
        assertThat(model.form().rationaleProperty().get()).isEmpty();
        assertThat(model.queue().boardProperty().get().toString()).doesNotContain("CISO secret");

        score(2, 3, 5, "CTO view");
        model.submit();
        model.rounds().revealAll();
        assertThat(model.queue().items().get(0).revealed()).as("not before the CISO agrees").isEmpty();
        fixture.agree(null);

        ScoringBoard.Entry passkeys = model.queue().items().get(0);
        assertThat(passkeys.latestRevealed().first().rationale()).isEqualTo("CISO secret");
        assertThat(fixture.state.statusProperty().get()).isEqualTo("Revealed 1 initiative; 2 still wait for scores.");
    }

    @Test
    void aRevealNeedsTheOtherPartysConsentAndTellsBothTheOutcome() {
        fixture.activate(parties.get(1));
        score(2, 3, 5, "CTO view");
        model.submit();
        model.select(model.queue().items().get(0));

        model.rounds().reveal();
        assertThat(fixture.consent().askingProperty().get()).isEqualTo(parties.get(0));
        assertThat(fixture.consent().whatProperty().get()).isEqualTo("reveal the scores of \u201CPasskeys\u201D");
        assertThat(fixture.dialogs.shown()).as("nothing is told before the CISO agrees").isEmpty();
        fixture.consent().cancel();
        assertThat(fixture.consent().askingProperty().get()).isNull();
        assertThat(fixture.dialogs.shown()).isEmpty();

        model.rounds().reveal();
        fixture.agree(null);
        assertThat(fixture.dialogs.shown()).last().asString()
                .isEqualTo("Could not reveal: Nothing was revealed: \u201CPasskeys\u201D is revealed once both parties "
                        + "have submitted round 1.");
    }

    @Test
    void onlyUnscoredHidesWhatTheActivePartyHasScored() {
        fixture.activate(parties.get(0));
        score(1, 1, 1, "");
        model.submit();

        model.queue().showAllProperty().set(false);

        assertThat(model.queue().items()).extracting(e -> e.initiative().title()).doesNotContain("Passkeys");
    }

    @Test
    void anotherRoundCanBeOpenedAfterTheReveal() {
        fixture.activate(parties.get(0));
        score(4, 4, 3, "");
        model.submit();
        fixture.activate(parties.get(1));
        score(2, 3, 5, "");
        model.submit();
        model.select(model.queue().items().get(0));
        model.rounds().reveal();
        fixture.agree(null);
        assertThat(model.rounds().canOpenRoundProperty().get()).isTrue();

        model.rounds().openRound();

        assertThat(model.selectedProperty().get().round().round()).isEqualTo(2);
        assertThat(model.form().openProperty().get()).isTrue();
        assertThat(model.selectedProperty().get().revealed()).hasSize(1);
    }

    @Test
    void unsubmittedScoresAreNotDroppedSilently() {
        fixture.activate(parties.get(0));
        ScoringBoard.Entry dataLake = model.queue().items().get(1);
        score(2, 2, 2, "half done");

        fixture.dialogs.answer(SaveChoice.CANCEL);
        assertThat(model.select(dataLake)).isFalse();
        assertThat(model.form().rationaleProperty().get()).isEqualTo("half done");

        fixture.dialogs.answer(SaveChoice.SAVE);
        assertThat(model.select(dataLake)).isTrue();
        assertThat(fixture.services.scoring().board(workshop.id(), parties.get(0).seat()).ownScored()).isEqualTo(1);
    }

    @Test
    void aRefusedSubmitNamesTheFirstMissingScoreInFormOrder() {
        fixture.activate(parties.get(0));
        model.form().likelihoodProperty().set(2);
        model.submit();
        assertThat(model.form().firstMissingProperty().get()).isEqualTo("impact");

        model.form().impactProperty().set(2);
        model.form().criterionScoreProperty(model.form().criteria().get(0)).set(3);
        model.submit();
        assertThat(model.form().firstMissingProperty().get()).isEqualTo("criterion-2");
        assertThat(fixture.services.scoring().board(workshop.id(), parties.get(0).seat()).ownScored()).isZero();
    }

    @Test
    void theAllScoredPromptAppearsOnlyOnceEveryInitiativeIsScoredAndNamesTheOtherParty() {
        fixture.activate(parties.get(0));
        for (int i = 0; i < 3; i++) {
            assertThat(model.queue().allScoredProperty().get()).isEmpty();
            score(3, 3, 3, "");
            model.submit();
        }
        assertThat(model.queue().allScoredProperty().get())
                .isEqualTo("All 3 scored. Pass the laptop to " + parties.get(1).displayName() + " (Ctrl+P)");
    }
}
