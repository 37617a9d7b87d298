package org.parley.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the parties stand on a workshop: their latest revealed scores of each revealed initiative, the
 * frontiers the viewer may see, the divergence of each initiative (once both appetites are revealed) and
 * the portfolio agreement. Unrevealed initiatives are left out and only counted.
 */
public record Analysis(List<Revealed> revealed, int unrevealed, Appetites appetites, DivergenceReport report,
                       PortfolioAgreement agreement) {

    /** One revealed initiative: both parties' assessments of its latest revealed round. */
    public record Revealed(Initiative initiative, int round, Assessment first, Assessment second) {

        public PairedScores pair() {
            return PairedScores.of(first, second);
        }
    }

    public Analysis {
        revealed = List.copyOf(revealed);
    }

    /** Builds the analysis from what a viewer's scoring board holds; every revealed round is on it. */
    public static Analysis of(ScoringBoard board, Appetites appetites) {
        List<Revealed> revealed = new ArrayList<>();
        int unrevealed = 0;
        for (ScoringBoard.Entry entry : board.entries()) {
            ScoringBoard.RevealedRound latest = entry.latestRevealed();
            if (latest == null) {
                unrevealed++;
            } else {
                revealed.add(new Revealed(entry.initiative(), latest.round(), latest.first(), latest.second()));
            }
        }
        List<PairedScores> pairs = revealed.stream().map(Revealed::pair).toList();
        DivergenceReport report = appetites.complete()
                ? new DivergenceEngine(appetites.first(), appetites.second()).analyse(pairs) : null;
        return new Analysis(revealed, unrevealed, appetites, report, PortfolioAgreement.of(pairs));
    }

    /** The divergence of one initiative, when the appetites are revealed and the initiative is. */
    public Optional<Divergence> divergenceOf(long initiativeId) {
        if (report == null) {
            return Optional.empty();
        }
        return report.ranked().stream().filter(d -> d.initiativeId() == initiativeId).findFirst();
    }

    /** The revealed initiatives by id. */
    public Map<Long, Revealed> byId() {
        Map<Long, Revealed> map = new HashMap<>();
        revealed.forEach(r -> map.put(r.initiative().id(), r));
        return map;
    }
}
