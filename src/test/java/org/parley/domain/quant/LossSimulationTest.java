package org.parley.domain.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.domain.RuleViolation;

/**
 * The simulation against the closed forms, within its Monte Carlo error, and its promises: the same seed gives the same
 * figures on any number of threads, and a cancel stops every thread and keeps nothing.
 *
 * <p>Each closed-form check allows four standard errors of the simulated figure, worked out from the closed-form
 * variance at 100,000 trials (stated at each check). A simulation that drew the wrong σ, skipped or doubled events, or
 * set a year's loss instead of adding to it misses by dozens of standard errors.
 */
class LossSimulationTest {

    private static final int TRIALS = 100_000;
    private static final long SEED = 20_270_401L;
    private static final NormalDistribution PHI = new NormalDistribution();

    // A common event (a yearly draw decides it) and a rare one (geometric gaps between its years).
    private static final LossEstimate COMMON = new LossEstimate(0.3, 1_000_000, 10_000_000);
    private static final LossEstimate RARE = new LossEstimate(0.05, 5_000_000, 50_000_000);

    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopThePool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void oneInitiativesSimulatedExpectedLossIsItsClosedForm() {
        for (LossEstimate estimate : List.of(COMMON, RARE)) {
            PortfolioLoss loss = simulate(List.of(new InitiativeEstimate(1, estimate)), SEED);

            // p 0.3, 1M–10M: a year's loss has sd 5.1M, so the mean of 100,000 years has 16,000 (0.7% of 2.4M);
            // p 0.05, 5M–50M: sd 7.6M, mean's sd 24,000 (2.4% of 1.0M).
            assertThat(loss.expectedAnnualLoss()).as("p %s", estimate.probability())
                    .isCloseTo(estimate.expectedAnnualLoss(), within(4 * standardError(estimate)));
            assertThat(loss.expectedAnnualLossByInitiative()).containsEntry(1L, estimate.expectedAnnualLoss());
        }
    }

