package org.parley.ui.divergence;

import java.util.Objects;
import java.util.OptionalDouble;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Seat;
import org.parley.domain.quant.LossVerdicts;
import org.parley.domain.quant.PortfolioLoss;
import org.parley.domain.quant.ToleranceCurve;
import org.parley.domain.quant.ToleranceVerdict;
import org.parley.ui.common.LossAmounts;

/**
 * The quantitative class in words, from the four cross-verdicts: which tolerances each party's estimates exceed,
 * and from which loss, e.g. "Perception gap: they see the losses differently. On the CISO's estimates both
 * tolerances are exceeded above 1 M EUR; on the CTO's neither is." It speaks as the appetites' reasons do
 * ({@code Divergence.why}): "see it differently", "tolerate risk differently".
 *
 * @param label1   how party 1 is called, e.g. "CISO"
 * @param label2   how party 2 is called
 * @param currency the workshop's currency, written after amounts; blank for none
 */
public record LossWords(String label1, String label2, String currency) {

    public LossWords {
        Objects.requireNonNull(label1, "label1");
        Objects.requireNonNull(label2, "label2");
        currency = currency == null ? "" : currency;
    }

    /**
     * The class and why, in two sentences.
     *
     * @param firstTolerance  party 1's tolerance
     * @param secondTolerance party 2's tolerance
     * @param firstLosses     the simulated portfolio from party 1's estimates
     * @param secondLosses    the simulated portfolio from party 2's estimates
     */
    public String describe(ToleranceCurve firstTolerance, ToleranceCurve secondTolerance, PortfolioLoss firstLosses,
            PortfolioLoss secondLosses) {
        LossVerdicts verdicts = LossVerdicts.of(firstTolerance, secondTolerance, firstLosses, secondLosses);
        String head = switch (verdicts.divergenceClass()) {
            case ALIGNED_ACCEPT, ALIGNED_REJECT -> verdicts.label() + ".";
            case PERCEPTION_GAP -> verdicts.label() + ": they see the losses differently.";
            case APPETITE_GAP -> verdicts.label() + ": they tolerate losses differently.";
            case BOTH -> verdicts.label() + ": they see the losses differently and tolerate them differently.";
        };
        if (verdicts.divergenceClass() == DivergenceClass.ALIGNED_ACCEPT) {
            return head + " Neither tolerance is exceeded on either party's estimates.";
        }
        return head + " On the " + label1 + "'s estimates "
                + exceeded(verdicts, Seat.FIRST, firstTolerance, secondTolerance, firstLosses, true) + "; on the "
                + label2 + "'s " + exceeded(verdicts, Seat.SECOND, firstTolerance, secondTolerance, secondLosses, false)
                + ".";
    }

    /** The smallest loss from which a tolerance is exceeded on a curve: {@link ToleranceCurve#exceededFrom}. */
    public static OptionalDouble exceededFrom(ToleranceCurve tolerance, PortfolioLoss losses) {
        return tolerance.exceededFrom(losses);
    }

    /**
     * Which tolerances one party's estimates exceed, and from where: "both tolerances are exceeded above 1 M EUR",
     * "only the CTO's tolerance is exceeded, above 500 k EUR", "neither tolerance is exceeded". The second clause of
     * a sentence leaves out the noun: "neither is".
     */
    private String exceeded(LossVerdicts verdicts, Seat estimates, ToleranceCurve firstTolerance,
            ToleranceCurve secondTolerance, PortfolioLoss losses, boolean first) {
        boolean firstOut = verdicts.verdict(Seat.FIRST, estimates) == ToleranceVerdict.OUTSIDE;
        boolean secondOut = verdicts.verdict(Seat.SECOND, estimates) == ToleranceVerdict.OUTSIDE;
        String noun = first ? " tolerance" : "";
        if (!firstOut && !secondOut) {
            return "neither" + noun + " is" + (first ? " exceeded" : "");
        }
        String fromFirst = firstOut ? above(firstTolerance, losses) : "";
        String fromSecond = secondOut ? above(secondTolerance, losses) : "";
        if (firstOut && secondOut) {
            String both = "both" + noun + (first ? "s" : "") + " are exceeded";
            return fromFirst.equals(fromSecond) ? both + " " + fromFirst
                    : both + ", the " + label1 + "'s " + fromFirst + " and the " + label2 + "'s " + fromSecond;
        }
        String whose = firstOut ? label1 : label2;
        return "only the " + whose + "'s" + noun + " is exceeded, " + (firstOut ? fromFirst : fromSecond);
    }

    private String above(ToleranceCurve tolerance, PortfolioLoss losses) {
        double loss = exceededFrom(tolerance, losses).orElseThrow(() -> new IllegalStateException(
                "An outside verdict is exceeded somewhere"));
        return "above " + LossAmounts.withCurrency(LossAmounts.compact(loss), currency);
    }
}
