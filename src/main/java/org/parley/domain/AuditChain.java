package org.parley.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain of the audit log: each event's SHA-256 covers its own fields and the previous event's
 * hash, so changing, inserting or deleting an event breaks every hash after it.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Where the chain first fails to verify, and why, in words for the person running {@code verify}. */
    public record Break(long eventId, String reason) {
    }

    /**
     * An event as its row holds it, the kind still text: what {@code verify} reads, so that a row whose kind
     * was changed to something Parley never writes is reported rather than failing to load.
     */
    public record Entry(long id, Instant at, Long workshopId, Long partyId, String actor, String kind,
                        Long subjectId, String payload, String prevHash, String hash) {

        public static Entry of(AuditEvent e) {
            return new Entry(e.id(), e.at(), e.workshopId(), e.partyId(), e.actor(), e.kind().name(), e.subjectId(),
                    e.payload(), e.prevHash(), e.hash());
        }

        /** The kind, when it is one Parley writes. */
        public Optional<AuditKind> knownKind() {
            for (AuditKind known : AuditKind.values()) {
                if (known.name().equals(kind)) {
                    return Optional.of(known);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The hash of an event. Each field is written with its length in front, so that no two different
     * events can produce the same text by moving characters from one field into the next.
     */
    public static String hashOf(long id, Instant at, Long workshopId, Long partyId, String actor, AuditKind kind,
                                Long subjectId, String payload, String prevHash) {
        return hashOf(id, at, workshopId, partyId, actor, kind.name(), subjectId, payload, prevHash);
    }

    /** The same hash over the kind as its row holds it, known to Parley or not. */
    public static String hashOf(long id, Instant at, Long workshopId, Long partyId, String actor, String kind,
                                Long subjectId, String payload, String prevHash) {
        StringBuilder text = new StringBuilder(256 + payload.length());
        field(text, Long.toString(id));
        field(text, at.toString());
        field(text, workshopId == null ? "" : workshopId.toString());
        field(text, partyId == null ? "" : partyId.toString());
        field(text, actor);
        field(text, kind);
        field(text, subjectId == null ? "" : subjectId.toString());
        field(text, payload);
        field(text, prevHash);
        return sha256(text.toString());
    }

    public static String hashOf(AuditEvent e) {
        return hashOf(e.id(), e.at(), e.workshopId(), e.partyId(), e.actor(), e.kind(), e.subjectId(), e.payload(),
                e.prevHash());
    }

    public static String hashOf(Entry e) {
        return hashOf(e.id(), e.at(), e.workshopId(), e.partyId(), e.actor(), e.kind(), e.subjectId(), e.payload(),
                e.prevHash());
    }

    /** Checks events in id order: ids without gaps from 1, each linked to the one before, each hash right. */
    public static Optional<Break> verify(List<AuditEvent> events) {
        String previous = GENESIS;
        long expectedId = 1;
        for (AuditEvent event : events) {
            String problem = problem(Entry.of(event), expectedId, previous);
            if (problem != null) {
                return Optional.of(new Break(event.id(), problem));
            }
            previous = event.hash();
            expectedId++;
        }
        return Optional.empty();
    }

    /**
     * What is wrong with one event of the chain, or null when nothing is.
     *
     * @param expectedId   the id it should have: one more than the event before it, 1 for the first
     * @param previousHash the hash of the event before it, {@link #GENESIS} for the first
     */
    public static String problem(Entry event, long expectedId, String previousHash) {
        if (event.id() != expectedId) {
            return event.id() > expectedId
                    ? "event " + expectedId + (event.id() - expectedId > 1 ? " to " + (event.id() - 1) : "")
                            + " before it is missing (deleted)"
                    : "its number repeats or goes back (inserted)";
        }
        if (event.prevHash() == null || !event.prevHash().equals(previousHash)) {
            return "it does not link to the event before it (an event was inserted, deleted or changed)";
        }
        if (event.at() == null || event.actor() == null || event.kind() == null || event.payload() == null
                || !hashOf(event).equals(event.hash())) {
            return "its content no longer matches its hash (it was changed)";
        }
        return null;
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value).append('|');
    }
}
