package org.parley.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one party may see of the scoring of a workshop: its own assessments, and both parties' assessments
 * of revealed rounds only. Of the other party's unrevealed work it learns a count, nothing more: not the
 * scores, not the rationale, not even which initiatives it has scored.
 */
public record ScoringBoard(Seat viewer, List<Entry> entries, int ownScored, int otherScored) {

    /** One initiative as the viewer may see it. {@code own} is the viewer's assessment of the current round. */
    public record Entry(Initiative initiative, RoundState round, Assessment own, List<RevealedRound> revealed) {

        public boolean scoredByViewer() {
            return own != null;
        }

        /** The latest revealed round, or null before the first reveal. */
        public RevealedRound latestRevealed() {
            return revealed.isEmpty() ? null : revealed.get(revealed.size() - 1);
        }
    }

    /** Both parties' assessments of one revealed round. */
    public record RevealedRound(int round, Assessment first, Assessment second) {

        public Assessment of(Seat seat) {
            return seat == Seat.FIRST ? first : second;
        }
    }

    /** Builds the viewer's board from everything stored; anything the viewer may not see is dropped here. */
    public static ScoringBoard build(Seat viewer, List<Initiative> initiatives, Map<Long, RoundState> rounds,
                                     List<Assessment> assessments) {
        Map<Long, Map<Integer, Assessment[]>> byInitiative = new HashMap<>();
        for (Assessment a : assessments) {
            byInitiative.computeIfAbsent(a.initiativeId(), id -> new HashMap<>())
                    .computeIfAbsent(a.round(), r -> new Assessment[2])[a.seat().number() - 1] = a;
        }
        List<Entry> entries = new ArrayList<>(initiatives.size());
        int ownScored = 0;
        int otherScored = 0;
        for (Initiative initiative : initiatives) {
            RoundState state = rounds.getOrDefault(initiative.id(), RoundState.first(initiative.id()));
            Map<Integer, Assessment[]> byRound = byInitiative.getOrDefault(initiative.id(), Map.of());
            Assessment[] current = byRound.getOrDefault(state.round(), new Assessment[2]);
            Assessment own = current[viewer.number() - 1];
            Assessment other = current[viewer.other().number() - 1];
            ownScored += own != null ? 1 : 0;
            otherScored += other != null ? 1 : 0;
            List<RevealedRound> revealed = new ArrayList<>();
            for (int round = 1; round <= state.latestRevealedRound(); round++) {
                Assessment[] pair = byRound.get(round);
                if (pair != null && pair[0] != null && pair[1] != null) {
                    revealed.add(new RevealedRound(round, pair[0], pair[1]));
                }
            }
            entries.add(new Entry(initiative, state, own, List.copyOf(revealed)));
        }
        return new ScoringBoard(viewer, List.copyOf(entries), ownScored, otherScored);
    }
}
