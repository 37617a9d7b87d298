package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who sees which frontier: before the reveal each party its own only, nobody the agreed one; after it everyone all. */
class AppetitesTest {

    private static final Frontier CISO = Frontier.of(4, 6, 8, 10, 12);
    private static final Frontier CTO = Frontier.of(6, 9, 12, 15, 18).withCap(20);
    private static final Frontier AGREED = Frontier.of(5, 7, 10, 12, 15);

    @Test
    void beforeTheRevealTheFirstPartySeesItsOwnFrontierOnly() {
        Appetites seen = Appetites.visibleTo(Seat.FIRST, CISO, CTO, AGREED, false);

        assertThat(seen.of(Seat.FIRST)).isEqualTo(CISO);
        assertThat(seen.of(Seat.SECOND)).isNull();
        assertThat(seen.agreed()).isNull();
        assertThat(seen.revealed()).isFalse();
        assertThat(seen.complete()).isFalse();
    }

    @Test
    void beforeTheRevealTheSecondPartySeesItsOwnFrontierOnly() {
        Appetites seen = Appetites.visibleTo(Seat.SECOND, CISO, CTO, AGREED, false);

        assertThat(seen.of(Seat.FIRST)).isNull();
        assertThat(seen.of(Seat.SECOND)).isEqualTo(CTO);
        assertThat(seen.agreed()).isNull();
        assertThat(seen.complete()).isFalse();
    }

    @Test
    void beforeTheRevealNobodyAtTheLaptopSeesNoFrontier() {
        Appetites seen = Appetites.visibleTo(null, CISO, CTO, AGREED, false);

        assertThat(seen.first()).isNull();
        assertThat(seen.second()).isNull();
        assertThat(seen.agreed()).isNull();
    }

    @Test
    void beforeTheRevealEitherPartyLearnsWhetherBothAreSetButNotWhatTheOtherSet() {
        assertThat(Appetites.visibleTo(Seat.FIRST, CISO, CTO, null, false).bothSet()).isTrue();
        assertThat(Appetites.visibleTo(Seat.FIRST, CISO, null, null, false).bothSet()).isFalse();
        assertThat(Appetites.visibleTo(Seat.SECOND, null, CTO, null, false).bothSet()).isFalse();
    }

    @Test
    void afterTheRevealEveryoneSeesAllThreeFrontiers() {
        for (Seat viewer : new Seat[] {Seat.FIRST, Seat.SECOND, null}) {
            Appetites seen = Appetites.visibleTo(viewer, CISO, CTO, AGREED, true);

            assertThat(seen).isEqualTo(new Appetites(CISO, CTO, AGREED, true, true));
            assertThat(seen.complete()).isTrue();
        }
    }

    @Test
    void revealedAppetitesAreCompleteOnlyWithBothFrontiers() {
        assertThat(Appetites.visibleTo(Seat.FIRST, CISO, null, null, true).complete()).isFalse();
        assertThat(Appetites.visibleTo(Seat.FIRST, null, CTO, null, true).complete()).isFalse();
        assertThat(Appetites.visibleTo(Seat.FIRST, CISO, null, null, true).bothSet()).isFalse();
    }
}
