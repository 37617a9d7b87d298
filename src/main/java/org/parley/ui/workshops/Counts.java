package org.parley.ui.workshops;

/** A count with its noun in the right number: "1 initiative", "3 initiatives", "0 initiatives". */
final class Counts {

    private Counts() {
    }

    /** {@code noun} is the singular; its plural adds an s, which fits every noun these screens count. */
    static String of(int count, String noun) {
        return count == 1 ? "1 " + noun : count + " " + noun + "s";
    }
}
