package org.parley.bench;

import java.util.ArrayList;
import java.util.List;
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
import org.parley.domain.DivergenceEngine;
import org.parley.domain.DivergenceReport;
import org.parley.domain.Frontier;
import org.parley.domain.PairedScores;
import org.parley.domain.Scores;

/**
 * How long the divergence engine takes to analyse and rank a portfolio of 10,000 initiatives; the
 * budget is 50 ms. Run: {@code mvn -B -q -Pbench -DskipTests package && java -jar target/benchmarks.jar
 * DivergenceEngineBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DivergenceEngineBenchmark {

    private static final int INITIATIVES = 10_000;
    // A fixed seed so every run measures the same portfolio.
    private static final long SEED = 20_270_401L;

    private DivergenceEngine engine;
    private List<PairedScores> portfolio;

    @Setup
    public void generatePortfolio() {
        engine = new DivergenceEngine(Frontier.of(2, 4, 6, 9, 12).withCap(16), Frontier.of(6, 9, 12, 16, 20));
        Random random = new Random(SEED);
        portfolio = new ArrayList<>(INITIATIVES);
        for (long id = 1; id <= INITIATIVES; id++) {
            portfolio.add(new PairedScores(id, scores(random), scores(random)));
        }
    }

    @Benchmark
    public DivergenceReport analyseTenThousandInitiatives() {
        return engine.analyse(portfolio);
    }

    /** Values as the mean of four 1–5 criterion scores produces them: quarters from 1.0 to 5.0. */
    private static Scores scores(Random random) {
        double value = (4 + random.nextInt(17)) / 4.0;
        return Scores.of(value, 1 + random.nextInt(5), 1 + random.nextInt(5));
    }
}
