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
import org.parley.domain.quant.InitiativeEstimate;
import org.parley.domain.quant.LossEstimate;
import org.parley.domain.quant.LossSimulation;
import org.parley.domain.quant.PortfolioLoss;
import org.parley.domain.quant.SimulationProgress;

/**
 * How long one party's loss simulation takes for 10,000 initiatives and the default 100,000 trials, on every core
 * (issue 15). Each event happens with a probability from 1% to 30%, so some 1.5 × 10⁸ costs are drawn per run. A run
 * takes seconds, so each is timed alone. Run: {@code mvn -B -q -Pbench -DskipTests package && java -jar
 * target/benchmarks.jar LossSimulationBenchmark -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class LossSimulationBenchmark {

    private static final int INITIATIVES = 10_000;
    // A fixed seed so every run measures the same portfolio and draws the same years.
    private static final long SEED = 20_270_401L;

    private List<InitiativeEstimate> portfolio;
    private LossSimulation simulation;

    @Setup
    public void generatePortfolio() {
        Random random = new Random(SEED);
        portfolio = new ArrayList<>(INITIATIVES);
        for (long id = 1; id <= INITIATIVES; id++) {
            double probability = 0.01 + 0.29 * random.nextDouble();
            // Low from 10,000 to 1,000,000; high 3 to 100 times low.
            double low = Math.pow(10, 4 + 2 * random.nextDouble());
            double high = low * Math.pow(10, 0.5 + 1.5 * random.nextDouble());
            portfolio.add(new InitiativeEstimate(id, new LossEstimate(probability, low, high)));
        }
        simulation = new LossSimulation(LossSimulation.DEFAULT_TRIALS, SEED);
    }

    @Benchmark
    public PortfolioLoss simulateTenThousandInitiatives() {
        return simulation.run(portfolio, SimulationProgress.NONE);
    }
}
