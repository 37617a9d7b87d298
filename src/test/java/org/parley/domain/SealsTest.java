package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.domain.quant.LossEstimate;

/** What a reveal and the revealed appetites seal: any change to what they fixed gives another hash. */
class SealsTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final Assessment CISO = new Assessment(1, 100, Seat.FIRST, 1, RiskScore.of(4, 4), Map.of(7L, 3, 8L, 4),
            3.5, "Transcripts hold personal data.", AT);
    private static final Assessment CTO = new Assessment(2, 100, Seat.SECOND, 1, RiskScore.of(3, 3), Map.of(7L, 5),
            5.0, "EU hosting.", AT);

    private static Assessment with(RiskScore risk, Map<Long, Integer> criteria, String rationale) {
        return new Assessment(1, 100, Seat.FIRST, 1, risk, criteria, 3.5, rationale, AT);
    }

    @Test
    void aRevealedRoundHashesTheSameWhateverOrderTheAssessmentsComeIn() {
        assertThat(Seals.revealed(100, 1, List.of(CTO, CISO))).isEqualTo(Seals.revealed(100, 1, List.of(CISO, CTO)))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void everyScoreTheRationaleTheRoundAndTheInitiativeAreSealed() {
        String sealed = Seals.revealed(100, 1, List.of(CISO, CTO));

        assertThat(List.of(
                Seals.revealed(100, 1, List.of(with(RiskScore.of(5, 4), CISO.criterionScores(), CISO.rationale()), CTO)),
                Seals.revealed(100, 1, List.of(with(RiskScore.of(4, 5), CISO.criterionScores(), CISO.rationale()), CTO)),
                Seals.revealed(100, 1, List.of(with(CISO.risk(), Map.of(7L, 3, 8L, 5), CISO.rationale()), CTO)),
                Seals.revealed(100, 1, List.of(with(CISO.risk(), CISO.criterionScores(), "Changed."), CTO)),
                Seals.revealed(100, 2, List.of(CISO, CTO)),
                Seals.revealed(101, 1, List.of(CISO, CTO)))).doesNotContain(sealed).doesNotHaveDuplicates();
    }

    @Test
    void anAssessmentWithoutALossEstimateHashesAsItDidBeforeTheQuantitativeMode() {
        // Taken with Seals as it was at 8a77f6c, before assessments could carry an estimate: existing stores' seals.
        assertThat(Seals.revealed(100, 1, List.of(CISO, CTO)))
                .isEqualTo("1882e0b6354330438de1984ec4d911f7b30c370b6cae3c928833c38efc39bbac");
    }

    @Test
    void aLossEstimateIsSealedEveryFieldOfIt() {
        String without = Seals.revealed(100, 1, List.of(CISO, CTO));
        String with = Seals.revealed(100, 1, List.of(estimated(new LossEstimate(0.1, 1e6, 1e7)), CTO));

        assertThat(List.of(with,
                Seals.revealed(100, 1, List.of(estimated(new LossEstimate(0.2, 1e6, 1e7)), CTO)),
                Seals.revealed(100, 1, List.of(estimated(new LossEstimate(0.1, 2e6, 1e7)), CTO)),
                Seals.revealed(100, 1, List.of(estimated(new LossEstimate(0.1, 1e6, 2e7)), CTO))))
                .doesNotContain(without).doesNotHaveDuplicates();
        assertThat(Seals.revealed(100, 1, List.of(estimated(new LossEstimate(0.1, 1e6, 1e7)), CTO))).isEqualTo(with);
    }

    private static Assessment estimated(LossEstimate loss) {
        return new Assessment(1, 100, Seat.FIRST, 1, CISO.risk(), CISO.criterionScores(), 3.5, CISO.rationale(), AT,
                loss);
    }

    @Test
    void aRevealOfManyRoundsSealsEachRoundInItsOrder() {
        Seals.RevealedRound one = new Seals.RevealedRound(100, 1, "a".repeat(64));
        Seals.RevealedRound two = new Seals.RevealedRound(101, 1, "b".repeat(64));

        assertThat(Seals.revealedTogether(List.of(one, two))).matches("[0-9a-f]{64}")
                .isEqualTo(Signatures.sha256Hex("100:1:" + "a".repeat(64) + "\n101:1:" + "b".repeat(64) + "\n"))
                .isNotEqualTo(Seals.revealedTogether(List.of(two, one)));
    }

    @Test
    void aTransferredRoundHashesUnderTheIdsItWasSignedUnder() {
        // Initiative 100 and criteria 7 and 8, moved to another store as initiative 12 and criteria 31 and 32.
        SignedIds moved = new SignedIds(Map.of(), Map.of(12L, 100L), Map.of(31L, 7L, 32L, 8L));
        Assessment ciso = new Assessment(1, 12, Seat.FIRST, 1, CISO.risk(), Map.of(31L, 3, 32L, 4), 3.5,
                CISO.rationale(), AT);
        Assessment cto = new Assessment(2, 12, Seat.SECOND, 1, CTO.risk(), Map.of(31L, 5), 5.0, CTO.rationale(), AT);

        assertThat(Seals.revealed(moved, 12, 1, List.of(ciso, cto))).isEqualTo(Seals.revealed(100, 1, List.of(CISO, CTO)));
        assertThat(Seals.revealed(12, 1, List.of(ciso, cto))).isNotEqualTo(Seals.revealed(100, 1, List.of(CISO, CTO)));
        Seals.RevealedRound round = new Seals.RevealedRound(12, 1, "a".repeat(64));
        assertThat(Seals.revealedTogether(moved, List.of(round)))
                .isEqualTo(Seals.revealedTogether(List.of(new Seals.RevealedRound(100, 1, "a".repeat(64)))));
        assertThat(Seals.appetites(new SignedIds(Map.of(3L, 1L), Map.of(), Map.of()).workshop(3), null, null, null))
                .isEqualTo(Seals.appetites(1, null, null, null));
    }

    @Test
    void theAppetitesSealEachFrontierWithItsCapAndAMissingOneAsEmpty() {
        Frontier ciso = Frontier.of(4, 6, 8, 10, 12);
        Frontier cto = Frontier.of(6, 9, 12, 15, 18);
        Frontier agreed = Frontier.of(5, 7, 10, 12, 15);
        String sealed = Seals.appetites(10, ciso, cto, agreed);

        assertThat(List.of(Seals.appetites(10, ciso, cto, agreed.withCap(20)), Seals.appetites(10, null, cto, agreed),
                Seals.appetites(10, ciso, null, agreed), Seals.appetites(10, ciso, cto, null),
                Seals.appetites(11, ciso, cto, agreed), Seals.appetites(10, cto, ciso, agreed)))
                .doesNotContain(sealed).doesNotHaveDuplicates();
        assertThat(Seals.appetites(10, ciso, cto, agreed)).isEqualTo(sealed).matches("[0-9a-f]{64}");
    }
}
