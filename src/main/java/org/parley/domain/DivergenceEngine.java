package org.parley.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Applies both appetites to both parties' scores of every revealed initiative, classifies each and ranks
 * the portfolio hardest first, so the session starts with the initiatives the parties are furthest apart on.
 *
 * <h2>Magnitude</h2>
 * A number from 0 to 5 that ranks initiatives, larger first; ties go to the smaller initiative id.
 * <ul>
 * <li>Its whole part counts the verdict pairs that disagree among A(s1)–B(s1), A(s2)–B(s2) (appetite)
 *     and A(s1)–A(s2), B(s1)–B(s2) (perception): 0 when aligned, 2 for most contested initiatives, 4 when
 *     each appetite flips on the other's scores. A flipped verdict is what the session has to settle, so
 *     any contested initiative ranks above every aligned one, however far apart the aligned one's scores.</li>
 * <li>Its fraction, (distance + depth) / 2, says how far apart the parties are:
 *     <i>distance</i> is the Euclidean distance between the two points with value (range 4) and risk
 *     (range 24) each scaled to 0–1, divided by √2 so that opposite corners give 1;
 *     <i>depth</i> is, averaged over the disagreeing pairs, how far the two judged points sit from the
 *     frontiers on either side of the disagreement (the two margins, risk limit minus risk, in units of
 *     24, added and halved): how much risk or appetite would have to move for the verdicts to agree.
 *     Aligned initiatives have no depth, so among them the distance alone ranks.</li>
 * </ul>
 * Everything is computed in a fixed order from the inputs, so the ranking is deterministic.
 */
public final class DivergenceEngine {

    private static final double VALUE_RANGE = 4.0;
    private static final double RISK_RANGE = 24.0;
    private static final double DIAGONAL = Math.sqrt(2.0);
    private static final DivergenceClass[] CLASSES = DivergenceClass.values();

    /** Hardest first; the initiative id keeps equal magnitudes in a stable, reproducible order. */
    public static final Comparator<Divergence> HARDEST_FIRST = (a, b) -> {
        int byMagnitude = Double.compare(b.magnitude(), a.magnitude());
        return byMagnitude != 0 ? byMagnitude : Long.compare(a.initiativeId(), b.initiativeId());
    };

    private final Frontier first;
    private final Frontier second;

    /**
     * @param first  party 1's appetite, A
     * @param second party 2's appetite, B
     */
    public DivergenceEngine(Frontier first, Frontier second) {
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
    }

    public Frontier first() {
        return first;
    }

    public Frontier second() {
        return second;
    }

    /** The divergence of one initiative. */
    public Divergence divergence(PairedScores pair) {
        double value1 = pair.first().value();
        double value2 = pair.second().value();
        int risk1 = pair.first().riskScore();
        int risk2 = pair.second().riskScore();

        double limitA1 = first.limitAt(value1);
        double limitA2 = first.limitAt(value2);
        double limitB1 = second.limitAt(value1);
        double limitB2 = second.limitAt(value2);
        boolean a1 = Frontier.accepts(risk1, limitA1);
        boolean a2 = Frontier.accepts(risk2, limitA2);
        boolean b1 = Frontier.accepts(risk1, limitB1);
        boolean b2 = Frontier.accepts(risk2, limitB2);

        double marginA1 = Math.abs(limitA1 - risk1) / RISK_RANGE;
        double marginA2 = Math.abs(limitA2 - risk2) / RISK_RANGE;
        double marginB1 = Math.abs(limitB1 - risk1) / RISK_RANGE;
        double marginB2 = Math.abs(limitB2 - risk2) / RISK_RANGE;
        int disagreements = 0;
        double depth = 0;
        if (a1 != b1) {
            disagreements++;
            depth += marginA1 + marginB1;
        }
        if (a2 != b2) {
            disagreements++;
            depth += marginA2 + marginB2;
        }
        if (a1 != a2) {
            disagreements++;
            depth += marginA1 + marginA2;
        }
        if (b1 != b2) {
            disagreements++;
            depth += marginB1 + marginB2;
        }
        double meanDepth = disagreements == 0 ? 0 : depth / (2 * disagreements);
        double valueGap = (value2 - value1) / VALUE_RANGE;
        double riskGap = (risk2 - risk1) / RISK_RANGE;
        double distance = Math.sqrt(valueGap * valueGap + riskGap * riskGap) / DIAGONAL;
        double magnitude = disagreements + (distance + meanDepth) / 2;

        return new Divergence(pair.initiativeId(), pair.first(), pair.second(),
                Verdict.of(a1), Verdict.of(a2), Verdict.of(b1), Verdict.of(b2), magnitude);
    }

    /** Every initiative's divergence, hardest first, with the count per class. */
    public DivergenceReport analyse(List<PairedScores> portfolio) {
        Divergence[] ranked = new Divergence[portfolio.size()];
        int[] counts = new int[CLASSES.length];
        int i = 0;
        for (PairedScores pair : portfolio) {
            Divergence divergence = divergence(pair);
            ranked[i++] = divergence;
            counts[divergence.divergenceClass().ordinal()]++;
        }
        Arrays.sort(ranked, HARDEST_FIRST);
        return DivergenceReport.of(List.of(ranked), counts);
    }
}
