package org.parley.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One party's sign-off: who (the party, and its label at that moment), when, and, for a party with a signing
 * key, its Ed25519 signature ({@code proof}, base64) of the agreement's statement with the public key it used.
 */
public record Signature(long partyId, String label, Instant at, String proof, String publicKey) {

    public Signature {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(at, "at");
    }

    /** A sign-off without a cryptographic signature, as stored before signing keys or for a revocation. */
    public Signature(long partyId, String label, Instant at) {
        this(partyId, label, at, null, null);
    }

    public static Signature of(Party party, Instant at) {
        return new Signature(party.id(), party.label(), at);
    }

    public static Signature of(Party party, Instant at, String proof, String publicKey) {
        return new Signature(party.id(), party.label(), at, proof, publicKey);
    }

    /** True when it carries an Ed25519 signature. */
    public boolean signed() {
        return proof != null && publicKey != null;
    }
}
