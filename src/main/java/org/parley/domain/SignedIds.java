package org.parley.domain;

import java.util.Map;

/**
 * The ids under which a store's workshops, initiatives and value criteria were signed, where they differ from the
 * ids the store gives them now: a workshop transferred from another store keeps the ids its parties signed and
 * sealed, in its agreements' statements, its reveals' hashes and its appetites' hash (decision 0037). Every other
 * row was signed under its own id.
 */
public record SignedIds(Map<Long, Long> workshops, Map<Long, Long> initiatives, Map<Long, Long> criteria) {

    /** A store into which nothing was transferred: every row signed under its own id. */
    public static final SignedIds NONE = new SignedIds(Map.of(), Map.of(), Map.of());

    public SignedIds {
        workshops = Map.copyOf(workshops);
        initiatives = Map.copyOf(initiatives);
        criteria = Map.copyOf(criteria);
    }

    /** The kinds of row a signature or seal names by id. */
    public enum Kind {
        WORKSHOP, INITIATIVE, CRITERION
    }

    public long workshop(long id) {
        return workshops.getOrDefault(id, id);
    }

    public long initiative(long id) {
        return initiatives.getOrDefault(id, id);
    }

    public long criterion(long id) {
        return criteria.getOrDefault(id, id);
    }
}
