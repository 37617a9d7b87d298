package org.parley.app.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.Party;
import org.parley.domain.SealVerification;
import org.parley.domain.SigningKey;

/**
 * The seal a joint act leaves in its audit event: what it is for (its purpose, which names the seat where a
 * signature is one party's), the SHA-256 of what it fixed, and the signature of each consenting party that has
 * a signing key over both. {@code verify} checks each signature against the key its party had at that event.
 */
final class Sealing {

    private Sealing() {
    }

    /** The seal of {@code sha256} for {@code purpose} by every party in {@code consent} whose key its PIN unlocked. */
    static Map<String, Object> seal(String purpose, String sha256, Consent consent) {
        List<Map<String, Object>> signatures = new ArrayList<>();
        for (Party party : consent.parties()) {
            consent.key(party.seat()).ifPresent(key -> signatures.add(signature(party, key, purpose, sha256)));
        }
        return seal(purpose, sha256, signatures);
    }

    /** The seal of {@code sha256} for {@code purpose} by one party's key. */
    static Map<String, Object> seal(String purpose, String sha256, Party party, SigningKey key) {
        return seal(purpose, sha256, List.of(signature(party, key, purpose, sha256)));
    }

    private static Map<String, Object> seal(String purpose, String sha256, List<Map<String, Object>> signatures) {
        Map<String, Object> seal = new LinkedHashMap<>();
        seal.put(SealVerification.PURPOSE, purpose);
        seal.put(SealVerification.HASH, sha256);
        seal.put(SealVerification.SIGNATURES, signatures);
        return seal;
    }

    private static Map<String, Object> signature(Party party, SigningKey key, String purpose, String sha256) {
        Map<String, Object> signature = new LinkedHashMap<>();
        signature.put(SealVerification.PARTY, party.id());
        signature.put(SealVerification.SEAT, party.seat().number());
        signature.put(SealVerification.FINGERPRINT, key.fingerprint());
        signature.put(SealVerification.SIGNATURE, key.sign(SealVerification.message(purpose, sha256)));
        return signature;
    }
}
