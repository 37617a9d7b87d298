package org.parley.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks what the parties sealed against the keys the log registered and against what the store holds now:
 * every signature in an event's seal, the revealed assessments, the revealed appetites, each agreement's
 * signatures and a draft's terms, the parties' public keys and their wrong-PIN counts. Works on events as
 * stored and on payloads already read as maps, so nothing a tamperer wrote makes it fail. See decision 0012.
 */
public final class SealVerification {

    public static final String SEAL = "seal";
    public static final String HASH = "sha256";
    public static final String SIGNATURES = "signatures";
    public static final String PARTY = "party";
    public static final String SEAT = "seat";
    public static final String FINGERPRINT = "fingerprint";
    public static final String SIGNATURE = "signature";
    public static final String PUBLIC_KEY = "publicKey";
    public static final String TERMS_HASH = "terms_sha256";
    public static final String FAILURES = "failures";

    private SealVerification() {
    }

    /** An event with its payload read as a map (empty when the payload is not JSON). */
    public record Event(AuditChain.Entry entry, Map<String, Object> payload) {
    }

    /** A signature an agreement row claims, as stored. */
    public record StoredSignature(long agreementId, int seat, Long partyId, String status, String statementHash,
                                  String signature, String publicKey) {
    }

    /**
     * What the store holds now, to compare with what was sealed.
     *
     * @param partyKeys    party id to its public key (null when it has none)
     * @param pinFailures  party id to its stored count of wrong PINs in a row
     * @param revealed     "initiative:round" to the hash of that round's stored assessments, for existing initiatives
     * @param appetites    workshop id to the hash of its stored frontiers, for workshops whose appetites are revealed
     * @param signatures   every signature an agreement row claims
     * @param statements   agreement id to the hash of its statement as taken now from the store, where it can be
     * @param draftTerms   draft agreement id to the hash of its stored terms
     * @param changedInitiatives signed agreements whose initiative no longer reads as it did when signed
     */
    public record Stored(Map<Long, String> partyKeys, Map<Long, Integer> pinFailures, Map<String, String> revealed,
                         Map<Long, String> appetites, List<StoredSignature> signatures, Map<Long, String> statements,
                         Map<Long, String> draftTerms, Set<Long> changedInitiatives) {
    }

    /** Every problem found, each at the event it contradicts (or at none, for a row no event knows of). */
    public static List<AuditVerification.Break> check(List<Event> events, Stored stored) {
        List<AuditVerification.Break> found = new ArrayList<>();
        Map<Long, List<String>> keys = new HashMap<>();
        Map<Long, Event> lastKeyEvent = new HashMap<>();
        Map<Long, Event> lastPinEvent = new HashMap<>();
        Map<String, Event> lastReveal = new HashMap<>();
        Map<Long, Event> lastAppetiteSeal = new HashMap<>();
        Map<String, Event> lastSigned = new HashMap<>();
        Set<String> signedUnsealed = new HashSet<>();
        Map<Long, Event> lastProposal = new HashMap<>();
        Map<Long, Event> frozen = new HashMap<>();
        for (Event event : events) {
            AuditChain.Entry entry = event.entry();
            String kind = Objects.requireNonNullElse(entry.kind(), "");
            Map<String, Object> payload = event.payload();
            if (kind.equals(AuditKind.PIN_SET.name()) && entry.partyId() != null && text(payload, PUBLIC_KEY) != null) {
                keys.computeIfAbsent(entry.partyId(), id -> new ArrayList<>()).add(text(payload, PUBLIC_KEY));
                lastKeyEvent.put(entry.partyId(), event);
            }
            if (entry.partyId() != null && (kind.equals(AuditKind.PIN_REFUSED.name())
                    || kind.equals(AuditKind.PIN_ACCEPTED.name()))) {
                lastPinEvent.put(entry.partyId(), event);
            }
            Map<String, Object> seal = map(payload, SEAL);
            if (seal != null) {
                checkSignatures(event, seal, keys, found);
                if (kind.equals(AuditKind.ROUND_REVEALED.name()) && entry.subjectId() != null) {
                    lastReveal.put(entry.subjectId() + ":" + number(payload, "round"), event);
                } else if (kind.equals(AuditKind.APPETITE_CHANGED.name()) && entry.workshopId() != null) {
                    lastAppetiteSeal.put(entry.workshopId(), event);
                } else if (kind.equals(AuditKind.AGREEMENT_SIGNED.name()) && entry.subjectId() != null
                        && !Boolean.TRUE.equals(payload.get("revocation"))) {
                    lastSigned.put(entry.subjectId() + ":" + number(payload, SEAT), event);
                }
            }
            if (seal == null && kind.equals(AuditKind.AGREEMENT_SIGNED.name()) && entry.subjectId() != null) {
                signedUnsealed.add(entry.subjectId() + ":" + number(payload, SEAT));   // signed before keys
            }
            if (kind.equals(AuditKind.AGREEMENT_FROZEN.name()) && entry.subjectId() != null) {
                frozen.put(entry.subjectId(), event);
            }
            if (kind.equals(AuditKind.AGREEMENT_PROPOSED.name()) && entry.subjectId() != null
                    && text(payload, TERMS_HASH) != null) {
                lastProposal.put(entry.subjectId(), event);
            }
        }
        checkKeys(stored, keys, lastKeyEvent, found);
        checkPinCounts(stored, lastPinEvent, found);
        lastReveal.forEach((key, event) -> {
            String now = stored.revealed().get(key);
            if (now != null && !now.equals(text(map(event.payload(), SEAL), HASH))) {
                found.add(at(event, "the revealed assessments of initiative " + key.replace(":", ", round ")
                        + " no longer match the hash sealed at their reveal: a score or rationale was changed "
                        + "behind Parley's back"));
            }
        });
        lastAppetiteSeal.forEach((workshop, event) -> {
            String now = stored.appetites().get(workshop);
            if (now != null && !now.equals(text(map(event.payload(), SEAL), HASH))) {
                found.add(at(event, "the appetites of workshop " + workshop + " no longer match the hash sealed "
                        + "at their last change: a frontier was changed behind Parley's back"));
            }
        });
        checkAgreements(stored, lastSigned, signedUnsealed, lastProposal, found);
        for (long agreement : stored.changedInitiatives()) {
            String why = "the initiative of agreement " + agreement + " no longer reads as it did when both signed: "
                    + "its title or description was changed behind Parley's back";
            Event event = frozen.get(agreement);
            found.add(event == null ? new AuditVerification.Break(null, null, null, why) : at(event, why));
        }
        return found;
    }