    @Test
    void oneInitiativesSimulatedExceedanceIsItsClosedForm() {
        for (LossEstimate estimate : List.of(COMMON, RARE)) {
            PortfolioLoss loss = simulate(List.of(new InitiativeEstimate(1, estimate)), SEED);

            for (double at : new double[] {0, estimate.low(), Math.exp(estimate.mu()), estimate.high(),
                    3 * estimate.high()}) {
                double p = estimate.probability() * PHI.cumulativeProbability((estimate.mu() - Math.log(Math.max(at,
                        Double.MIN_VALUE))) / estimate.sigma());
                // A share of 100,000 years has sd √(p(1 − p)/100,000): at most 0.0016, at p 0.3.
                assertThat(loss.exceedance(at)).as("p %s at %s", estimate.probability(), at)
                        .isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / TRIALS)));
            }
        }
    }

    @Test
    void eachYearHasTheEventWithItsProbabilityOnEitherSideOfTheRareCutOff() {
        double rarest = 1.0 / LossSimulation.RARE_EVENT_YEARS;
        for (double p : new double[] {rarest, Math.nextUp(rarest), 0.5, 0.999}) {
            PortfolioLoss loss = simulate(List.of(new InitiativeEstimate(1, new LossEstimate(p, 1, 2))), SEED);

            assertThat(loss.exceedance(0)).as("p %s", p).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / TRIALS)));
        }
    }

    @Test
    void aCertainEventHappensEveryYearAndAVanishinglyRareOneNever() {
        PortfolioLoss certain = simulate(List.of(new InitiativeEstimate(1, new LossEstimate(1, 10, 20))), SEED);
        PortfolioLoss never = simulate(List.of(new InitiativeEstimate(1, new LossEstimate(1e-15, 10, 20))), SEED);

        assertThat(certain.exceedance(0)).isEqualTo(1.0);
        assertThat(certain.sortedTrialLosses()[0]).isPositive();
        // A draw each year, and no chunk repeats another's draws.
        assertThat(Arrays.stream(certain.sortedTrialLosses()).distinct().count()).isEqualTo(TRIALS);
        assertThat(never.exceedance(0)).isEqualTo(0.0);
        assertThat(never.expectedAnnualLoss()).isZero();
    }

    @Test
    void twoIndependentInitiativesExpectedLossesAdd() {
        PortfolioLoss both = simulate(List.of(new InitiativeEstimate(1, COMMON), new InitiativeEstimate(2, RARE)), SEED);

        double sum = COMMON.expectedAnnualLoss() + RARE.expectedAnnualLoss();
        double standardError = Math.hypot(standardError(COMMON), standardError(RARE));
        // About 29,000 of 3.4M.
        assertThat(both.expectedAnnualLoss()).isCloseTo(sum, within(4 * standardError));
        assertThat(both.expectedAnnualLossByInitiative()).containsExactly(
                Map.entry(1L, COMMON.expectedAnnualLoss()), Map.entry(2L, RARE.expectedAnnualLoss()));
        // Independent: a year without any loss has neither event, 0.7 · 0.95 = 0.665.
        double anyLoss = 1 - 0.7 * 0.95;
        assertThat(both.exceedance(0)).isCloseTo(anyLoss, within(4 * Math.sqrt(anyLoss * (1 - anyLoss) / TRIALS)));
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() {
        List<InitiativeEstimate> portfolio = portfolio(50);

        PortfolioLoss first = simulate(portfolio, SEED);
        PortfolioLoss again = simulate(portfolio, SEED);
        PortfolioLoss other = simulate(portfolio, SEED + 1);

        assertThat(again.sortedTrialLosses()).isEqualTo(first.sortedTrialLosses());
        assertThat(again.expectedAnnualLoss()).isEqualTo(first.expectedAnnualLoss());
        assertThat(again.seed()).isEqualTo(SEED);
        assertThat(new LossSimulation(TRIALS, SEED + 1).seed()).isEqualTo(SEED + 1);
        assertThat(first).hasToString("PortfolioLoss[trials=100000, seed=20270401, expected=" + first.expectedAnnualLoss()
                + ", p50=" + first.p50() + ", p90=" + first.p90() + ", p99=" + first.p99() + "]");
        assertThat(other.sortedTrialLosses()).isNotEqualTo(first.sortedTrialLosses());
        assertThat(other.expectedAnnualLoss()).isNotEqualTo(first.expectedAnnualLoss());
    }

    @Test
    void theNumberOfThreadsChangesNoFigure() {
        List<InitiativeEstimate> portfolio = portfolio(50);
        LossSimulation simulation = new LossSimulation(TRIALS, SEED);

        PortfolioLoss alone = simulation.run(portfolio, 1, pool, SimulationProgress.NONE);
        for (PortfolioLoss loss : List.of(simulation.run(portfolio, 2, pool, SimulationProgress.NONE),
                simulation.run(portfolio, 4, pool, SimulationProgress.NONE),
                simulation.run(portfolio, 4, Runnable::run, SimulationProgress.NONE),
                simulation.run(portfolio, SimulationProgress.NONE))) {
            assertThat(loss.sortedTrialLosses()).isEqualTo(alone.sortedTrialLosses());
            assertThat(loss.expectedAnnualLoss()).isEqualTo(alone.expectedAnnualLoss());
        }
    }

    @Test
    void aCostIsWhatCommonsMathsLognormalDraws() {
        RandomGenerator ours = LossSimulation.generator(SEED, 7);
        LogNormalDistribution theirs = new LogNormalDistribution(LossSimulation.generator(SEED, 7), COMMON.mu(),
                COMMON.sigma());

        for (int i = 0; i < 1_000; i++) {
            assertThat(LossSimulation.cost(ours, COMMON.mu(), COMMON.sigma())).isEqualTo(theirs.sample());
        }
    }

    @Test
    void eachChunkDrawsFromItsOwnGenerator() {
        assertThat(LossSimulation.generator(SEED, 0).nextLong()).isEqualTo(LossSimulation.generator(SEED, 0).nextLong())
                .isNotEqualTo(LossSimulation.generator(SEED, 1).nextLong())
                .isNotEqualTo(LossSimulation.generator(SEED + (1L << 32), 0).nextLong());
    }

    @Test
    void progressRisesChunkByChunkToEveryTrial() {
        List<Double> reported = new ArrayList<>();
        SimulationProgress progress = new SimulationProgress(reported::add, () -> false);

        PortfolioLoss loss = new LossSimulation(2_500, SEED).run(portfolio(3), 3, pool, progress);

        // Chunks of 1,000, 1,000 and 500 trials, done in any order.
        assertThat(loss.trials()).isEqualTo(2_500);
        assertThat(reported).hasSize(3).isSorted().last().isEqualTo(1.0);
        assertThat(reported.get(0)).isIn(0.2, 0.4);
        assertThat(reported.get(1)).isIn(0.6, 0.8);

        reported.clear();
        new LossSimulation(3_000, SEED).run(portfolio(3), 3, pool, progress);

        assertThat(reported).containsExactly(1.0 / 3, 2.0 / 3, 1.0);
    }

    /**
     * A seed's figures, pinned. They change only when what a seed means changes (decision 0032: the chunk size, the
     * generator, the draws, the order of the estimates, the rare cut-off), and then the decision must say so.
     */
    @Test
    void aSeedsFiguresStayTheSame() {
        List<InitiativeEstimate> portfolio = List.of(
                new InitiativeEstimate(1, new LossEstimate(0.01, 1_000_000, 10_000_000)),
                new InitiativeEstimate(2, new LossEstimate(0.10, 10_000_000, 1_000_000_000)),
                new InitiativeEstimate(3, new LossEstimate(0.05, 5_000_000, 50_000_000)),
                new InitiativeEstimate(4, new LossEstimate(1.0 / LossSimulation.RARE_EVENT_YEARS, 100_000, 1_000_000)),
                new InitiativeEstimate(5, COMMON));

        PortfolioLoss loss = new LossSimulation(TRIALS, 1).run(portfolio, 2, pool, SimulationProgress.NONE);

        // The closed forms add to 28,900,000; 29,835,269 is 1.3 of its standard errors (710,000) away. More than half
        // the years lose nothing (1 − 0.99 · 0.9 · 0.95 · 15/16 · 0.7 = 0.445 lose something), so the median is 0.
        assertThat(new double[] {loss.expectedAnnualLoss(), loss.p50(), loss.p90(), loss.p99(),
                loss.exceedance(10_000_000)})
                .containsExactly(2.983526929718855E7, 0.0, 2.551562043013491E7, 5.914690332756635E8, 0.14727);
    }

    @Test
    void aCancelStopsEveryThreadAndKeepsNoFigures() throws InterruptedException {
        SlowProgress cancelledAfterTheFirstChunk = new SlowProgress();
        cancelledAfterTheFirstChunk.cancelAfter = 1;

        assertFailsOnceEveryThreadStopped(cancelledAfterTheFirstChunk, helpers -> new LossSimulation(TRIALS, SEED)
                .run(portfolio(200), 3, helpers, cancelledAfterTheFirstChunk.progress()))
                .isInstanceOf(SimulationCancelledException.class)
                .hasMessage("The loss simulation was cancelled. No figures were kept.");
        // The first chunk, and at most the one each other thread had begun before it ended.
        assertThat(cancelledAfterTheFirstChunk.updates.get()).isBetween(1, 3);
    }

    @Test
    void aChunkOfManyInitiativesLooksAtCancelWithinItself() {
        AtomicInteger asked = new AtomicInteger();
        List<Double> reported = new ArrayList<>();
        // Asked before the chunk, at its first initiative, and at its 257th, where the answer turns to yes.
        SimulationProgress cancelledOnTheThirdLook = new SimulationProgress(reported::add,
                () -> asked.incrementAndGet() >= 3);

        assertThatThrownBy(() -> new LossSimulation(TRIALS, SEED).run(portfolio(1_000), 1, pool,
                cancelledOnTheThirdLook)).isInstanceOf(SimulationCancelledException.class);

        assertThat(asked).hasValue(3);
        assertThat(reported).isEmpty();
    }

    @Test
    void anInterruptedCallerCancelsAndKeepsItsInterrupt() throws InterruptedException {
        SlowProgress interruptingTheCaller = new SlowProgress();
        interruptingTheCaller.then = Thread.currentThread()::interrupt;
        try {
            assertFailsOnceEveryThreadStopped(interruptingTheCaller, helpers -> new LossSimulation(TRIALS, SEED)
                    .run(portfolio(200), 3, helpers, interruptingTheCaller.progress()))
                    .isInstanceOf(SimulationCancelledException.class);

            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(interruptingTheCaller.updates.get()).isLessThan(TRIALS / LossSimulation.CHUNK_TRIALS);
        } finally {
            Thread.interrupted();
        }
    }

    /** Once in a helper, once in the calling thread: each failure is the one thrown, whoever else was fine. */
    @Test
    void aFailingThreadStopsTheOthersAndItsFailureIsThrown() throws InterruptedException {
        Thread caller = Thread.currentThread();
        for (BooleanSupplier failingThread : List.<BooleanSupplier>of(() -> Thread.currentThread() != caller,
                () -> Thread.currentThread() == caller)) {
            SlowProgress failingOnce = new SlowProgress();
            failingOnce.then = failOnce(failingThread);

            assertFailsOnceEveryThreadStopped(failingOnce, helpers -> new LossSimulation(TRIALS, SEED)
                    .run(portfolio(200), 3, helpers, failingOnce.progress()))
                    .isInstanceOf(IllegalStateException.class).hasMessage("progress bar gone");
            // The chunks done before the failing thread's first, and the one each other thread had begun: not 100.
            assertThat(failingOnce.updates.get()).isLessThan(10);
        }
    }

    @Test
    void aHelperThatCannotStartStopsTheOnesThatDid() throws InterruptedException {
        SlowProgress progress = new SlowProgress();
        AtomicInteger started = new AtomicInteger();

        assertFailsOnceEveryThreadStopped(progress, helpers -> new LossSimulation(TRIALS, SEED)
                .run(portfolio(200), 3, work -> {
                    if (started.incrementAndGet() > 1) {
                        throw new RejectedExecutionException("pool full");
                    }
                    helpers.execute(work);
                }, progress.progress()))
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(progress.updates.get()).isLessThan(10);
    }

    @Test
    void aCallerInterruptedWhileWaitingStopsTheHelpersWaitsForThemAndKeepsItsInterrupt() {
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Void> helper = CompletableFuture.runAsync(() -> {
            while (!stop.get()) {
                Thread.onSpinWait();
            }
        }, pool);
        AtomicBoolean keptItsInterrupt = new AtomicBoolean();

        Throwable failure = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Thread.currentThread().interrupt();
            Throwable found = LossSimulation.awaitAll(List.of(helper), stop);
            keptItsInterrupt.set(Thread.interrupted());
            return found;
        });

        assertThat(failure).isNull();
        assertThat(stop).isTrue();
        assertThat(helper).isDone();
        assertThat(keptItsInterrupt).isTrue();
    }

    @Test
    void anEmptyPortfolioLosesNothing() {
        PortfolioLoss loss = simulate(List.of(), SEED);

        assertThat(loss.expectedAnnualLoss()).isZero();
        assertThat(loss.p99()).isZero();
        assertThat(loss.exceedance(0)).isZero();
        assertThat(loss.expectedAnnualLossByInitiative()).isEmpty();
    }

    @Test
    void trialsAreFromOneToAMillionAndThreadsAtLeastOne() {
        assertThat(new LossSimulation(1, SEED).run(portfolio(2), SimulationProgress.NONE).trials()).isEqualTo(1);
        assertThat(new LossSimulation(LossSimulation.MAX_TRIALS, SEED).trials()).isEqualTo(1_000_000);
        assertThat(new LossSimulation(LossSimulation.DEFAULT_TRIALS, SEED).trials()).isEqualTo(100_000);
        assertThatThrownBy(() -> new LossSimulation(0, SEED))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("trials"))
                .hasMessage("Trials must be from 1 to 1,000,000, not 0.");
        assertThatThrownBy(() -> new LossSimulation(1_000_001, SEED)).isInstanceOf(RuleViolation.class)
                .hasMessage("Trials must be from 1 to 1,000,000, not 1000001.");
        assertThatThrownBy(() -> new LossSimulation(10, SEED).run(portfolio(2), 0, pool, SimulationProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInitiativeHasOneEstimateInAPortfolio() {
        List<InitiativeEstimate> twice = List.of(new InitiativeEstimate(4, COMMON), new InitiativeEstimate(4, RARE));

        assertThatThrownBy(() -> simulate(twice, SEED)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Initiative 4 has two loss estimates in one portfolio");
    }

    private PortfolioLoss simulate(List<InitiativeEstimate> portfolio, long seed) {
        return new LossSimulation(TRIALS, seed).run(portfolio, 2, pool, SimulationProgress.NONE);
    }

    /** The standard deviation of the mean of 100,000 simulated years of this event alone, from its closed form. */
    private static double standardError(LossEstimate estimate) {
        double secondMoment = estimate.probability() * Math.exp(2 * estimate.mu() + 2 * estimate.sigma()
                * estimate.sigma());
        double mean = estimate.expectedAnnualLoss();
        return Math.sqrt((secondMoment - mean * mean) / TRIALS);
    }

    /** Initiatives 1..n with probabilities on both sides of the rare cut-off and intervals of several widths. */
    private static List<InitiativeEstimate> portfolio(int n) {
        List<InitiativeEstimate> portfolio = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            double low = 10_000.0 * (1 + i % 7);
            portfolio.add(new InitiativeEstimate(i, new LossEstimate(0.01 + (i % 10) * 0.03, low, low * (3 + i % 5))));
        }
        return portfolio;
    }

    /**
     * Runs a simulation that must throw, with helpers from a pool of its own, then lets that pool finish: an update
     * that ended after the run returned would come from a thread the run left in a chunk.
     */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertFailsOnceEveryThreadStopped(
            SlowProgress progress, Function<Executor, PortfolioLoss> run) throws InterruptedException {
        ExecutorService helpers = Executors.newFixedThreadPool(2);
        try {
            AbstractThrowableAssert<?, ? extends Throwable> thrown = assertThatThrownBy(() -> run.apply(helpers));
            long returned = System.nanoTime();
            boolean interrupted = Thread.interrupted();
            helpers.shutdown();
            assertThat(helpers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            assertThat(progress.lastEnded.get()).as("the last update's end").isLessThan(returned);
            return thrown;
        } finally {
            helpers.shutdownNow();
        }
    }

    /** Throws "progress bar gone" the first time it runs where {@code here} holds. */
    private static Runnable failOnce(BooleanSupplier here) {
        AtomicBoolean failed = new AtomicBoolean();
        return () -> {
            if (here.getAsBoolean() && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("progress bar gone");
            }
        };
    }

    /**
     * Takes 20 ms over each update, so that a run that returned while a thread was still in a chunk would show: its
     * update would end after the run returned.
     */
    private static final class SlowProgress {

        final AtomicInteger updates = new AtomicInteger();
        final AtomicLong lastEnded = new AtomicLong();
        int cancelAfter = Integer.MAX_VALUE;
        Runnable then = () -> { };

        SimulationProgress progress() {
            return new SimulationProgress(fraction -> update(), () -> updates.get() >= cancelAfter);
        }

        private void update() {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            updates.incrementAndGet();
            lastEnded.set(System.nanoTime());
            then.run();
        }
    }
}
