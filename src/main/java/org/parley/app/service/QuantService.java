package org.parley.app.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.domain.Assessment;
import org.parley.domain.Initiative;
import org.parley.domain.RegisterRow;
import org.parley.domain.RuleViolation;
import org.parley.domain.Seat;
import org.parley.domain.quant.InitiativeEstimate;
import org.parley.domain.quant.LossEstimate;
import org.parley.domain.quant.LossSimulation;
import org.parley.domain.quant.LossVerdicts;
import org.parley.domain.quant.PortfolioLoss;
import org.parley.domain.quant.SimulationProgress;
import org.parley.domain.quant.ToleranceCurve;
import org.parley.domain.quant.Tolerances;

/**
 * The quantitative mode's run (design.md, Quantitative mode): each party's portfolio loss simulated from its revealed
 * loss estimates, and the tolerances applied to both. It reads only what is revealed, so it shows nothing private.
 */
public final class QuantService {

    private final WorkshopService workshops;
    private final RegisterService register;
    private final DivergenceService divergence;

    public QuantService(WorkshopService workshops, RegisterService register, DivergenceService divergence) {
        this.workshops = workshops;
        this.register = register;
        this.divergence = divergence;
    }

    /**
     * One initiative's expected annual loss by each party's simulation.
     *
     * @param agreedEstimate true when both simulations used the residual loss estimate of its signed agreement,
     *                       false when each used its party's own revealed estimate
     */
    public record InitiativeLoss(long initiativeId, String title, double first, double second,
            boolean agreedEstimate) {

        public double of(Seat seat) {
            return seat == Seat.FIRST ? first : second;
        }
    }

    /**
     * A run's figures.
     *
     * @param first       the portfolio from party 1's estimates
     * @param second      the portfolio from party 2's estimates
     * @param tolerances  the tolerances as revealed (none of them before the appetites' reveal)
     * @param verdicts    the four verdicts, or null while either party's tolerance is not revealed
     * @param initiatives the initiatives simulated, by initiative id
     */
    public record Result(String currency, int trials, long seed, boolean agreedOnly, PortfolioLoss first,
            PortfolioLoss second, Tolerances tolerances, LossVerdicts verdicts, List<InitiativeLoss> initiatives) {

        public Result {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(tolerances, "tolerances");
            initiatives = List.copyOf(initiatives);
        }

        public PortfolioLoss of(Seat seat) {
            return seat == Seat.FIRST ? first : second;
        }

        /** The initiatives by the larger of the two parties' expected losses, largest first. */
        public List<InitiativeLoss> byExpectedLoss() {
            return initiatives.stream().sorted(Comparator.comparingDouble((InitiativeLoss i) -> -Math.max(i.first(),
                    i.second())).thenComparingLong(InitiativeLoss::initiativeId)).toList();
        }
    }

    /**
     * Simulates the workshop: every initiative whose latest revealed round carries both parties' estimates, or with
     * {@code agreedOnly} only those whose current signed agreement goes ahead: with the agreement's residual loss
     * estimate for both parties when it gives one, else with each party's own revealed estimate. Each party's list is in initiative id order, part of what a seed means.
     *
     * @throws RuleViolation when no initiative qualifies
     */
    public Result simulate(long workshopId, int trials, long seed, boolean agreedOnly, SimulationProgress progress) {
        return simulate(workshopId, register.rows(workshopId), trials, seed, agreedOnly, progress);
    }

    /** As {@link #simulate(long, int, long, boolean, SimulationProgress)}, on the register's rows read already. */
    Result simulate(long workshopId, List<RegisterRow> register, int trials, long seed, boolean agreedOnly,
            SimulationProgress progress) {
        LossSimulation simulation = new LossSimulation(trials, seed);
        List<InitiativeEstimate> first = new ArrayList<>();
        List<InitiativeEstimate> second = new ArrayList<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        Set<Long> agreedEstimates = new HashSet<>();
        List<RegisterRow> rows = new ArrayList<>(register);
        rows.sort(Comparator.comparingLong(r -> r.initiative().id()));
        for (RegisterRow row : rows) {
            if (!qualifies(row, agreedOnly)) {
                continue;
            }
            Initiative initiative = row.initiative();
            LossEstimate agreed = agreedOnly ? row.agreement().terms().residualLoss() : null;
            if (agreed != null) {
                agreedEstimates.add(initiative.id());
            }
            first.add(new InitiativeEstimate(initiative.id(), agreed != null ? agreed : row.first().loss()));
            second.add(new InitiativeEstimate(initiative.id(), agreed != null ? agreed : row.second().loss()));
            titles.put(initiative.id(), initiative.title());
        }
        if (titles.isEmpty()) {
            throw new RuleViolation("quant", agreedOnly
                    ? "No initiative with a signed agreement that goes ahead has an agreed residual loss estimate or "
                            + "both parties' revealed loss estimates."
                    : "No revealed initiative has both parties' loss estimates yet: import scores with the columns "
                            + "probability, loss_low and loss_high, and reveal them.");
        }
        // Two halves of the progress: one party's simulation, then the other's.
        PortfolioLoss firstLoss = simulation.run(first, half(progress, 0));
        PortfolioLoss secondLoss = simulation.run(second, half(progress, 0.5));
        Tolerances tolerances = divergence.tolerances(workshopId, null);
        LossVerdicts verdicts = tolerances.first() == null || tolerances.second() == null ? null
                : LossVerdicts.of(tolerances.first(), tolerances.second(), firstLoss, secondLoss);
        List<InitiativeLoss> initiatives = new ArrayList<>(titles.size());
        titles.forEach((id, title) -> initiatives.add(new InitiativeLoss(id, title,
                firstLoss.expectedAnnualLossByInitiative().get(id), secondLoss.expectedAnnualLossByInitiative().get(id),
                agreedEstimates.contains(id))));
        return new Result(workshops.currency(workshopId), trials, seed, agreedOnly, firstLoss, secondLoss, tolerances,
                verdicts, initiatives);
    }

    /** Every loss the tolerances name, of either party and the agreed one, without repeats, smallest first. */
    public static List<Double> tolerancePoints(Tolerances tolerances) {
        return Stream.of(tolerances.first(), tolerances.second(), tolerances.agreed())
                .filter(Objects::nonNull).flatMap(c -> c.points().stream()).map(ToleranceCurve.Point::loss).distinct()
                .sorted().toList();
    }

    /** Whether a {@link #simulate} of the whole register has something to simulate: a revealed pair of estimates. */
    static boolean estimated(List<RegisterRow> register) {
        return register.stream().anyMatch(row -> qualifies(row, false));
    }

    private static boolean qualifies(RegisterRow row, boolean agreedOnly) {
        Assessment first = row.first();
        Assessment second = row.second();
        boolean parties = first != null && second != null && first.loss() != null && second.loss() != null;
        if (!agreedOnly) {
            return parties;
        }
        return row.agreed() && row.agreement().terms().decision().goesAhead()
                && (parties || row.agreement().terms().residualLoss() != null);
    }

    private static SimulationProgress half(SimulationProgress progress, double from) {
        return new SimulationProgress(fraction -> progress.fractionDone().accept(from + fraction / 2),
                progress.cancelled());
    }
}
