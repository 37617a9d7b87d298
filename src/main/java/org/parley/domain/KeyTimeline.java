package org.parley.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The signing key each party had at each event of the log, as PIN_SET events registered and PIN_CLEARED events
 * retired them. A party's first key is taken on trust; any later one must be authorised: a new key replacing
 * one still in use by that key, a key after a cleared one by the other party's key. So a key written into the
 * store or the log behind Parley's back cannot sign for its party. See decision 0011.
 */
final class KeyTimeline {

    private final Map<Long, String> current = new HashMap<>();
    private final Set<Long> hadKey = new HashSet<>();
    private final Map<Long, Long> workshopOf = new HashMap<>();
    private final Map<Long, Boolean> pinSet = new HashMap<>();
    private final Map<Long, SealVerification.Event> lastPinEvent = new HashMap<>();

    /** The key the party signs with now, or null when it has none. */
    String keyOf(Long party) {
        return party == null ? null : current.get(party);
    }

    /** Whether the log leaves the party with a PIN; null when the log says nothing of its PIN. */
    Boolean pinSet(long party) {
        return pinSet.get(party);
    }

    SealVerification.Event lastPinEvent(long party) {
        return lastPinEvent.get(party);
    }

    /** The parties of the workshop that have a key now: every one of them must sign a joint act. */
    List<Long> partiesWithKeys(long workshopId) {
        List<Long> parties = new ArrayList<>();
        current.forEach((party, key) -> {
            if (key != null && Objects.equals(workshopOf.get(party), workshopId)) {
                parties.add(party);
            }
        });
        return parties;
    }

    /** Remembers which workshop an event's party belongs to. */
    void saw(AuditChain.Entry entry) {
        if (entry.partyId() != null && entry.workshopId() != null) {
            workshopOf.putIfAbsent(entry.partyId(), entry.workshopId());
        }
    }

    /**
     * Applies a PIN_SET or PIN_CLEARED event, after its seal's signatures were checked against the keys before
     * it; {@code signers} are the parties whose signatures in its seal verified.
     */
    void apply(SealVerification.Event event, Set<Long> signers, List<AuditVerification.Break> found) {
        AuditChain.Entry entry = event.entry();
        Long party = entry.partyId();
        if (party == null) {
            return;
        }
        lastPinEvent.put(party, event);
        if (AuditKind.PIN_CLEARED.name().equals(entry.kind())) {
            String old = current.get(party);
            if (old != null && !signers.contains(party)) {
                found.add(SealVerification.at(event, "the PIN of party " + party + " was removed without its key's "
                        + "signature: the event was written behind Parley's back"));
            }
            current.put(party, null);
            pinSet.put(party, false);
            return;
        }
        pinSet.put(party, true);
        Object raw = event.payload() == null ? null : event.payload().get(SealVerification.PUBLIC_KEY);
        if (!(raw instanceof String key)) {
            return;   // a PIN from before signing keys: a hash, no key
        }
        String old = current.get(party);
        if (key.equals(old)) {
            return;   // the same key under a new PIN
        }
        if (old != null && !signers.contains(party)) {
            found.add(SealVerification.at(event, "a new key for party " + party + " that its key in use did not "
                    + "authorise: it was registered behind Parley's back"));
        } else if (old == null && hadKey.contains(party) && !otherPartySigned(party, signers)) {
            found.add(SealVerification.at(event, "a new key for party " + party + ", whose earlier key was "
                    + "cleared, that the other party did not authorise: it was registered behind Parley's back"));
        }
        current.put(party, key);
        hadKey.add(party);
    }

    private boolean otherPartySigned(long party, Set<Long> signers) {
        Long workshop = workshopOf.get(party);
        List<Long> others = partiesWithKeys(workshop == null ? -1 : workshop);
        others.remove(party);
        return others.isEmpty() || others.stream().anyMatch(signers::contains);
    }
}
