package org.parley.domain;

/**
 * The three frontiers of a workshop as one viewer may see them. Before the appetites are revealed a party
 * sees only its own; nobody sees the other's, and there is no agreed one yet. A null frontier is not set,
 * or not visible.
 */
public record Appetites(Frontier first, Frontier second, Frontier agreed, boolean revealed, boolean bothSet) {

    /** What {@code viewer} may see of the stored frontiers; a null viewer (nobody at the laptop) sees only revealed ones. */
    public static Appetites visibleTo(Seat viewer, Frontier first, Frontier second, Frontier agreed, boolean revealed) {
        boolean bothSet = first != null && second != null;
        if (revealed) {
            return new Appetites(first, second, agreed, true, bothSet);
        }
        return new Appetites(viewer == Seat.FIRST ? first : null, viewer == Seat.SECOND ? second : null, null, false,
                bothSet);
    }

    public Frontier of(Seat seat) {
        return seat == Seat.FIRST ? first : second;
    }

    /** Both parties' frontiers are known: the divergence classes can be computed. */
    public boolean complete() {
        return revealed && first != null && second != null;
    }
}
