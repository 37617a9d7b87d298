package org.parley.app.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.domain.Actor;
import org.parley.domain.Party;
import org.parley.domain.Seat;
import org.parley.domain.SigningKey;

/**
 * Who stands behind a change: nobody in particular (the window or the command line), one party whose PIN was
 * checked, or both. Only {@link ConsentService} puts a party into a consent, after checking its PIN, so no
 * window or command can act for a party without it; the services check it against {@link ConsentRule}.
 */
public final class Consent {

    private final Actor place;
    private final long workshopId;
    private final Map<Seat, Party> parties;
    private final Map<Seat, SigningKey> keys;

    private Consent(Actor place, long workshopId, Map<Seat, Party> parties, Map<Seat, SigningKey> keys) {
        this.place = place;
        this.workshopId = workshopId;
        this.parties = Collections.unmodifiableMap(parties);
        this.keys = Collections.unmodifiableMap(keys);
    }

    /** No party: what the window or the command line may do on its own. */
    public static Consent nobody(Actor place) {
        if (place.partyId() != null) {
            throw new IllegalArgumentException("A party's consent comes from ConsentService, not from " + place);
        }
        return new Consent(place, -1, new EnumMap<>(Seat.class), new EnumMap<>(Seat.class));
    }

    /** One party, checked: made only by ConsentService. */
    static Consent of(Party party, SigningKey key) {
        Map<Seat, Party> one = new EnumMap<>(Seat.class);
        one.put(party.seat(), party);
        Map<Seat, SigningKey> keys = new EnumMap<>(Seat.class);
        if (key != null) {
            keys.put(party.seat(), key);
        }
        return new Consent(Actor.WINDOW, party.workshopId(), one, keys);
    }

    // queries

    /** True when the party in {@code seat} consented. */
    public boolean includes(Seat seat) {
        return parties.containsKey(seat);
    }

    /** True when {@code party} itself consented (its seat, in its workshop). */
    public boolean includes(Party party) {
        Party given = parties.get(party.seat());
        return given != null && given.id() == party.id();
    }

    public boolean both() {
        return parties.size() == Seat.values().length;
    }

    public boolean nobody() {
        return parties.isEmpty();
    }

    /** The workshop whose parties consented; -1 for nobody. */
    public long workshopId() {
        return workshopId;
    }

    /** The party in {@code seat} as the store held it when it consented; empty when it did not. */
    public Optional<Party> party(Seat seat) {
        return Optional.ofNullable(parties.get(seat));
    }

    /** The parties who consented, seat one first. */
    public List<Party> parties() {
        return new ArrayList<>(parties.values());
    }

    /** The one party that consented, for a change that is one party's own; empty for nobody or both. */
    public Optional<Party> single() {
        return parties.size() == 1 ? Optional.of(parties.values().iterator().next()) : Optional.empty();
    }

    /** Who the audit log names: the party, "A and B" for both, or the window or command line. */
    public Actor actor() {
        if (parties.isEmpty()) {
            return place;
        }
        if (parties.size() == 1) {
            return Actor.of(parties.values().iterator().next());
        }
        return new Actor(null, String.join(" and ", parties.values().stream().map(Party::label).toList()));
    }

    /** The seat numbers of the consenting parties, for the audit payload. */
    public List<Integer> seats() {
        return parties.keySet().stream().map(Seat::number).toList();
    }

    /** The unlocked signing key of the party in {@code seat}, when it has one and gave its PIN. */
    Optional<SigningKey> key(Seat seat) {
        return Optional.ofNullable(keys.get(seat));
    }

    // commands

    /**
     * Both parties' consent from each one's: the other party of the same workshop. A consent of nobody
     * adds nothing.
     */
    public Consent and(Consent other) {
        if (other.nobody()) {
            return this;
        }
        if (nobody()) {
            return other;
        }
        if (other.workshopId != workshopId) {
            throw new IllegalArgumentException("Consents of two workshops cannot be joined.");
        }
        Map<Seat, Party> joined = new EnumMap<>(Seat.class);
        joined.putAll(parties);
        joined.putAll(other.parties);
        Map<Seat, SigningKey> joinedKeys = new EnumMap<>(Seat.class);
        joinedKeys.putAll(keys);
        joinedKeys.putAll(other.keys);
        return new Consent(place, workshopId, joined, joinedKeys);
    }

    /** The same consent with a consenting party's record as it is now (after a rename); other parties are ignored. */
    public Consent renamed(Party now) {
        Party given = parties.get(now.seat());
        if (given == null || given.id() != now.id()) {
            return this;
        }
        Map<Seat, Party> updated = new EnumMap<>(Seat.class);
        updated.putAll(parties);
        updated.put(now.seat(), now);
        Map<Seat, SigningKey> sameKeys = new EnumMap<>(Seat.class);
        sameKeys.putAll(keys);
        return new Consent(place, workshopId, updated, sameKeys);
    }

    @Override
    public String toString() {
        return "Consent of " + actor().label();
    }
}
