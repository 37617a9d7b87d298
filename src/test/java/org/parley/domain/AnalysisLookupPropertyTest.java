package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * An analysis finds each initiative's divergence and revealed scores through lookups it builds once; they must
 * answer exactly what a scan of the ranked list and of the revealed initiatives answered before (decision 0020).
 */
class AnalysisLookupPropertyTest {

    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    @Property(tries = 60)
    void everyInitiativesDivergenceIsWhatAScanOfTheRankedListFinds(@ForAll @IntRange(min = 0, max = 400) int size,
            @ForAll @IntRange(min = 0, max = 100) int revealedPercent, @ForAll boolean appetitesRevealed,
            @ForAll long seed) {
        Analysis analysis = analysis(size, revealedPercent, appetitesRevealed, new Random(seed));

        for (long each = 0; each <= size + 1; each++) {
            long id = each;
            assertThat(analysis.divergenceOf(id)).isEqualTo(scanned(analysis, id));
            Analysis.Revealed found = analysis.revealed().stream().filter(r -> r.initiative().id() == id)
                    .reduce((first, later) -> later).orElse(null);
            assertThat(analysis.byId().get(id)).isEqualTo(found);
        }
        assertThat(analysis.byId()).hasSize(analysis.revealed().size());
        assertThat(analysis.byId()).isSameAs(analysis.byId());
    }

    /** How {@link Analysis#divergenceOf} found a divergence before it kept a lookup. */
    private static Optional<Divergence> scanned(Analysis analysis, long id) {
        if (analysis.report() == null) {
            return Optional.empty();
        }
        return analysis.report().ranked().stream().filter(d -> d.initiativeId() == id).findFirst();
    }

    private static Analysis analysis(int size, int revealedPercent, boolean appetitesRevealed, Random random) {
        List<Initiative> initiatives = new ArrayList<>();
        Map<Long, RoundState> rounds = new HashMap<>();
        List<Assessment> assessments = new ArrayList<>();
        for (long id = 1; id <= size; id++) {
            initiatives.add(new Initiative(id, 1, "Initiative " + id, "", "", "", BigDecimal.ONE, List.of(), AT));
            int round = 1 + random.nextInt(2);
            boolean revealed = random.nextInt(100) < revealedPercent;
            rounds.put(id, new RoundState(id, round, revealed));
            for (int r = 1; r <= round; r++) {
                for (Seat seat : Seat.values()) {
                    assessments.add(new Assessment(id * 100 + r * 10 + seat.number(), id, seat, r,
                            RiskScore.of(1 + random.nextInt(5), 1 + random.nextInt(5)), Map.of(1L, 3),
                            (4 + random.nextInt(17)) / 4.0, "", AT));
                }
            }
        }
        ScoringBoard board = ScoringBoard.build(Seat.FIRST, initiatives, rounds, assessments);
        Appetites appetites = Appetites.visibleTo(Seat.FIRST, Frontier.of(2, 4, 6, 9, 12),
                Frontier.of(6, 9, 12, 16, 20), null, appetitesRevealed);
        return Analysis.of(board, appetites);
    }
}
