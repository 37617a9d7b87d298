package org.parley.domain.quant;

import java.util.Objects;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Seat;

/**
 * The four cross-verdicts of the quantitative mode, each party's loss tolerance applied to the loss exceedance curve
 * of each party's estimates, and the class they make, read by the appetites' rule ({@link DivergenceClass#of}) with
 * within for accept and outside for reject.
 *
 * @param firstOnFirst   party 1's tolerance on the curve of party 1's estimates
 * @param firstOnSecond  party 1's tolerance on the curve of party 2's estimates
 * @param secondOnFirst  party 2's tolerance on the curve of party 1's estimates
 * @param secondOnSecond party 2's tolerance on the curve of party 2's estimates
 */
public record LossVerdicts(
        ToleranceVerdict firstOnFirst,
        ToleranceVerdict firstOnSecond,
        ToleranceVerdict secondOnFirst,
        ToleranceVerdict secondOnSecond) {

    public LossVerdicts {
        Objects.requireNonNull(firstOnFirst, "firstOnFirst");
        Objects.requireNonNull(firstOnSecond, "firstOnSecond");
        Objects.requireNonNull(secondOnFirst, "secondOnFirst");
        Objects.requireNonNull(secondOnSecond, "secondOnSecond");
    }

    /**
     * @param firstTolerance  party 1's tolerance
     * @param secondTolerance party 2's tolerance
     * @param firstLosses     the simulated portfolio from party 1's estimates
     * @param secondLosses    the simulated portfolio from party 2's estimates
     */
    public static LossVerdicts of(ToleranceCurve firstTolerance, ToleranceCurve secondTolerance,
            PortfolioLoss firstLosses, PortfolioLoss secondLosses) {
        return new LossVerdicts(firstTolerance.verdict(firstLosses), firstTolerance.verdict(secondLosses),
                secondTolerance.verdict(firstLosses), secondTolerance.verdict(secondLosses));
    }

    /** The verdict of one seat's tolerance on the curve of one seat's estimates. */
    public ToleranceVerdict verdict(Seat tolerance, Seat estimates) {
        if (tolerance == Seat.FIRST) {
            return estimates == Seat.FIRST ? firstOnFirst : firstOnSecond;
        }
        return estimates == Seat.FIRST ? secondOnFirst : secondOnSecond;
    }

    /** Aligned accept here means aligned within, aligned reject aligned outside; see {@link #jsonName()}. */
    public DivergenceClass divergenceClass() {
        return DivergenceClass.of(firstOnFirst.asAppetiteVerdict(), firstOnSecond.asAppetiteVerdict(),
                secondOnFirst.asAppetiteVerdict(), secondOnSecond.asAppetiteVerdict());
    }

    /** The class as {@code quant --json} names it: aligned_within, aligned_outside, perception_gap, appetite_gap, both. */
    public String jsonName() {
        return switch (divergenceClass()) {
            case ALIGNED_ACCEPT -> "aligned_within";
            case ALIGNED_REJECT -> "aligned_outside";
            default -> divergenceClass().jsonName();
        };
    }

    /** The class in words for a screen: "Aligned: within", "Aligned: outside", or the appetites' label for a gap. */
    public String label() {
        return switch (divergenceClass()) {
            case ALIGNED_ACCEPT -> "Aligned: within";
            case ALIGNED_REJECT -> "Aligned: outside";
            default -> divergenceClass().label();
        };
    }
}
