package org.parley.ui.divergence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.parley.domain.quant.InitiativeEstimate;
import org.parley.domain.quant.LossEstimate;
import org.parley.domain.quant.LossSimulation;
import org.parley.domain.quant.PortfolioLoss;
import org.parley.domain.quant.SimulationProgress;
import org.parley.domain.quant.ToleranceCurve;

/**
 * Simulated portfolios for the losses tests, seeded and on one thread. The small ones are one event of about 2 M
 * (90% between 1.8 M and 2.2 M) with a given chance a year, so that the curve is a plain step: about that chance up
 * to 1.8 M, none beyond 2.5 M.
 */
final class LossSamples {

    private static final Executor SAME_THREAD = Runnable::run;

    private LossSamples() {
    }

    /** One event of about 2 M a year with this chance, over 20,000 simulated years. */
    static PortfolioLoss twoMillion(double chance) {
        return simulate(List.of(new InitiativeEstimate(1, new LossEstimate(chance, 1_800_000, 2_200_000))), 20_000, 7);
    }

    /** A CISO's dozen initiatives, broad and pessimistic, over 50,000 years. */
    static PortfolioLoss cisoWorkshop() {
        return workshop(0.02, 0.015, 50_000, 20);
    }

    /** The CTO's view of the same dozen: rarer, cheaper and narrower. */
    static PortfolioLoss ctoWorkshop() {
        return workshop(0.01, 0.008, 20_000, 10);
    }

    /** Twelve initiatives with chances rising by {@code step}, costs from {@code low} up to a few times wider. */
    private static PortfolioLoss workshop(double chance, double step, double low, double width) {
        List<InitiativeEstimate> estimates = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double from = low * (1 + i % 4);
            estimates.add(new InitiativeEstimate(i + 1,
                    new LossEstimate(chance + step * i, from, from * (width + 5 * (i % 3)))));
        }
        return simulate(estimates, 50_000, 1);
    }

    static final ToleranceCurve CISO_TOLERANCE = ToleranceCurve.parse("100000:0.6,1000000:0.1,10000000:0.01");
    static final ToleranceCurve CTO_TOLERANCE = ToleranceCurve.parse("100000:0.9,1000000:0.4,10000000:0.05");
    static final ToleranceCurve AGREED_TOLERANCE = ToleranceCurve.parse("100000:0.8,1000000:0.25,10000000:0.02");

    private static PortfolioLoss simulate(List<InitiativeEstimate> estimates, int trials, long seed) {
        return new LossSimulation(trials, seed).run(estimates, 1, SAME_THREAD, SimulationProgress.NONE);
    }
}
