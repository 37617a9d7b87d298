package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.domain.Frontier;

class FrontierEditsTest {

    private final Frontier frontier = Frontier.of(4, 6, 9, 12, 16).withCap(20);

    @Test
    void movingALevelBetweenItsNeighboursMovesOnlyIt() {
        assertThat(FrontierEdits.withLevel(frontier, 3, 11).levels()).containsExactly(4, 6, 11, 12, 16);
    }

    @Test
    void movingALevelBelowItsLeftNeighbourTakesThatNeighbourDownToo() {
        assertThat(FrontierEdits.withLevel(frontier, 3, 3).levels()).containsExactly(3, 3, 3, 12, 16);
    }

    @Test
    void movingALevelAboveItsRightNeighbourTakesThatNeighbourUpToo() {
        assertThat(FrontierEdits.withLevel(frontier, 3, 18).levels()).containsExactly(4, 6, 18, 18, 18);
    }

    @Test
    void levelsStayOnTheScaleAndTheCapIsKept() {
        assertThat(FrontierEdits.withLevel(frontier, 5, 40).levels()).containsExactly(4, 6, 9, 12, 25);
        assertThat(FrontierEdits.withLevel(frontier, 1, -2).levels()).containsExactly(1, 6, 9, 12, 16);
        assertThat(FrontierEdits.withLevel(frontier, 2, 7).cap()).hasValue(20);
        assertThat(FrontierEdits.withLevel(Frontier.of(4, 6, 9, 12, 16), 2, 7).cap()).isEmpty();
    }
}
