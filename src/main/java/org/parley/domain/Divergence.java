package org.parley.domain;

import java.util.Objects;

/**
 * How far apart the parties are on one revealed initiative: their two score points, the four
 * cross-verdicts (each appetite applied to each party's scores) and a magnitude to rank by. Gaps, the
 * class and the plain-words explanation are derived on request, so building one stays cheap.
 *
 * @param firstOnFirst   party 1's appetite on party 1's scores, A(s1)
 * @param firstOnSecond  party 1's appetite on party 2's scores, A(s2)
 * @param secondOnFirst  party 2's appetite on party 1's scores, B(s1)
 * @param secondOnSecond party 2's appetite on party 2's scores, B(s2)
 * @param magnitude      how hard the initiative is to settle, 0–5, larger first; see {@link DivergenceEngine}
 */
public record Divergence(
        long initiativeId,
        Scores first,
        Scores second,
        Verdict firstOnFirst,
        Verdict firstOnSecond,
        Verdict secondOnFirst,
        Verdict secondOnSecond,
        double magnitude) {

    public Divergence {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(firstOnFirst, "firstOnFirst");
        Objects.requireNonNull(firstOnSecond, "firstOnSecond");
        Objects.requireNonNull(secondOnFirst, "secondOnFirst");
        Objects.requireNonNull(secondOnSecond, "secondOnSecond");
    }

    /** Party 2 minus party 1 per dimension; {@link #absolute()} for the distance alone. */
    public record Gaps(int likelihood, int impact, double value, int risk) {

        public Gaps absolute() {
            return new Gaps(Math.abs(likelihood), Math.abs(impact), Math.abs(value), Math.abs(risk));
        }
    }

    public DivergenceClass divergenceClass() {
        return DivergenceClass.of(firstOnFirst, firstOnSecond, secondOnFirst, secondOnSecond);
    }

    /** The verdict of one seat's appetite on one seat's scores. */
    public Verdict verdict(Seat appetite, Seat scores) {
        if (appetite == Seat.FIRST) {
            return scores == Seat.FIRST ? firstOnFirst : firstOnSecond;
        }
        return scores == Seat.FIRST ? secondOnFirst : secondOnSecond;
    }

    public Gaps gaps() {
        return new Gaps(second.likelihood() - first.likelihood(), second.impact() - first.impact(),
                second.value() - first.value(), second.riskScore() - first.riskScore());
    }

    /**
     * One sentence in plain words saying why the parties agree or disagree, e.g. "CTO's appetite accepts it
     * on either score; CISO's rejects it on either score."
     *
     * @param firstLabel  how party 1 is called, usually the role label ("CISO")
     * @param secondLabel how party 2 is called ("CTO")
     */
    public String why(String firstLabel, String secondLabel) {
        String one = Objects.requireNonNull(firstLabel, "firstLabel");
        String two = Objects.requireNonNull(secondLabel, "secondLabel");
        return switch (divergenceClass()) {
            case ALIGNED_ACCEPT -> "Both appetites accept it on either score.";
            case ALIGNED_REJECT -> "Both appetites reject it on either score.";
            case APPETITE_GAP -> firstOnFirst == Verdict.ACCEPT
                    ? one + "'s appetite accepts it on either score; " + two + "'s rejects it on either score."
                    : two + "'s appetite accepts it on either score; " + one + "'s rejects it on either score.";
            case PERCEPTION_GAP -> "They see it differently: on the " + one + "'s scores " + point(first)
                    + " both " + firstOnFirst.verb() + " it; on the " + two + "'s "
                    + point(second) + " both " + firstOnSecond.verb() + " it.";
            case BOTH -> "They see it differently and tolerate risk differently: "
                    + appetite(one + "'s appetite", firstOnFirst, firstOnSecond, one, two) + "; "
                    + appetite(two + "'s", secondOnFirst, secondOnSecond, one, two) + ".";
        };
    }

    private String appetite(String whose, Verdict onFirst, Verdict onSecond, String one, String two) {
        if (onFirst == onSecond) {
            return whose + " " + onFirst.verbs() + " it on either score";
        }
        boolean acceptsFirst = onFirst == Verdict.ACCEPT;
        String accepted = acceptsFirst ? "the " + one + "'s scores " + point(first) : "the " + two + "'s scores "
                + point(second);
        String rejected = acceptsFirst ? "the " + two + "'s " + point(second) : "the " + one + "'s " + point(first);
        return whose + " accepts it on " + accepted + " but rejects it on " + rejected;
    }

    private static String point(Scores scores) {
        return "(risk " + scores.riskScore() + ", value "
                + ValueScore.format(scores.value()) + ")";
    }
}
