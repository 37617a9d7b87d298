package org.parley.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A portfolio's divergences, hardest first, and how many initiatives fall in each class. */
public record DivergenceReport(List<Divergence> ranked, Map<DivergenceClass, Integer> counts) {

    public DivergenceReport {
        ranked = List.copyOf(ranked);
        EnumMap<DivergenceClass, Integer> complete = new EnumMap<>(DivergenceClass.class);
        for (DivergenceClass divergenceClass : DivergenceClass.values()) {
            complete.put(divergenceClass, counts.getOrDefault(divergenceClass, 0));
        }
        counts = Collections.unmodifiableMap(complete);
    }

    static DivergenceReport of(List<Divergence> ranked, int[] countsByOrdinal) {
        EnumMap<DivergenceClass, Integer> counts = new EnumMap<>(DivergenceClass.class);
        for (DivergenceClass divergenceClass : DivergenceClass.values()) {
            counts.put(divergenceClass, countsByOrdinal[divergenceClass.ordinal()]);
        }
        return new DivergenceReport(ranked, counts);
    }

    public int count(DivergenceClass divergenceClass) {
        return counts.get(divergenceClass);
    }

    /** How many initiatives need negotiating: every class but the two aligned ones. */
    public int contested() {
        return size() - count(DivergenceClass.ALIGNED_ACCEPT) - count(DivergenceClass.ALIGNED_REJECT);
    }

    public int size() {
        return ranked.size();
    }
}
