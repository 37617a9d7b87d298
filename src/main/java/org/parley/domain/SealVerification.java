package org.parley.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    public static final String PURPOSE = "purpose";
    public static final String HASH = "sha256";
    public static final String SIGNATURES = "signatures";
    public static final String PARTY = "party";
    public static final String SEAT = "seat";
    public static final String FINGERPRINT = "fingerprint";
    public static final String SIGNATURE = "signature";
    public static final String PUBLIC_KEY = "publicKey";
    public static final String TERMS_HASH = "terms_sha256";
    public static final String FAILURES = "failures";
    public static final String LOCKED_UNTIL = "lockedUntil";
    public static final String CRITERIA = "criteria";
    /** Every revealed loss tolerance of a workshop, holder to text, as a tolerance event records them. */
    public static final String TOLERANCES = "tolerances";
    public static final String LABELS = "labels";

    /** What a reveal's seal is for. */
    public static final String REVEAL = "parley/reveal/v1";
    /** What the one seal of a reveal of many rounds is for (decision 0026). */
    public static final String REVEAL_TOGETHER = "parley/reveal-together/v1";
    /** In the event of a round revealed with others: the hash of the whole reveal, which the event after them seals. */
    public static final String TOGETHER = "together";
    /** How many rounds a reveal of many opened. */
    public static final String COUNT = "count";
    /** What the seal of revealed appetites is for. */
    public static final String APPETITES = "parley/appetites/v1";

    private SealVerification() {
    }

    /** What a party in {@code seat} signs of an agreement's statement. */
    public static String agreement(int seat) {
        return "parley/agreement/v1|seat=" + seat;
    }

    /** What a party in {@code seat} signs of a revocation. */
    public static String revocation(int seat) {
        return "parley/revoke/v1|seat=" + seat;
    }

    /** What authorises a new signing key for a party. */
    public static String newKey(long party) {
        return "parley/key/v1|party=" + party;
    }

    /** What a party's key signs when its PIN, and so the key, is removed. */
    public static String clearKey(long party) {
        return "parley/clear/v1|party=" + party;
    }

    /** An instant as the log and the store compare it: to the second, ISO 8601. */
    public static String second(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The text a signature is made over: the purpose, then the SHA-256 of what is sealed. */
    public static String message(String purpose, String sha256) {
        return purpose + "|" + sha256;
    }

    /** An event with its payload read as a map (empty when the payload is not JSON). */
    public record Event(AuditChain.Entry entry, Map<String, Object> payload) {
    }

    /** A signature an agreement row claims, as stored. */
    public record StoredSignature(long agreementId, int seat, Long partyId, String status, String statementHash,
                                  String signature, String publicKey) {
    }

    /** A revocation signature an agreement row claims, as stored. */
    public record StoredRevocation(long agreementId, int seat, Long partyId) {
    }

    /** What the store holds of a party's PIN: its public key (null for none), whether it has a PIN, its guard. */
    public record PartyState(String publicKey, boolean pinSet, int pinFailures, String lockedUntil, String label) {
    }

    /**
     * What the store holds now, to compare with what was sealed.
     *
     * @param parties            party id to what the store holds of it
     * @param revealed           "initiative:round" to the hash of that round's stored assessments, for revealed rounds
     * @param initiatives        the initiatives the store holds, each to its workshop
     * @param appetites          workshop id to the hash of its stored frontiers, for workshops whose appetites are revealed
     * @param criteria           workshop id to its value criteria as text ("name (weight w)", in order)
     * @param signatures         every signature an agreement row claims
     * @param revocations        every revocation signature an agreement row claims
     * @param statements         agreement id to the hash of its statement as taken now from the store, where it can be
     * @param draftTerms         draft agreement id to the hash of its stored terms
     * @param changedInitiatives signed agreements whose initiative no longer reads as it did when signed
     * @param signedIds          the ids transferred workshops' rows were signed under (decision 0037)
     */
    public record Stored(Map<Long, PartyState> parties, Map<InitiativeRound, String> revealed, Map<Long, Long> initiatives,
                         Map<Long, String> appetites, Map<Long, List<String>> criteria,
                         List<StoredSignature> signatures, List<StoredRevocation> revocations,
                         Map<Long, String> statements, Map<Long, String> draftTerms, Set<Long> changedInitiatives,
                         Map<Long, Map<String, String>> tolerances, SignedIds signedIds) {

        /** A store without revealed loss tolerances, into which nothing was transferred. */
        public Stored(Map<Long, PartyState> parties, Map<InitiativeRound, String> revealed, Map<Long, Long> initiatives,
                Map<Long, String> appetites, Map<Long, List<String>> criteria, List<StoredSignature> signatures,
                List<StoredRevocation> revocations, Map<Long, String> statements, Map<Long, String> draftTerms,
                Set<Long> changedInitiatives) {
            this(parties, revealed, initiatives, appetites, criteria, signatures, revocations, statements, draftTerms,
                    changedInitiatives, Map.of(), SignedIds.NONE);
        }
    }

    /** Every problem found, each at the event it contradicts (or at none, for a row no event knows of). */
    public static List<AuditVerification.Break> check(List<Event> events, Stored stored) {
        List<AuditVerification.Break> found = new ArrayList<>();
        KeyTimeline keys = new KeyTimeline();
        Map<Long, Event> lastGuardEvent = new HashMap<>();
        Map<InitiativeRound, Event> lastReveal = new HashMap<>();
        Map<Long, Event> lastAppetiteSeal = new HashMap<>();
        Map<SeatOf, Event> lastSigned = new HashMap<>();
        Set<SeatOf> sealedRevocations = new HashSet<>();
        Set<SeatOf> signedUnsealed = new HashSet<>();
        Map<Long, Event> lastProposal = new HashMap<>();
        Map<Long, Event> frozen = new HashMap<>();
        Map<Long, Event> lastCriteria = new HashMap<>();
        Map<Long, Event> lastTolerances = new HashMap<>();
        Map<Long, String> labels = new HashMap<>();
        Map<Long, Event> lastLabelEvent = new HashMap<>();
        Map<Together, List<Event>> revealedTogether = new HashMap<>();
        Map<Together, Event> sealedTogether = new HashMap<>();
        Set<InitiativeRound> everyReveal = new HashSet<>();
        for (Event event : events) {
            AuditChain.Entry entry = event.entry();
            String kind = Objects.requireNonNullElse(entry.kind(), "");
            Map<String, Object> payload = event.payload();
            keys.saw(entry);
            Map<String, Object> seal = map(payload, SEAL);
            Set<Long> signers = seal == null ? Set.of() : checkSeal(event, seal, keys, found);
            if (kind.equals(AuditKind.PIN_SET.name()) || kind.equals(AuditKind.PIN_CLEARED.name())) {
                keys.apply(event, signers, found);
            }
            if (entry.partyId() != null && (kind.equals(AuditKind.PIN_REFUSED.name())
                    || kind.equals(AuditKind.PIN_ACCEPTED.name()))) {
                lastGuardEvent.put(entry.partyId(), event);
            }
            if (kind.equals(AuditKind.ROUND_REVEALED.name()) && entry.subjectId() != null) {
                everyReveal.add(roundOf(event));
            }
            if (seal != null && kind.equals(AuditKind.ROUND_REVEALED.name()) && entry.subjectId() != null) {
                // Whose keys must have signed: the workshop the store holds the initiative in, not the event's word.
                Long workshop = requireOwnWorkshop(event, stored, found);
                requireEveryKey(event, workshop, signers, keys, found);
                lastReveal.put(roundOf(event), event);
            } else if (seal == null && kind.equals(AuditKind.ROUND_REVEALED.name()) && entry.subjectId() != null
                    && text(payload, TOGETHER) != null) {
                lastReveal.put(roundOf(event), event);
                revealedTogether.computeIfAbsent(new Together(entry.workshopId(), text(payload, TOGETHER)),
                        k -> new ArrayList<>()).add(event);
            } else if (seal == null && kind.equals(AuditKind.ROUND_REVEALED.name()) && entry.subjectId() != null) {
                // Unsealed reveals are those made before the parties had keys; one made after them was stripped.
                Long workshop = stored.initiatives().getOrDefault(entry.subjectId(), entry.workshopId());
                if (!keys.partiesWithKeys(workshop == null ? -1 : workshop).isEmpty()) {
                    found.add(at(event, "it reveals a round while the parties had keys, but carries no seal: its seal "
                            + "was removed behind Parley's back"));
                }
            } else if (kind.equals(AuditKind.ROUNDS_REVEALED.name())) {
                sealedTogether(event, seal, signers, keys, sealedTogether, found);
            } else if (seal != null && kind.equals(AuditKind.APPETITE_CHANGED.name()) && entry.workshopId() != null) {
                lastAppetiteSeal.put(entry.workshopId(), event);
            } else if (seal != null && kind.equals(AuditKind.AGREEMENT_SIGNED.name()) && entry.subjectId() != null) {
                int seat = number(payload, SEAT) == null ? 0 : number(payload, SEAT).intValue();
                SeatOf key = new SeatOf(entry.subjectId(), seat);
                if (Boolean.TRUE.equals(payload.get("revocation"))) {
                    requireSigner(event, seal, revocation(seat), entry.partyId(), seat, signers, found);
                    sealedRevocations.add(key);
                } else {
                    requireSigner(event, seal, agreement(seat), entry.partyId(), seat, signers, found);
                    lastSigned.put(key, event);
                }
            } else if (seal == null && kind.equals(AuditKind.AGREEMENT_SIGNED.name()) && entry.subjectId() != null) {
                signedUnsealed.add(new SeatOf(entry.subjectId(), intOr0(number(payload, SEAT))));   // signed before keys
            }
            if (kind.equals(AuditKind.AGREEMENT_FROZEN.name()) && entry.subjectId() != null) {
                frozen.put(entry.subjectId(), event);
            }
            if (kind.equals(AuditKind.AGREEMENT_PROPOSED.name()) && entry.subjectId() != null
                    && text(payload, TERMS_HASH) != null) {
                lastProposal.put(entry.subjectId(), event);
            }
            if ((kind.equals(AuditKind.CRITERIA_CHANGED.name()) || kind.equals(AuditKind.WORKSHOP_CREATED.name()))
                    && entry.workshopId() != null && payload.get(CRITERIA) instanceof List<?>) {
                lastCriteria.put(entry.workshopId(), event);
            }
            if (kind.equals(AuditKind.TOLERANCE_CHANGED.name()) && entry.workshopId() != null
                    && payload.get(TOLERANCES) instanceof Map<?, ?>) {
                lastTolerances.put(entry.workshopId(), event);
            }
            labels(event, labels, lastLabelEvent);
        }
        checkParties(stored, keys, lastGuardEvent, labels, lastLabelEvent, found);
        lastReveal.forEach((round, event) -> {
            String now = stored.revealed().get(round);
            if (now == null && stored.initiatives().containsKey(round.initiativeId())) {
                found.add(at(event, round + " is no longer revealed with both assessments, though this event revealed it: it was "
                        + "changed behind Parley's back"));
            } else if (now != null && !now.equals(revealedHash(event))) {
                found.add(at(event, "the revealed assessments of initiative " + round.initiativeId() + ", round " + round.round()
                        + " no longer match the hash sealed at their reveal: a score or rationale was changed "
                        + "behind Parley's back"));
            }
        });
        checkRevealedTogether(revealedTogether, sealedTogether, stored, found);
        stored.revealed().keySet().stream().filter(round -> !everyReveal.contains(round)).sorted().findFirst()
                .ifPresent(round -> found.add(new AuditVerification.Break(null, null, null, round
                        + " is revealed in the store, but no event of the log "
                        + "revealed it: it was revealed, or its event removed, behind Parley's back")));
        lastAppetiteSeal.forEach((workshop, event) -> {
            String now = stored.appetites().get(workshop);
            if (!Objects.equals(now, text(map(event.payload(), SEAL), HASH))) {
                found.add(at(event, "the appetites of workshop " + workshop + " no longer match the hash sealed "
                        + "at their last change: a frontier was changed behind Parley's back"));
            }
        });
        // Revealed tolerances are not signed, but every change after their reveal records all of them in the chain.
        lastTolerances.forEach((workshop, event) -> {
            Map<String, String> now = stored.tolerances().getOrDefault(workshop, Map.of());
            if (!now.equals(event.payload().get(TOLERANCES))) {
                found.add(at(event, "the loss tolerances of workshop " + workshop + " are not the ones this event "
                        + "recorded last: a tolerance was changed behind Parley's back"));
            }
        });
        lastCriteria.forEach((workshop, event) -> {
            List<String> now = stored.criteria().get(workshop);
            if (now != null && !now.equals(event.payload().get(CRITERIA))) {
                found.add(at(event, "the value criteria of workshop " + workshop + " are not the ones this event "
                        + "recorded last: a name or weight was changed behind Parley's back"));
            }
        });
        checkAgreements(stored, lastSigned, signedUnsealed, sealedRevocations, lastProposal, found);
        for (long agreement : stored.changedInitiatives()) {
            String why = "the initiative of agreement " + agreement + " no longer reads as it did when both signed: "
                    + "its title or description was changed behind Parley's back";
            Event event = frozen.get(agreement);
            found.add(event == null ? new AuditVerification.Break(null, null, null, why) : at(event, why));
        }
        return found;
    }

    /** The hash a round's reveal fixed: in its own seal, or in its event when one seal covers many rounds. */
    private static String revealedHash(Event event) {
        Map<String, Object> seal = map(event.payload(), SEAL);
        return seal != null ? text(seal, HASH) : text(event.payload(), HASH);
    }

    /** The event that seals a reveal of many rounds: both parties' keys, for that purpose, once per hash. */
    private static void sealedTogether(Event event, Map<String, Object> seal, Set<Long> signers, KeyTimeline keys,
                                       Map<Together, Event> sealed, List<AuditVerification.Break> found) {
        if (seal == null || !REVEAL_TOGETHER.equals(text(seal, PURPOSE)) || text(seal, HASH) == null) {
            found.add(at(event, "it ends a reveal of many rounds but carries no seal for one"));
            return;
        }
        requireEveryKey(event, event.entry().workshopId(), signers, keys, found);
        if (sealed.putIfAbsent(new Together(event.entry().workshopId(), text(seal, HASH)), event) != null) {
            found.add(at(event, "it seals the same reveal as an earlier event: it was copied behind Parley's back"));
        }
    }

    /**
     * Each reveal of many rounds against its seal: the rounds whose events name a hash must be exactly the ones it
     * sealed, in their order, and every seal must have its rounds.
     */
    private static void checkRevealedTogether(Map<Together, List<Event>> revealed, Map<Together, Event> sealed,
                                              Stored stored, List<AuditVerification.Break> found) {
        revealed.forEach((together, rounds) -> {
            // Failing one in its own workshop, a seal of that hash in another: moved there behind Parley's back, said below.
            Event seal = sealed.containsKey(together) ? sealed.remove(together) : sealed.keySet().stream()
                    .filter(other -> other.hash().equals(together.hash())).findFirst().map(sealed::remove).orElse(null);
            if (seal == null) {
                found.add(at(rounds.get(0), "it and " + (rounds.size() - 1) + " other revealed rounds name a seal that "
                        + "no event of the log holds: they were written behind Parley's back"));
                return;
            }
            List<Seals.RevealedRound> listed = rounds.stream().map(round -> new Seals.RevealedRound(
                    Objects.requireNonNullElse(round.entry().subjectId(), -1L),
                    Objects.requireNonNullElse(number(round.payload(), "round"), -1L),
                    Objects.requireNonNullElse(text(round.payload(), HASH), ""))).toList();
            Long count = number(seal.payload(), COUNT);
            if (!together.hash().equals(Seals.revealedTogether(stored.signedIds(), listed)) || count == null || count != rounds.size()) {
                found.add(at(seal, "the rounds it sealed are not the ones the log reveals with it: a revealed round "
                        + "was added, removed or changed behind Parley's back"));
            }
            // The keys that had to sign were the seal's workshop's: its rounds must be initiatives of that workshop.
            Long workshop = seal.entry().workshopId();
            rounds.stream().filter(round -> {
                Long own = stored.initiatives().get(round.entry().subjectId());
                return workshop == null || (own != null && !own.equals(workshop))
                        || !workshop.equals(round.entry().workshopId());
            }).findFirst().ifPresent(round -> found.add(at(seal, "it seals initiative " + round.entry().subjectId()
                    + ", which is not of the workshop it names: it was moved to escape its parties' keys behind "
                    + "Parley's back")));
        });
        sealed.forEach((together, seal) -> found.add(at(seal, "it seals a reveal of which the log holds no round: "
                + "they were removed behind Parley's back")));
    }

    /** Checks each signature of the seal with the key its party has at this event; returns who verified. */
    private static Set<Long> checkSeal(Event event, Map<String, Object> seal, KeyTimeline keys,
                                       List<AuditVerification.Break> found) {
        Set<Long> verified = new HashSet<>();
        String hash = text(seal, HASH);
        String purpose = text(seal, PURPOSE);
        Object list = seal.get(SIGNATURES);
        if (hash == null || purpose == null || !(list instanceof List<?> signatures)) {
            found.add(at(event, "its seal has no purpose, hash or list of signatures"));
            return verified;
        }
        for (Object item : signatures) {
            @SuppressWarnings("unchecked")
            Map<String, Object> signature = item instanceof Map<?, ?> raw ? (Map<String, Object>) raw : Map.of();
            Long party = number(signature, PARTY);
            String value = text(signature, SIGNATURE);
            String key = keys.keyOf(party);
            if (key != null && value != null && Signatures.verify(key, message(purpose, hash), value)) {
                verified.add(party);
            } else {
                found.add(at(event, "the signature of party " + party + " does not verify with the key that party "
                        + "had at this event: it was forged, or the key was replaced behind Parley's back"));
            }
        }
        return verified;
    }

    /** A reveal is both parties' act: every party of the workshop that has a key must have signed it. */
    /**
     * The workshop whose parties must seal the reveal of the event's initiative: the one the store holds it in; the
     * event must name the same one. For an initiative no longer in the store, the event's.
     */
    private static Long requireOwnWorkshop(Event event, Stored stored, List<AuditVerification.Break> found) {
        Long named = event.entry().workshopId();
        Long own = stored.initiatives().get(event.entry().subjectId());
        if (own == null) {
            return named;
        }
        if (!own.equals(named)) {
            found.add(at(event, "it reveals initiative " + event.entry().subjectId() + " of workshop " + own
                    + " as if of workshop " + named + ": it was changed behind Parley's back"));
        }
        return own;
    }

    private static void requireEveryKey(Event event, Long workshop, Set<Long> signers, KeyTimeline keys,
                                        List<AuditVerification.Break> found) {
        for (long party : keys.partiesWithKeys(workshop == null ? -1 : workshop)) {
            if (!signers.contains(party)) {
                found.add(at(event, "party " + party + " has a key but did not sign this reveal: the event was "
                        + "written behind Parley's back"));
            }
        }
    }

    /** A signature of an agreement or revocation must be its own party's, for its own seat. */
    private static void requireSigner(Event event, Map<String, Object> seal, String purpose, Long party, int seat,
                                      Set<Long> signers, List<AuditVerification.Break> found) {
        if (!purpose.equals(text(seal, PURPOSE)) || party == null || !signers.contains(party)) {
            found.add(at(event, "its seal is not seat " + seat + "'s own signature for this: it was written behind "
                    + "Parley's back"));
        }
    }

    /** Follows the parties' labels from the workshop's creation and each renaming. */
    private static void labels(Event event, Map<Long, String> labels, Map<Long, Event> lastLabelEvent) {
        AuditChain.Entry entry = event.entry();
        Object recorded = event.payload().get(LABELS);
        if (AuditKind.WORKSHOP_CREATED.name().equals(entry.kind()) && recorded instanceof Map<?, ?> byParty) {
            byParty.forEach((party, label) -> {
                long id = Long.parseLong(String.valueOf(party));
                labels.put(id, String.valueOf(label));
                lastLabelEvent.put(id, event);
            });
        } else if (AuditKind.PARTY_RENAMED.name().equals(entry.kind()) && entry.subjectId() != null
                && event.payload().get("to") instanceof String label) {
            labels.put(entry.subjectId(), label);
            lastLabelEvent.put(entry.subjectId(), event);
        }
    }

    private static void checkParties(Stored stored, KeyTimeline keys, Map<Long, Event> lastGuardEvent,
                                     Map<Long, String> labels, Map<Long, Event> lastLabelEvent,
                                     List<AuditVerification.Break> found) {
        stored.parties().forEach((party, state) -> {
            Event pinEvent = keys.lastPinEvent(party);
            String key = keys.keyOf(party);
            if (key != null && !key.equals(state.publicKey())) {
                found.add(at(pinEvent, "the public key of party " + party + " in the store is not the one the log "
                        + "registered last: it was replaced behind Parley's back"));
            } else if (key == null && pinEvent == null && state.publicKey() != null) {
                found.add(new AuditVerification.Break(null, null, null, "party " + party + " has a public key that no "
                        + "event registered: it was written behind Parley's back"));
            }
            Boolean logged = keys.pinSet(party);
            if (Boolean.TRUE.equals(logged) && !state.pinSet()) {
                found.add(at(pinEvent, "the PIN of party " + party + " was removed from the store behind Parley's "
                        + "back; the log has no event removing it"));
            } else if (!Boolean.TRUE.equals(logged) && state.pinSet()) {
                Event last = pinEvent;
                String why = "party " + party + " has a PIN that no event set: it was written behind Parley's back";
                found.add(last == null ? new AuditVerification.Break(null, null, null, why) : at(last, why));
            }
            Event guard = lastGuardEvent.get(party);
            Long failures = guard == null ? null : number(guard.payload(), FAILURES);
            if (failures != null && (state.pinFailures() != failures
                    || !Objects.equals(state.lockedUntil(), text(guard.payload(), LOCKED_UNTIL)))) {
                found.add(at(guard, "party " + party + " has " + state.pinFailures() + " wrong PINs in a row in the "
                        + "store, but the log leaves " + failures + (Objects.equals(state.lockedUntil(),
                        text(guard.payload(), LOCKED_UNTIL)) ? "" : " and another wait") + ": the count was reset "
                        + "behind Parley's back"));
            }
            String label = labels.get(party);
            if (label != null && !label.equals(state.label())) {
                found.add(at(lastLabelEvent.get(party), "party " + party + " is called \u201C" + state.label()
                        + "\u201D in the store, but the log last named it \u201C" + label + "\u201D: it was renamed "
                        + "behind Parley's back"));
            }
        });
    }

    private static void checkAgreements(Stored stored, Map<SeatOf, Event> lastSigned, Set<SeatOf> signedUnsealed,
                                        Set<SeatOf> sealedRevocations, Map<Long, Event> lastProposal,
                                        List<AuditVerification.Break> found) {
        for (StoredRevocation row : stored.revocations()) {
            if (!sealedRevocations.contains(new SeatOf(row.agreementId(), row.seat()))) {
                found.add(new AuditVerification.Break(null, null, null, "seat " + row.seat() + "'s revocation of "
                        + "agreement " + row.agreementId() + " has no sealed event of that party: it was written "
                        + "behind Parley's back"));
            }
        }
        for (StoredSignature row : stored.signatures()) {
            SeatOf seatOf = new SeatOf(row.agreementId(), row.seat());
            Event event = lastSigned.get(seatOf);
            String name = "seat " + row.seat() + "'s signature of agreement " + row.agreementId();
            if (event == null) {
                if (row.signature() != null || !signedUnsealed.contains(seatOf)) {
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
            if (!Objects.equals(row.signature(), value) || !Objects.equals(row.statementHash(), sealed)
                    || !Objects.equals(row.partyId(), event.entry().partyId())
                    || (row.publicKey() != null && !keyOfSealSigner(seal, row.publicKey()))) {
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

    /** True when the seal's signature was made under the key the row names (its fingerprint matches). */
    private static boolean keyOfSealSigner(Map<String, Object> seal, String publicKey) {
        Object signatures = seal.get(SIGNATURES);
        try {
            return signatures instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> m
                    && Signatures.fingerprint(publicKey).equals(m.get(FINGERPRINT));
        } catch (IllegalArgumentException notAKey) {
            return false;
        }
    }

    static AuditVerification.Break at(Event event, String reason) {
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

    /** The round a reveal event reveals; round 0, which no store holds, when the event names none. */
    private static InitiativeRound roundOf(Event event) {
        return new InitiativeRound(event.entry().subjectId(), intOr0(number(event.payload(), "round")));
    }

    private static int intOr0(Long number) {
        return number == null ? 0 : number.intValue();
    }

    /**
     * A reveal of many rounds in one workshop, by the hash its seal covers. Two workshops may seal the same hash: one
     * transferred into a store that holds its twin, the same sample say, signed under the same ids (decision 0037).
     */
    private record Together(Long workshopId, String hash) {
    }

    /** One party's seat on one agreement: whose signature or revocation. */
    private record SeatOf(long agreementId, int seat) {
    }

    private static Long number(Map<String, Object> payload, String key) {
        Object value = payload == null ? null : payload.get(key);
        return value instanceof Number n ? n.longValue() : null;
    }
}
