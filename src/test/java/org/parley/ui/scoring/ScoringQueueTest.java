package org.parley.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue: what the active party may see of the board, the filter, the counts and the all-scored prompt. */
class ScoringQueueTest {

    @TempDir
    Path folder;
    private ScoringFixture fixture;
    private ScoringViewModel model;
    private ScoringQueue queue;

    @BeforeEach
    void open() {
        fixture = new ScoringFixture(folder);
        model = fixture.page;
        queue = model.queue();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theSummaryCountsEachPartysScoresButNotWhatIsReadyToReveal() {
        fixture.take(0);
        fixture.submit(4, 4, 3, "");

        assertThat(queue.summaryProperty().get()).startsWith("You have scored 1 of 3")
                .doesNotContain("ready to reveal");
        assertThat(queue.summaryProperty().get()).contains("CTO has scored 0 of 3");
    }

    @Test
    void theOtherPartySeesOnlyACountUntilTheReveal() {
        fixture.take(0);
        fixture.submit(4, 4, 3, "CISO secret");

        fixture.take(1);

        assertThat(queue.items()).allSatisfy(entry -> {
            assertThat(entry.own()).isNull();
            assertThat(entry.revealed()).isEmpty();
        });
        assertThat(queue.summaryProperty().get()).contains("CISO has scored 1 of 3");
        assertThat(model.form().rationaleProperty().get()).isEmpty();
        assertThat(queue.boardProperty().get().toString()).doesNotContain("CISO secret");
    }

    @Test
    void onlyUnscoredHidesWhatTheActivePartyHasScored() {
        fixture.take(0);
        fixture.submit(1, 1, 1, "");

        queue.showAllProperty().set(false);

        assertThat(queue.items()).extracting(e -> e.initiative().title()).doesNotContain("Passkeys");
    }

    @Test
    void onlyUnscoredKeepsTheOpenInitiativeListedScoredOrNot() {
        fixture.take(0);
        fixture.submit(1, 1, 1, "");
        fixture.submit(1, 1, 1, "");
        model.select(fixture.entry("Passkeys"));

        queue.showAllProperty().set(false);

        assertThat(queue.items()).extracting(e -> e.initiative().title()).containsExactly("Passkeys", "BYOD");
    }

    @Test
    void theAllScoredPromptAppearsOnlyOnceEveryInitiativeIsScoredAndNamesTheOtherParty() {
        fixture.take(0);
        for (int i = 0; i < 3; i++) {
            assertThat(queue.allScoredProperty().get()).isEmpty();
            fixture.submit(3, 3, 3, "");
        }
        assertThat(queue.allScoredProperty().get())
                .isEqualTo("All 3 scored. Pass the laptop to " + fixture.parties.get(1).displayName() + " (Ctrl+P)");
    }

    @Test
    void onceBothHaveScoredEverythingThePromptSaysToRevealTogether() {
        fixture.bothSubmit(3);
        assertThat(queue.allScoredProperty().get()).isEqualTo("All 3 scored. "
                + fixture.parties.get(0).displayName() + " has scored them all too: reveal them together.");

        fixture.revealAll();
        assertThat(queue.allScoredProperty().get()).as("nothing waits for scores").isEmpty();
    }

    @Test
    void onlyRevealedInitiativesCanGetAnotherRound() {
        fixture.bothSubmit(1);
        assertThat(queue.revealed()).isEmpty();

        fixture.revealAll();

        assertThat(queue.revealed()).extracting(e -> e.initiative().title()).containsExactly("Passkeys");
    }
}
