package org.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The edit distance behind "did you mean" in a scores file: insertions, deletions, substitutions and swaps of
 * neighbours (the optimal string alignment distance), cut off above a limit.
 */
class EditDistanceTest {

    /** Wikipedia, "Levenshtein distance": kitten to sitting is three edits; no swap helps. */
    @Test
    void kittenIsThreeEditsFromSitting() {
        assertThat(ScoresImporter.edits("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(ScoresImporter.edits("sitting", "kitten", 3)).isEqualTo(3);
    }

    /**
     * Wikipedia, "Damerau-Levenshtein distance": a swap of neighbours is one edit, and the optimal string alignment
     * distance of CA and ABC is 3 (a swapped pair is not edited again).
     */
    @Test
    void aSwapOfNeighboursIsOneEditButASwappedPairIsNotEditedAgain() {
        assertThat(ScoresImporter.edits("ca", "ac", 3)).isEqualTo(1);
        assertThat(ScoresImporter.edits("zero turst", "zero trust", 3)).isEqualTo(1);
        assertThat(ScoresImporter.edits("ca", "abc", 3)).isEqualTo(3);
    }

    @Test
    void theSameTextIsNoEditAway() {
        assertThat(ScoresImporter.edits("devsecops pipeline", "devsecops pipeline", 3)).isZero();
        assertThat(ScoresImporter.edits("", "", 0)).isZero();
    }

    @Test
    void lengthsThatDifferByTheLimitAreMeasuredAndByOneMoreAreCutOff() {
        assertThat(ScoresImporter.edits("a", "abcd", 3)).isEqualTo(3);
        assertThat(ScoresImporter.edits("a", "abcde", 3)).isEqualTo(4);
    }

    @Test
    void aDistanceAtTheLimitIsMeasuredAndOneAboveItIsCutOffAtLimitPlusOne() {
        assertThat(ScoresImporter.edits("abcd", "abxy", 2)).isEqualTo(2);
        assertThat(ScoresImporter.edits("abcd", "axyz", 2)).isEqualTo(3);
        assertThat(ScoresImporter.edits("abcdefgh", "stuvwxyz", 2)).isEqualTo(3);
    }

    @Test
    void aSwapAtTheStartOrTheEndIsOneEdit() {
        assertThat(ScoresImporter.edits("ba", "ab", 1)).isEqualTo(1);
        assertThat(ScoresImporter.edits("abdc", "abcd", 1)).isEqualTo(1);
        assertThat(ScoresImporter.edits("xab", "xba", 1)).isEqualTo(1);
        assertThat(ScoresImporter.edits("aab", "aba", 3)).isEqualTo(1);
    }
}