    private static void checkSignatures(Event event, Map<String, Object> seal, Map<Long, List<String>> keys,
                                        List<AuditVerification.Break> found) {
        String hash = text(seal, HASH);
        Object list = seal.get(SIGNATURES);
        if (hash == null || !(list instanceof List<?> signatures)) {
            found.add(at(event, "its seal has no hash or no list of signatures"));
            return;
        }
        for (Object item : signatures) {
            if (!(item instanceof Map<?, ?> raw)) {
                found.add(at(event, "its seal holds a signature that is not one"));
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> signature = (Map<String, Object>) raw;
            Long party = number(signature, PARTY);
            String value = text(signature, SIGNATURE);
            List<String> registered = party == null ? List.of() : keys.getOrDefault(party, List.of());
            boolean verifies = value != null && registered.stream().anyMatch(key -> Signatures.verify(key, hash, value));
            if (!verifies) {
                found.add(at(event, "the signature of party " + party + " does not verify with any key the log "
                        + "registered for that party: it was forged, or the key was replaced behind Parley's back"));
            }
        }
    }

    private static void checkKeys(Stored stored, Map<Long, List<String>> keys, Map<Long, Event> lastKeyEvent,
                                  List<AuditVerification.Break> found) {
        stored.partyKeys().forEach((party, key) -> {
            List<String> registered = keys.getOrDefault(party, List.of());
            String latest = registered.isEmpty() ? null : registered.get(registered.size() - 1);
            if (key != null && !key.equals(latest)) {
                Event last = lastKeyEvent.get(party);
                String why = "the public key of party " + party + " in the store is not the one the log registered "
                        + "last: it was replaced behind Parley's back";
                found.add(last == null ? new AuditVerification.Break(null, null, null, why) : at(last, why));
            }
        });
    }

    private static void checkPinCounts(Stored stored, Map<Long, Event> lastPinEvent,
                                       List<AuditVerification.Break> found) {
        lastPinEvent.forEach((party, event) -> {
            Integer now = stored.pinFailures().get(party);
            Long expected = number(event.payload(), FAILURES);
            if (now != null && expected != null && now.longValue() != expected) {
                found.add(at(event, "party " + party + " has " + now + " wrong PINs in a row in the store, but the log "
                        + "leaves " + expected + ": the count was reset behind Parley's back"));
            }
        });
    }

    private static void checkAgreements(Stored stored, Map<String, Event> lastSigned,
                                        Set<String> signedUnsealed, Map<Long, Event> lastProposal,
                                        List<AuditVerification.Break> found) {
        for (StoredSignature row : stored.signatures()) {
            Event event = lastSigned.get(row.agreementId() + ":" + row.seat());
            String name = "seat " + row.seat() + "'s signature of agreement " + row.agreementId();
            if (event == null) {
                if (row.signature() != null || !signedUnsealed.contains(row.agreementId() + ":" + row.seat())) {
                    found.add(new AuditVerification.Break(null, null, null, name + " has no AGREEMENT_SIGNED event "
                            + "with a seal: it was written behind Parley's back"));
                }
                continue;
            }
            Map<String, Object> seal = map(event.payload(), SEAL);
            String sealed = text(seal, HASH);
            Object signatures = seal.get(SIGNATURES);
            String value = signatures instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> m
                    ? (String) m.get(SIGNATURE) : null;
            if (!Objects.equals(row.signature(), value) || !Objects.equals(row.statementHash(), sealed)) {
                found.add(at(event, name + " in the store is not the one this event sealed: it was forged or "
                        + "changed behind Parley's back"));
            }
            String now = stored.statements().get(row.agreementId());
            if (now != null && !now.equals(sealed)) {
                found.add(at(event, "agreement " + row.agreementId() + " no longer says what seat " + row.seat()
                        + " signed: its terms, scores or initiative were changed behind Parley's back"));
            }
        }
        stored.draftTerms().forEach((agreement, hash) -> {
            Event event = lastProposal.get(agreement);
            if (event != null && !hash.equals(text(event.payload(), TERMS_HASH))) {
                found.add(at(event, "the draft agreement " + agreement + " no longer has the terms last proposed: "
                        + "they were changed behind Parley's back"));
            }
        });
    }

    private static AuditVerification.Break at(Event event, String reason) {
        AuditChain.Entry entry = event.entry();
        return new AuditVerification.Break(entry.id(), entry.at(), entry.kind(), reason);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> payload, String key) {
        Object value = payload == null ? null : payload.get(key);
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
    }

    private static String text(Map<String, Object> payload, String key) {
        Object value = payload == null ? null : payload.get(key);
        return value instanceof String text ? text : null;
    }

    private static Long number(Map<String, Object> payload, String key) {
        Object value = payload == null ? null : payload.get(key);
        return value instanceof Number n ? n.longValue() : null;
    }
}
