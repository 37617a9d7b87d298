package org.parley.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the parties stand on a workshop: their latest revealed scores of each revealed initiative, the
 * frontiers the viewer may see, the divergence of each initiative (once both appetites are revealed) and
 * the portfolio agreement. Unrevealed initiatives are left out and only counted.
 *
 * <p>A class rather than a record only so that it can keep its two lookups by id, built once on first use:
 * the screens and the report ask for every initiative's divergence, and a scan per initiative made that
 * quadratic (decision 0020).
 */
public final class Analysis {

    /** One revealed initiative: both parties' assessments of its latest revealed round. */
    public record Revealed(Initiative initiative, int round, Assessment first, Assessment second) {

        public PairedScores pair() {
            return PairedScores.of(first, second);
        }
    }

    private final List<Revealed> revealed;
    private final int unrevealed;
    private final Appetites appetites;
    private final DivergenceReport report;
    private final PortfolioAgreement agreement;
    // Built on first use; an Analysis is handed between threads only through a task's result, which publishes it.
    private volatile Map<Long, Revealed> revealedById;
    private volatile Map<Long, Divergence> divergenceById;

    public Analysis(List<Revealed> revealed, int unrevealed, Appetites appetites, DivergenceReport report,
                    PortfolioAgreement agreement) {
        this.revealed = List.copyOf(revealed);
        this.unrevealed = unrevealed;
        this.appetites = appetites;
        this.report = report;
        this.agreement = agreement;
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

    public List<Revealed> revealed() {
        return revealed;
    }

    public int unrevealed() {
        return unrevealed;
    }

    public Appetites appetites() {
        return appetites;
    }

    /** The ranked divergences; null until both appetites are revealed. */
    public DivergenceReport report() {
        return report;
    }

    public PortfolioAgreement agreement() {
        return agreement;
    }

    /** The divergence of one initiative, when the appetites are revealed and the initiative is. */
    public Optional<Divergence> divergenceOf(long initiativeId) {
        if (report == null) {
            return Optional.empty();
        }
        Map<Long, Divergence> index = divergenceById;
        if (index == null) {
            Map<Long, Divergence> built = new HashMap<>(capacity(report.size()));
            // The first in rank wins, as the scan this replaces found it.
            report.ranked().forEach(d -> built.putIfAbsent(d.initiativeId(), d));
            index = Collections.unmodifiableMap(built);
            divergenceById = index;
        }
        return Optional.ofNullable(index.get(initiativeId));
    }

    /** The revealed initiatives by id; the same unmodifiable map on every call. */
    public Map<Long, Revealed> byId() {
        Map<Long, Revealed> index = revealedById;
        if (index == null) {
            Map<Long, Revealed> built = new HashMap<>(capacity(revealed.size()));
            revealed.forEach(r -> built.put(r.initiative().id(), r));
            index = Collections.unmodifiableMap(built);
            revealedById = index;
        }
        return index;
    }

    private static int capacity(int size) {
        return (int) (size / 0.75f) + 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Analysis that && unrevealed == that.unrevealed && revealed.equals(that.revealed)
                && Objects.equals(appetites, that.appetites) && Objects.equals(report, that.report)
                && Objects.equals(agreement, that.agreement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(revealed, unrevealed, appetites, report, agreement);
    }

    @Override
    public String toString() {
        return "Analysis[revealed=" + revealed + ", unrevealed=" + unrevealed + ", appetites=" + appetites
                + ", report=" + report + ", agreement=" + agreement + "]";
    }
}
