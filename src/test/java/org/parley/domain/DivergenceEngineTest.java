package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DivergenceEngineTest {

    // Party 1 (CISO) tolerates little risk, party 2 (CTO) more; both tolerate more as value rises.
    private static final Frontier CISO = Frontier.of(2, 4, 6, 9, 12);
    private static final Frontier CTO = Frontier.of(6, 9, 12, 16, 20);
    private final DivergenceEngine engine = new DivergenceEngine(CISO, CTO);

    private static PairedScores pair(long id, double value1, int likelihood1, int impact1,
            double value2, int likelihood2, int impact2) {
        return new PairedScores(id, Scores.of(value1, likelihood1, impact1), Scores.of(value2, likelihood2, impact2));
    }

    // CISO: value 4.0, risk 2 (CISO limit 9, CTO limit 16); CTO: value 4.5, risk 4 (limits 10.5, 18).
    private static final PairedScores ALIGNED_ACCEPT = pair(1, 4.0, 1, 2, 4.5, 2, 2);
    // CISO: value 1.0, risk 25 (limits 2, 6); CTO: value 1.5, risk 20 (limits 3, 7.5).
    private static final PairedScores ALIGNED_REJECT = pair(2, 1.0, 5, 5, 1.5, 4, 5);
    // CISO: value 3.0, risk 9 (limits 6, 12); CTO: value 3.5, risk 10 (limits 7.5, 14).
    private static final PairedScores APPETITE_GAP = pair(3, 3.0, 3, 3, 3.5, 2, 5);
    // CISO: value 3.5, risk 16 (limits 7.5, 14); CTO: value 4.5, risk 9 (limits 10.5, 18).
    private static final PairedScores PERCEPTION_GAP = pair(4, 3.5, 4, 4, 4.5, 3, 3);
    // CISO: value 3.0, risk 12 (limits 6, 12: exactly on the CTO's frontier); CTO: value 4.0, risk 8 (limits 9, 16).
    private static final PairedScores BOTH = pair(5, 3.0, 3, 4, 4.0, 2, 4);

    @Test
    void bothAppetitesAcceptingBothScoresIsAnAlignedAccept() {
        Divergence divergence = engine.divergence(ALIGNED_ACCEPT);
        assertThat(divergence.divergenceClass()).isEqualTo(DivergenceClass.ALIGNED_ACCEPT);
        assertThat(List.of(divergence.firstOnFirst(), divergence.firstOnSecond(), divergence.secondOnFirst(),
                divergence.secondOnSecond())).containsOnly(Verdict.ACCEPT);
        assertThat(divergence.why("CISO", "CTO")).isEqualTo("Both appetites accept it on either score.");
    }

    @Test
    void bothAppetitesRejectingBothScoresIsAnAlignedReject() {
        Divergence divergence = engine.divergence(ALIGNED_REJECT);
        assertThat(divergence.divergenceClass()).isEqualTo(DivergenceClass.ALIGNED_REJECT);
        assertThat(divergence.why("CISO", "CTO")).isEqualTo("Both appetites reject it on either score.");
    }

    @Test
    void appetitesThatSplitOnTheSameScoresAreAnAppetiteGap() {
        Divergence divergence = engine.divergence(APPETITE_GAP);
        assertThat(divergence.divergenceClass()).isEqualTo(DivergenceClass.APPETITE_GAP);
        assertThat(divergence.verdict(Seat.FIRST, Seat.FIRST)).isEqualTo(Verdict.REJECT);
        assertThat(divergence.verdict(Seat.FIRST, Seat.SECOND)).isEqualTo(Verdict.REJECT);
        assertThat(divergence.verdict(Seat.SECOND, Seat.FIRST)).isEqualTo(Verdict.ACCEPT);
        assertThat(divergence.verdict(Seat.SECOND, Seat.SECOND)).isEqualTo(Verdict.ACCEPT);
        assertThat(divergence.why("CISO", "CTO"))
                .isEqualTo("CTO's appetite accepts it on either score; CISO's rejects it on either score.");
    }

    @Test
    void theAppetiteGapSentenceNamesWhicheverPartyAccepts() {
        Divergence swapped = new DivergenceEngine(CTO, CISO).divergence(APPETITE_GAP);
        assertThat(swapped.divergenceClass()).isEqualTo(DivergenceClass.APPETITE_GAP);
        assertThat(swapped.why("CTO", "CISO"))
                .isEqualTo("CTO's appetite accepts it on either score; CISO's rejects it on either score.");
    }

    @Test
    void scoresThatFallOnOppositeSidesOfBothFrontiersAreAPerceptionGap() {
        Divergence divergence = engine.divergence(PERCEPTION_GAP);
        assertThat(divergence.divergenceClass()).isEqualTo(DivergenceClass.PERCEPTION_GAP);
        assertThat(divergence.why("CISO", "CTO")).isEqualTo("They see it differently: on the CISO's scores "
                + "(risk 16, value 3.5) both reject it; on the CTO's (risk 9, value 4.5) both accept it.");
    }

    @Test
    void splitAppetitesOnSplitScoresAreBoth() {
        Divergence divergence = engine.divergence(BOTH);
        assertThat(divergence.divergenceClass()).isEqualTo(DivergenceClass.BOTH);
        // The CISO's point sits exactly on the CTO's frontier, which accepts it.
        assertThat(divergence.secondOnFirst()).isEqualTo(Verdict.ACCEPT);
        assertThat(divergence.firstOnFirst()).isEqualTo(Verdict.REJECT);
        assertThat(divergence.why("CISO", "CTO")).isEqualTo("They see it differently and tolerate risk "
                + "differently: CISO's appetite accepts it on the CTO's scores (risk 8, value 4.0) but rejects it "
                + "on the CISO's (risk 12, value 3.0); CTO's accepts it on either score.");
    }

    @Test
    void crossingFrontiersThatEachFlipOnTheOthersScoresAreBothWithFourDisagreements() {
        // The CISO's appetite is flat at 10; the CTO's rises from 2 to 20, crossing it at value 3.
        DivergenceEngine crossing = new DivergenceEngine(Frontier.of(10, 10, 10, 10, 10), Frontier.of(2, 5, 10, 15, 20));
        Divergence divergence = crossing.divergence(pair(1, 1.0, 2, 4, 5.0, 3, 5));
        assertThat(divergence.divergenceClass()).isEqualTo(DivergenceClass.BOTH);
        assertThat(divergence.why("CISO", "CTO")).isEqualTo("They see it differently and tolerate risk "
                + "differently: CISO's appetite accepts it on the CISO's scores (risk 8, value 1.0) but rejects it "
                + "on the CTO's (risk 15, value 5.0); CTO's accepts it on the CTO's scores (risk 15, value 5.0) "
                + "but rejects it on the CISO's (risk 8, value 1.0).");
        // By hand: all four verdict pairs disagree, so the whole part is 4.
        // distance: value gap 4/4 = 1, risk gap 7/24; sqrt(1 + 49/576) = 25/24; / sqrt 2 = 0.7365695
        // margins (limit - risk, /24): A(s1) 10-8 = 2, B(s1) 2-8 = -6, A(s2) 10-15 = -5, B(s2) 20-15 = 5
        // depth per pair: A1-B1 2+6, A2-B2 5+5, A1-A2 2+5, B1-B2 6+5 = 36/24 = 1.5; mean 1.5 / (2 × 4) = 0.1875
        // magnitude = 4 + (0.7365695 + 0.1875) / 2 = 4.4620348
        assertThat(divergence.magnitude()).isCloseTo(4 + (25 / (24 * Math.sqrt(2)) + 0.1875) / 2, within(1e-12));
        assertThat(divergence.magnitude()).isCloseTo(4.4620348, within(1e-7));
    }

    @Test
    void theMagnitudeOfAnAppetiteGapOnIdenticalScoresIsTheGapBetweenTheAppetites() {
        // Both see value 3.0, risk 9: the CISO's limit is 6, the CTO's 12.
        // Two pairs disagree (A1-B1, A2-B2), distance 0, each pair's depth (3 + 3) / 24;
        // mean depth 12/24 / (2 × 2) = 0.125, so magnitude = 2 + (0 + 0.125) / 2 = 2.0625.
        Divergence divergence = engine.divergence(pair(1, 3.0, 3, 3, 3.0, 3, 3));
        assertThat(divergence.divergenceClass()).isEqualTo(DivergenceClass.APPETITE_GAP);
        assertThat(divergence.magnitude()).isCloseTo(2.0625, within(1e-12));
    }

    @Test
    void alignedInitiativesAreRankedByTheDistanceBetweenTheScoresAlone() {
        Frontier everything = Frontier.of(25, 25, 25, 25, 25);
        // Opposite corners, (1.0, 1) and (5.0, 25): distance 1, no disagreement, magnitude (1 + 0) / 2.
        Divergence divergence = new DivergenceEngine(everything, everything).divergence(pair(1, 1.0, 1, 1, 5.0, 5, 5));
        assertThat(divergence.divergenceClass()).isEqualTo(DivergenceClass.ALIGNED_ACCEPT);
        assertThat(divergence.magnitude()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void gapsAreTheSecondPartyMinusTheFirst() {
        Divergence.Gaps gaps = engine.divergence(PERCEPTION_GAP).gaps();
        assertThat(gaps).isEqualTo(new Divergence.Gaps(-1, -1, 1.0, -7));
        assertThat(gaps.absolute()).isEqualTo(new Divergence.Gaps(1, 1, 1.0, 7));
    }

    @Test
    void thePortfolioIsRankedHardestFirstWithContestedBeforeAligned() {
        DivergenceReport report = engine.analyse(List.of(ALIGNED_ACCEPT, ALIGNED_REJECT, APPETITE_GAP,
                PERCEPTION_GAP, BOTH));
        assertThat(report.ranked()).hasSize(5);
        assertThat(report.ranked().subList(0, 3)).allMatch(d -> d.divergenceClass().isContested());
        assertThat(report.ranked().subList(3, 5)).noneMatch(d -> d.divergenceClass().isContested());
        assertThat(report.ranked()).isSortedAccordingTo(DivergenceEngine.HARDEST_FIRST);
        assertThat(report.ranked()).extracting(Divergence::magnitude)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void appetiteGapsWhereTheAppetitesAreFurtherApartComeFirst() {
        // At value 1 the appetites are 2 and 6 apart by 4; at value 3 they are 6 and 12, apart by 6.
        PairedScores narrow = pair(1, 1.0, 1, 4, 1.0, 2, 2);
        PairedScores wide = pair(2, 3.0, 3, 3, 3.0, 3, 3);
        DivergenceReport report = engine.analyse(List.of(narrow, wide));
        assertThat(report.ranked()).extracting(Divergence::initiativeId).containsExactly(2L, 1L);
        assertThat(report.ranked()).extracting(Divergence::divergenceClass)
                .containsOnly(DivergenceClass.APPETITE_GAP);
    }

    @Test
    void equallyHardInitiativesKeepTheOrderOfTheirIds() {
        PairedScores later = new PairedScores(9, APPETITE_GAP.first(), APPETITE_GAP.second());
        PairedScores earlier = new PairedScores(6, APPETITE_GAP.first(), APPETITE_GAP.second());
        PairedScores alignedLater = new PairedScores(8, ALIGNED_ACCEPT.first(), ALIGNED_ACCEPT.second());
        PairedScores alignedEarlier = new PairedScores(7, ALIGNED_ACCEPT.first(), ALIGNED_ACCEPT.second());
        DivergenceReport report = engine.analyse(List.of(alignedLater, later, alignedEarlier, earlier));
        assertThat(report.ranked()).extracting(Divergence::initiativeId).containsExactly(6L, 9L, 7L, 8L);
    }

    @Test
    void theReportCountsEveryClass() {
        DivergenceReport report = engine.analyse(List.of(ALIGNED_ACCEPT, APPETITE_GAP, APPETITE_GAP, BOTH));
        assertThat(report.count(DivergenceClass.ALIGNED_ACCEPT)).isEqualTo(1);
        assertThat(report.count(DivergenceClass.ALIGNED_REJECT)).isZero();
        assertThat(report.count(DivergenceClass.APPETITE_GAP)).isEqualTo(2);
        assertThat(report.count(DivergenceClass.PERCEPTION_GAP)).isZero();
        assertThat(report.count(DivergenceClass.BOTH)).isEqualTo(1);
        assertThat(report.contested()).isEqualTo(3);
        assertThat(report.counts().keySet()).containsExactly(DivergenceClass.values());
    }

    @Test
    void anEmptyPortfolioHasAnEmptyReport() {
        DivergenceReport report = engine.analyse(List.of());
        assertThat(report.ranked()).isEmpty();
        assertThat(report.contested()).isZero();
        assertThat(report.counts().values()).containsOnly(0);
    }

    @Test
    void theHardCapDecidesAnInitiativeBothFrontiersWouldOtherwiseAccept() {
        DivergenceEngine capped = new DivergenceEngine(CISO.withCap(8), CTO);
        // Value 5.0, risk 9: under both frontiers (12, 20), but over the CISO's cap of 8.
        Divergence divergence = capped.divergence(pair(1, 5.0, 3, 3, 5.0, 3, 3));
        assertThat(divergence.divergenceClass()).isEqualTo(DivergenceClass.APPETITE_GAP);
        assertThat(divergence.firstOnFirst()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void divergenceClassesHaveTheirJsonNames() {
        assertThat(DivergenceClass.values()).extracting(DivergenceClass::jsonName)
                .containsExactly("aligned_accept", "aligned_reject", "perception_gap", "appetite_gap", "both");
        assertThat(DivergenceClass.fromJsonName("appetite_gap")).isEqualTo(DivergenceClass.APPETITE_GAP);
        assertThat(DivergenceClass.BOTH.label()).isEqualTo("Perception and appetite gap");
    }

    @Property
    void eachVerdictIsThatAppetiteAppliedToThoseScores(@ForAll("frontiers") Frontier a,
            @ForAll("frontiers") Frontier b, @ForAll("pairs") PairedScores pair) {
        Divergence divergence = new DivergenceEngine(a, b).divergence(pair);
        Scores s1 = pair.first();
        Scores s2 = pair.second();
        assertThat(divergence.firstOnFirst()).isEqualTo(a.verdict(s1.value(), s1.riskScore()));
        assertThat(divergence.firstOnSecond()).isEqualTo(a.verdict(s2.value(), s2.riskScore()));
        assertThat(divergence.secondOnFirst()).isEqualTo(b.verdict(s1.value(), s1.riskScore()));
        assertThat(divergence.secondOnSecond()).isEqualTo(b.verdict(s2.value(), s2.riskScore()));
    }

    @Property
    void everyContestedInitiativeOutranksEveryAlignedOne(@ForAll("frontiers") Frontier a,
            @ForAll("frontiers") Frontier b, @ForAll("pairs") PairedScores pair) {
        Divergence divergence = new DivergenceEngine(a, b).divergence(pair);
        assertThat(divergence.magnitude()).isBetween(0.0, 5.0);
        if (divergence.divergenceClass().isContested()) {
            assertThat(divergence.magnitude()).isGreaterThanOrEqualTo(2.0);
        } else {
            assertThat(divergence.magnitude()).isLessThanOrEqualTo(1.0);
        }
        assertThat(divergence.why("CISO", "CTO")).isNotBlank().endsWith(".");
    }

    @Property
    void swappingThePartiesWithTheirAppetitesChangesNothing(@ForAll("frontiers") Frontier a,
            @ForAll("frontiers") Frontier b, @ForAll("pairs") PairedScores pair) {
        Divergence divergence = new DivergenceEngine(a, b).divergence(pair);
        Divergence mirrored = new DivergenceEngine(b, a)
                .divergence(new PairedScores(pair.initiativeId(), pair.second(), pair.first()));
        assertThat(mirrored.divergenceClass()).isEqualTo(divergence.divergenceClass());
        assertThat(mirrored.magnitude()).isCloseTo(divergence.magnitude(), within(1e-12));
    }

    @Provide
    Arbitrary<Frontier> frontiers() {
        Arbitrary<Frontier> levels = Arbitraries.integers().between(1, 25).list().ofSize(5)
                .map(list -> Frontier.of(list.stream().sorted().toList(), OptionalInt.empty()));
        return levels.flatMap(frontier -> Arbitraries.integers().between(0, 25)
                .map(cap -> cap == 0 ? frontier : frontier.withCap(cap)));
    }

    @Provide
    Arbitrary<PairedScores> pairs() {
        return Combinators.combine(Arbitraries.longs().between(1, 1000), scores(), scores()).as(PairedScores::new);
    }

    private Arbitrary<Scores> scores() {
        // Values as weighted means of four criteria produce them: quarters from 1.0 to 5.0.
        Arbitrary<Double> values = Arbitraries.integers().between(4, 20).map(quarters -> quarters / 4.0);
        Arbitrary<Integer> levels = Arbitraries.integers().between(1, 5);
        return Combinators.combine(values, levels, levels).as(Scores::of);
    }
}
