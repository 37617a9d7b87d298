package org.parley.domain;

import java.util.Map;

/**
 * The ids a transferred workshop's rows had in the store they came from, each to the id it has in the store they
 * arrived in (decision 0037): what the events of its history are rewritten with.
 */
public record TransferredIds(long fromWorkshop, long workshop, Map<Long, Long> parties, Map<Long, Long> initiatives,
                             Map<Long, Long> agreements) {

    public TransferredIds {
        parties = Map.copyOf(parties);
        initiatives = Map.copyOf(initiatives);
        agreements = Map.copyOf(agreements);
    }

    /** The id the row an event names has now, or null when that row no longer existed when it left. */
    public Long subject(AuditKind kind, Long id) {
        if (id == null) {
            return null;
        }
        return switch (kind.subject()) {
            case WORKSHOP -> id == fromWorkshop ? workshop : null;
            case PARTY -> parties.get(id);
            case INITIATIVE -> initiatives.get(id);
            case AGREEMENT -> agreements.get(id);
            case NONE -> null;
        };
    }

    /** The party's id now, or null for none. */
    public Long party(Long id) {
        return id == null ? null : parties.get(id);
    }
}
