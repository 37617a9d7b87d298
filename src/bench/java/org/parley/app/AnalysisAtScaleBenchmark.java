package org.parley.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.parley.domain.Analysis;
import org.parley.domain.Appetites;
import org.parley.domain.Assessment;
import org.parley.domain.Frontier;
import org.parley.domain.Initiative;
import org.parley.domain.Party;
import org.parley.domain.RiskScore;
import org.parley.domain.RoundState;
import org.parley.domain.ScoringBoard;
import org.parley.domain.Seat;
import org.parley.domain.Workshop;
import org.parley.ui.divergence.DivergenceSummary;

/**
 * What {@code report} and the Divergence screen do with a workshop of 10,000 revealed initiatives once it is
 * read from the store: the analysis from the scoring board, every initiative's divergence, the report as JSON
 * and as text, and the screen's summary. In package {@code app} because the report writer is package-private.
 * Run: {@code mvn -B -o -q -Pbench -DskipTests package && java -jar target/benchmarks.jar AnalysisAtScaleBenchmark
 * -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AnalysisAtScaleBenchmark {

    private static final int INITIATIVES = 10_000;
    // A fixed seed so every run measures the same workshop.
    private static final long SEED = 20_270_401L;
    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    private ScoringBoard board;
    private Appetites appetites;
    private Analysis analysis;
    private Workshop workshop;
    private List<Party> parties;

    @Setup
    public void generateWorkshop() {
        Random random = new Random(SEED);
        List<Initiative> initiatives = new ArrayList<>(INITIATIVES);
        Map<Long, RoundState> rounds = new HashMap<>();
        List<Assessment> assessments = new ArrayList<>(2 * INITIATIVES);
        for (long id = 1; id <= INITIATIVES; id++) {
            initiatives.add(new Initiative(id, 1, "Initiative " + id, "", "Platform", "Nordics", BigDecimal.TEN,
                    List.of(), AT));
            rounds.put(id, new RoundState(id, 1, true));
            for (Seat seat : Seat.values()) {
                assessments.add(new Assessment(2 * id + seat.ordinal(), id, seat, 1,
                        RiskScore.of(1 + random.nextInt(5), 1 + random.nextInt(5)), Map.of(1L, 3),
                        (4 + random.nextInt(17)) / 4.0, "", AT));
            }
        }
        board = ScoringBoard.build(Seat.FIRST, initiatives, rounds, assessments);
        appetites = Appetites.visibleTo(Seat.FIRST, Frontier.of(2, 4, 6, 9, 12).withCap(16),
                Frontier.of(6, 9, 12, 16, 20), null, true);
        analysis = Analysis.of(board, appetites);
        workshop = new Workshop(1, "Bench", AT);
        parties = List.of(new Party(1, 1, Seat.FIRST, "CISO", "CISO", Seat.FIRST.defaultColour(), false),
                new Party(2, 1, Seat.SECOND, "CTO", "CTO", Seat.SECOND.defaultColour(), false));
    }

    /** The analysis alone, as the store's service builds it for every screen and command. */
    @Benchmark
    public Analysis analysis() {
        return Analysis.of(board, appetites);
    }

    /** A fresh analysis and every initiative's divergence, as the map and the negotiation list ask for them. */
    @Benchmark
    public void analysisAndEveryDivergence(Blackhole sink) {
        Analysis fresh = Analysis.of(board, appetites);
        for (Analysis.Revealed r : fresh.revealed()) {
            sink.consume(fresh.divergenceOf(r.initiative().id()));
        }
    }

    /** {@code report --json} once the analysis is read: a fresh analysis written as JSON. */
    @Benchmark
    public int reportJson() {
        StringWriter out = new StringWriter();
        new DivergenceReportWriter(workshop, parties, Analysis.of(board, appetites)).writeJson(new PrintWriter(out));
        return out.getBuffer().length();
    }

    /** {@code report} as text, likewise. */
    @Benchmark
    public int reportText() {
        StringWriter out = new StringWriter();
        new DivergenceReportWriter(workshop, parties, Analysis.of(board, appetites)).writeText(new PrintWriter(out));
        return out.getBuffer().length();
    }

    /** What the Divergence screen works out from a fresh analysis before it draws: map points, list, counts. */
    @Benchmark
    public DivergenceSummary divergenceScreen() {
        return DivergenceSummary.of(Analysis.of(board, appetites), "CISO", "CTO");
    }

    /** The screen's summary of an analysis already built, to separate its share from the analysis'. */
    @Benchmark
    public DivergenceSummary divergenceScreenOnly() {
        return DivergenceSummary.of(analysis, "CISO", "CTO");
    }
}
