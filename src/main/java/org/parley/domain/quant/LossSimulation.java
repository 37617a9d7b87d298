package org.parley.domain.quant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.distribution.GeometricDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.FastMath;
import org.parley.domain.RuleViolation;

/**
 * A Monte Carlo simulation of one party's portfolio loss (design.md, Quantitative mode): in each simulated year each
 * initiative's loss event happens with its probability, independently, and when it happens costs a draw from its
 * fitted lognormal; the year's loss is the sum.
 *
 * <p>The same seed gives the same figures whatever the number of threads (decision 0032). The years are cut into
 * chunks of {@value #CHUNK_TRIALS}; chunk k draws from its own Well19937c seeded with (seed, k), writes only its own
 * years, and adds each year's losses in the order of the estimates. Threads only choose which chunk to do next.
 *
 * <p>Within a chunk, an initiative whose event comes once in {@value #RARE_EVENT_YEARS} years or more rarely walks from
 * one year its event happens in to the next by a geometric draw (commons-math3's {@link GeometricDistribution},
 * failures before a success), one draw per event; a commoner one draws a 32-bit uniform per year and has its event when
 * the draw is below p · 2³², one draw per year. Both give each year the event with its probability, independently (the
 * second up to 2⁻³³); each is the cheaper where it is used (decision 0032). A year without the event draws no cost. A
 * cost is {@code LogNormalDistribution.sample()}'s exp(μ + σ·z), z the generator's Gaussian, written out with
 * {@code FastMath.exp} (the same bits on every machine, decision 0032) so that no distribution object is made per
 * chunk.
 */
public final class LossSimulation {

    public static final int DEFAULT_TRIALS = 100_000;
    /** 8 MB of years to keep and sort, and ten times the default's work: 130 s of CPU for 10,000 initiatives here. */
    public static final int MAX_TRIALS = 1_000_000;
    /** Years per chunk. Part of what a seed means: changing it changes every figure of every seed. */
    static final int CHUNK_TRIALS = 1_000;
    /** Events at most this common walk by geometric gaps; where one gap costs as much as this many yearly draws. */
    static final int RARE_EVENT_YEARS = 16;
    private static final double TWO_TO_THE_32 = 4_294_967_296.0;
    /** How many initiatives a chunk simulates between two looks at whether to stop. */
    private static final int CHECK_EVERY = 256;

    private final int trials;
    private final long seed;

    /** @param trials simulated years, from 1 to {@value #MAX_TRIALS} */
    public LossSimulation(int trials, long seed) {
        if (trials < 1 || trials > MAX_TRIALS) {
            throw new RuleViolation("trials", "Trials must be from 1 to 1,000,000, not " + trials + ".");
        }
        this.trials = trials;
        this.seed = seed;
    }

    public int trials() {
        return trials;
    }

    public long seed() {
        return seed;
    }

    /** Simulates on every core: the calling thread and helpers from the common fork-join pool. */
    public PortfolioLoss run(List<InitiativeEstimate> estimates, SimulationProgress progress) {
        return run(estimates, Runtime.getRuntime().availableProcessors(), ForkJoinPool.commonPool(), progress);
    }

