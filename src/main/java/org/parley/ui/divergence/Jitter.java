package org.parley.ui.divergence;

/**
 * A small, deterministic offset per point, so that initiatives with the same coarse scores stay visible
 * side by side and stay put from one redraw to the next (no randomness: the same id always moves the same
 * way). Uniform over a disc of the given radius.
 */
final class Jitter {

    private static final double UNIT = 1.0 / (1 << 24);

    private Jitter() {
    }

    /** The offset of one party's point of an item, {dx, dy} in pixels; each party's point moves its own way. */
    static void offset(long id, int party, double radius, double[] out) {
        long hash = mix(id * 2 + party);
        double angle = (hash & 0xFFFFFF) * UNIT * 2 * Math.PI;
        double distance = radius * Math.sqrt(((hash >>> 24) & 0xFFFFFF) * UNIT);
        out[0] = distance * Math.cos(angle);
        out[1] = distance * Math.sin(angle);
    }

    /** SplitMix64's finaliser: neighbouring ids land far apart. */
    static long mix(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
