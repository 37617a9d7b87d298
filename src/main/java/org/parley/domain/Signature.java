package org.parley.domain;

import java.time.Instant;
import java.util.Objects;

/** One party's sign-off: who (the party, and its label at that moment) and when. */
public record Signature(long partyId, String label, Instant at) {

    public Signature {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(at, "at");
    }

    public static Signature of(Party party, Instant at) {
        return new Signature(party.id(), party.label(), at);
    }
}