    /**
     * Simulates on the calling thread and {@code threads − 1} helpers run by {@code helpers}. Returns only when every
     * helper has stopped.
     *
     * @param estimates one party's estimates, at most one per initiative
     * @param progress  told the share of trials done after each chunk; asked between initiatives whether to stop
     * @throws SimulationCancelledException when {@code progress} says cancelled or the calling thread is interrupted
     *                                      (its interrupt is kept); no figures are kept then
     */
    public PortfolioLoss run(List<InitiativeEstimate> estimates, int threads, Executor helpers,
            SimulationProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("A simulation runs on at least one thread, not " + threads);
        }
        Run run = new Run(estimates, progress);
        List<CompletableFuture<Void>> helping = new ArrayList<>();
        Throwable failure = null;
        try {
            for (int i = 1; i < Math.min(threads, run.chunks); i++) {
                helping.add(CompletableFuture.runAsync(run::work, helpers));
            }
            run.work();
        } catch (RuntimeException | Error e) {
            run.stop.set(true);
            failure = e;
        }
        Throwable helperFailure = awaitAll(helping, run.stop);
        failure = failure != null ? failure : helperFailure;
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (run.stop.get()) {
            throw new SimulationCancelledException();
        }
        return new PortfolioLoss(seed, run.losses, run.expectedByInitiative);
    }

    /** Chunk k's generator: Well19937c seeded with the seed's two halves and k. */
    static RandomGenerator generator(long seed, int chunk) {
        return new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), chunk});
    }

    /** One cost: what {@code new LogNormalDistribution(random, mu, sigma).sample()} draws, to the bit. */
    static double cost(RandomGenerator random, double mu, double sigma) {
        return FastMath.exp(mu + sigma * random.nextGaussian());
    }

    /**
     * Waits for every helper, even when interrupted, which sets {@code stop} for them (and keeps the interrupt); returns
     * the first failure, or null.
     */
    static Throwable awaitAll(List<CompletableFuture<Void>> helping, AtomicBoolean stop) {
        CompletableFuture<Void> all = CompletableFuture.allOf(helping.toArray(new CompletableFuture<?>[0]));
        boolean interrupted = false;
        Throwable failure = null;
        while (true) {
            try {
                all.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                stop.set(true);
            } catch (ExecutionException e) {
                failure = e.getCause();
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return failure;
    }

    /** One run's portfolio as arrays, its years, and the chunks still to do. */
    private final class Run {

        final int chunks = (trials + CHUNK_TRIALS - 1) / CHUNK_TRIALS;
        final double[] losses = new double[trials];
        final Map<Long, Double> expectedByInitiative = new LinkedHashMap<>();
        final AtomicBoolean stop = new AtomicBoolean();
        private final double[] mu;
        private final double[] sigma;
        /** The gaps between a rare event's years; null for a common event. */
        private final GeometricDistribution[] gaps;
        /** A common event happens in a year whose 32-bit draw, unsigned, is below this: p · 2³², rounded. */
        private final long[] thresholds;
        private final SimulationProgress progress;
        private final AtomicInteger nextChunk = new AtomicInteger();
        private long done;

        Run(List<InitiativeEstimate> estimates, SimulationProgress progress) {
            this.progress = progress;
            int n = estimates.size();
            mu = new double[n];
            sigma = new double[n];
            gaps = new GeometricDistribution[n];
            thresholds = new long[n];
            for (int i = 0; i < n; i++) {
                InitiativeEstimate initiative = estimates.get(i);
                LossEstimate estimate = initiative.estimate();
                if (expectedByInitiative.put(initiative.initiativeId(), estimate.expectedAnnualLoss()) != null) {
                    throw new IllegalArgumentException("Initiative " + initiative.initiativeId()
                            + " has two loss estimates in one portfolio");
                }
                mu[i] = estimate.mu();
                sigma[i] = estimate.sigma();
                if (estimate.probability() * RARE_EVENT_YEARS <= 1) {
                    gaps[i] = new GeometricDistribution(null, estimate.probability());
                } else {
                    thresholds[i] = Math.round(estimate.probability() * TWO_TO_THE_32);
                }
            }
        }

        /** Does chunks until none is left or the run stops; what fails stops the others too. */
        void work() {
            try {
                int chunk;
                while (!stopped() && (chunk = nextChunk.getAndIncrement()) < chunks) {
                    simulate(chunk);
                }
            } catch (RuntimeException | Error e) {
                stop.set(true);
                throw e;
            }
        }

        private void simulate(int chunk) {
            int from = chunk * CHUNK_TRIALS;
            int length = Math.min(CHUNK_TRIALS, trials - from);
            RandomGenerator random = generator(seed, chunk);
            for (int i = 0; i < mu.length; i++) {
                if (i % CHECK_EVERY == 0 && stopped()) {
                    return;
                }
                if (gaps[i] != null) {
                    walkRareEvent(random, i, from, length);
                } else {
                    drawCommonEvent(random, i, from, length);
                }
            }
            synchronized (this) {
                done += length;
                progress.fractionDone().accept((double) done / trials);
            }
        }

        private void walkRareEvent(RandomGenerator random, int initiative, int from, int length) {
            GeometricDistribution gap = gaps[initiative];
            // A long: a rare event's gap can be Integer.MAX_VALUE years.
            long year = gap.inverseCumulativeProbability(random.nextDouble());
            while (year < length) {
                losses[from + (int) year] += cost(random, mu[initiative], sigma[initiative]);
                year += 1L + gap.inverseCumulativeProbability(random.nextDouble());
            }
        }

        private void drawCommonEvent(RandomGenerator random, int initiative, int from, int length) {
            long threshold = thresholds[initiative];
            for (int year = 0; year < length; year++) {
                if (Integer.toUnsignedLong(random.nextInt()) < threshold) {
                    losses[from + year] += cost(random, mu[initiative], sigma[initiative]);
                }
            }
        }

        private boolean stopped() {
            if (!stop.get() && (progress.cancelled().getAsBoolean() || Thread.currentThread().isInterrupted())) {
                stop.set(true);
            }
            return stop.get();
        }
    }
}
