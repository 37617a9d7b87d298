package org.parley.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A value criterion as edited before scoring starts: {@code id} is null for a new one. */
public record CriterionDraft(Long id, String name, double weight) {

    public static final int MAX_CRITERIA = 8;
    public static final double MAX_WEIGHT = 100;
    /** Column names of the scores CSV: a criterion named so could not have a column of its own. */
    private static final Set<String> RESERVED = Set.of("initiative", "likelihood", "impact", "value", "rationale");

    /** Why the list cannot become the workshop's criteria, or null when it can. */
    public static String problem(List<CriterionDraft> drafts) {
        if (drafts.isEmpty()) {
            return "A workshop needs at least one value criterion.";
        }
        if (drafts.size() > MAX_CRITERIA) {
            return "A workshop has at most " + MAX_CRITERIA + " value criteria.";
        }
        Set<String> names = new HashSet<>();
        for (CriterionDraft draft : drafts) {
            String name = draft.name() == null ? "" : draft.name().strip();
            if (name.isEmpty()) {
                return "Every criterion needs a name.";
            }
            if (name.length() > InitiativeRules.NAME_MAX) {
                return "Criterion \"" + name.substring(0, 20) + "…\" is longer than " + InitiativeRules.NAME_MAX
                        + " characters.";
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                return "\"" + name + "\" is a column of the scores file; give the criterion another name.";
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                return "Two criteria are named \"" + name + "\"; give each its own name.";
            }
            if (!(draft.weight() > 0) || draft.weight() > MAX_WEIGHT) {
                return "The weight of " + name + " must be more than 0 and at most " + (int) MAX_WEIGHT + ".";
            }
        }
        return null;
    }
}
