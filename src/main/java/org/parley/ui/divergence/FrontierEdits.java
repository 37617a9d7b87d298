package org.parley.ui.divergence;

import java.util.OptionalInt;
import org.parley.domain.Frontier;

/**
 * How the frontier editor changes one level without ever making a frontier that decreases: the moved
 * level pushes its neighbours along. Setting level 3 below level 2 brings level 2 (and level 1, if need
 * be) down with it; setting it above level 4 takes level 4 (and 5) up. Levels never move on their own
 * otherwise, and the cap is kept as it was.
 */
final class FrontierEdits {

    private FrontierEdits() {
    }

    /**
     * @param level 1..5
     * @param risk  the new highest accepted risk score at that level; held within 1–25
     */
    static Frontier withLevel(Frontier frontier, int level, int risk) {
        if (level < 1 || level > Frontier.LEVELS) {
            throw new IllegalArgumentException("Value levels are 1 to 5, not " + level);
        }
        int target = Math.max(Frontier.MIN_RISK, Math.min(Frontier.MAX_RISK, risk));
        int[] levels = new int[Frontier.LEVELS];
        for (int i = 1; i <= Frontier.LEVELS; i++) {
            int current = frontier.level(i);
            if (i < level) {
                levels[i - 1] = Math.min(current, target);
            } else if (i > level) {
                levels[i - 1] = Math.max(current, target);
            } else {
                levels[i - 1] = target;
            }
        }
        OptionalInt cap = frontier.cap();
        Frontier moved = Frontier.of(levels);
        return cap.isPresent() ? moved.withCap(cap.getAsInt()) : moved;
    }
}
