package org.parley.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the audit log and the signed agreements against each other: the hash chain of the events, the
 * SHA-256 each AGREEMENT_FROZEN event recorded of its agreement, and each signed agreement's status against
 * the events that froze, superseded or revoked it. Works on rows as they are stored, so that nothing a
 * tamperer wrote can make it fail to run. See decision 0006 for what it detects and what it cannot.
 */
public final class AuditVerification {

    /** The key of the agreement's hash in an AGREEMENT_FROZEN event's payload. */
    public static final String HASH_KEY = "sha256";

    private static final Pattern RECORDED_HASH = Pattern.compile("\"" + HASH_KEY + "\"\\s*:\\s*\"([0-9a-f]{64})\"");

    private AuditVerification() {
    }

    /**
     * The first place the store was changed behind Parley's back.
     *
     * @param eventId the event the problem is found at; null only for a signed agreement no event knows of
     */
    public record Break(Long eventId, Instant at, String kind, String reason) {

        /** "event 12 (2026-11-23T09:00:00Z, AGREEMENT_FROZEN): why", or just why without an event. */
        public String describe() {
            return eventId == null ? reason : "event " + eventId + " (" + at + ", " + kind + "): " + reason;
        }
    }

    /**
     * @param events           how many events the log holds
     * @param signedAgreements how many agreements were signed by both (frozen, superseded or revoked)
     * @param last             the newest event, null for an empty log: its hash is the one to write down
     * @param broken           the first problem, or null when everything verifies
     */
    public record Result(int events, int signedAgreements, AuditChain.Entry last, Break broken) {

        public boolean intact() {
            return broken == null;
        }

        /** The newest event's hash, or the genesis hash of an empty log. */
        public String lastHash() {
            return last == null ? AuditChain.GENESIS : last.hash();
        }
    }

    /**
     * @param events       every event, in id order
     * @param agreements   every agreement row, drafts included
     * @param expectedHash a hash, or its first characters, that someone wrote down earlier; the chain must still
     *                     hold an event with it. Null to skip: without it, deleting the newest events cannot be seen.
     */
    public static Result verify(List<AuditChain.Entry> events, List<AgreementContent> agreements, String expectedHash) {
        return verify(events, agreements, expectedHash, List.of());
    }

    /** As {@link #verify(List, List, String)}, with problems found elsewhere (see {@link SealVerification}). */
    public static Result verify(List<AuditChain.Entry> events, List<AgreementContent> agreements, String expectedHash,
                                List<Break> alsoFound) {
        return verify(events, agreements, expectedHash, alsoFound, Set.of());
    }

    /**
     * As {@link #verify(List, List, String, List)}; the agreements of the workshops in {@code gone} left the store
     * with them, for another store (decision 0037), so their events are checked as links of the chain only.
     */
    public static Result verify(List<AuditChain.Entry> events, List<AgreementContent> agreements, String expectedHash,
                                List<Break> alsoFound, Set<Long> gone) {
        Map<Long, AgreementContent> rows = new HashMap<>();
        agreements.forEach(row -> rows.put(row.id(), row));
        List<Break> found = new ArrayList<>(alsoFound);
        Map<Long, String> expectedStatus = new HashMap<>();
        Map<Long, AuditChain.Entry> statusEvent = new HashMap<>();
        String previous = AuditChain.GENESIS;
        long expectedId = 1;
        boolean chainIntact = true;
        for (AuditChain.Entry event : events) {
            if (chainIntact) {
                String problem = AuditChain.problem(event, expectedId, previous);
                if (problem == null && event.knownKind().isEmpty()) {
                    problem = "its kind \"" + event.kind() + "\" is not one Parley writes (it was written behind "
                            + "Parley's back)";
                }
                if (problem != null) {
                    found.add(at(event, problem));
                    chainIntact = false;
                }
                previous = event.hash();
                expectedId = event.id() + 1;
            }
            if (event.workshopId() != null && gone.contains(event.workshopId())) {
                continue;
            }
            String kind = event.kind() == null ? "" : event.kind();
            Long subject = event.subjectId();
            if (kind.equals(AuditKind.AGREEMENT_FROZEN.name())) {
                AgreementContent row = subject == null ? null : rows.get(subject);
                if (row == null) {
                    found.add(at(event, "the agreement it recorded as signed, agreement " + subject
                            + ", is no longer in the store (deleted behind Parley's back)"));
                } else {
                    String recorded = recordedHash(event.payload());
                    if (recorded == null) {
                        found.add(at(event, "it does not carry the SHA-256 of agreement " + subject));
                    } else if (!recorded.equals(row.sha256())) {
                        found.add(at(event, name(row) + " no longer matches the SHA-256 recorded when it was signed: "
                                + "its fields, conditions or snapshot were changed behind Parley's back"));
                    }
                }
                expect(expectedStatus, statusEvent, subject, AgreementStatus.FROZEN, event);
            } else if (kind.equals(AuditKind.AGREEMENT_SUPERSEDED.name())) {
                expect(expectedStatus, statusEvent, subject, AgreementStatus.SUPERSEDED, event);
            } else if (kind.equals(AuditKind.AGREEMENT_REVOKED.name())) {
                expect(expectedStatus, statusEvent, subject, AgreementStatus.REVOKED, event);
            }
        }
        int signed = 0;
        for (AgreementContent row : agreements.stream().sorted(Comparator.comparingLong(AgreementContent::id)).toList()) {
            signed += row.claimsSigned() ? 1 : 0;
            String expected = expectedStatus.get(row.id());
            if (expected == null) {
                if (row.claimsSigned()) {
                    found.add(new Break(null, null, null, name(row) + " is marked " + row.status() + ", but no "
                            + "AGREEMENT_FROZEN event records its signing: it was inserted or changed behind "
                            + "Parley's back"));
                }
            } else if (!expected.equals(row.status())) {
                found.add(at(statusEvent.get(row.id()), name(row) + " is " + row.status() + " in the store, but the "
                        + "events leave it " + expected + ": its status was changed behind Parley's back"));
            }
        }
        AuditChain.Entry last = events.isEmpty() ? null : events.get(events.size() - 1);
        if (expectedHash != null && chainIntact) {
            String prefix = expectedHash.strip().toLowerCase(Locale.ROOT);
            if (events.stream().noneMatch(e -> e.hash() != null && e.hash().startsWith(prefix))) {
                String why = "no event has the hash you noted, " + prefix + ": events after the one you noted were "
                        + "deleted from the end of the log, or the hash is mistyped";
                found.add(last == null ? new Break(null, null, null, "the log is empty and " + why)
                        : at(last, "the log ends here and " + why));
            }
        }
        Break first = found.stream()
                .min(Comparator.comparing(Break::eventId, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElse(null);
        return new Result(events.size(), signed, last, first);
    }

    private static void expect(Map<Long, String> expectedStatus, Map<Long, AuditChain.Entry> statusEvent, Long id,
                               AgreementStatus status, AuditChain.Entry event) {
        if (id != null) {
            expectedStatus.put(id, status.name());
            statusEvent.put(id, event);
        }
    }

    private static Break at(AuditChain.Entry event, String reason) {
        return new Break(event.id(), event.at(), event.kind(), reason);
    }

    private static String name(AgreementContent row) {
        return "agreement " + row.id() + " (version " + row.version() + " for initiative " + row.initiativeId() + ")";
    }

    private static String recordedHash(String payload) {
        Matcher matcher = RECORDED_HASH.matcher(payload == null ? "" : payload);
        return matcher.find() ? matcher.group(1) : null;
    }
}
