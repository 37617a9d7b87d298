package org.parley.domain.quant;

import org.parley.domain.AppetiteHolder;
import org.parley.domain.Seat;

/**
 * The loss tolerances one viewer may see: before the reveal (which they share with the appetites) only the viewer's
 * own; after it all three. A missing one is null.
 *
 * @param revealed true once revealed with the appetites
 */
public record Tolerances(ToleranceCurve first, ToleranceCurve second, ToleranceCurve agreed, boolean revealed) {

    /** What {@code viewer} may see of the stored curves; a null viewer sees only what is revealed. */
    public static Tolerances visibleTo(Seat viewer, ToleranceCurve first, ToleranceCurve second, ToleranceCurve agreed,
            boolean revealed) {
        if (revealed) {
            return new Tolerances(first, second, agreed, true);
        }
        return new Tolerances(viewer == Seat.FIRST ? first : null, viewer == Seat.SECOND ? second : null, null, false);
    }

    /** The curve {@code holder} holds, null when it has none or it is not visible. */
    public ToleranceCurve of(AppetiteHolder holder) {
        return switch (holder) {
            case FIRST -> first;
            case SECOND -> second;
            case AGREED -> agreed;
        };
    }
}
