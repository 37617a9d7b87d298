package org.parley.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the append-only audit log. {@code prevHash} is the hash of the entry before it (64 zeros
 * for the first) and {@code hash} is {@link AuditChain#hashOf} of this entry's fields.
 */
public record AuditEvent(
        long id,
        Instant at,
        Long workshopId,
        Long partyId,
        String actor,
        AuditKind kind,
        Long subjectId,
        String payload,
        String prevHash,
        String hash) {

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        payload = Objects.requireNonNullElse(payload, "{}");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }
}
