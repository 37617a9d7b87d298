package org.parley.app.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.Party;
import org.parley.domain.SealVerification;
import org.parley.domain.Seat;
import org.parley.domain.SigningKey;

/**
 * The seal a joint act leaves in its audit event: the SHA-256 of what it fixed, signed by each consenting
 * party that has a signing key. {@code verify} checks each signature against the keys the log registered.
 */
final class Sealing {

    private Sealing() {
    }

    /** The seal of {@code sha256} by every party in {@code consent} whose key its PIN unlocked. */
    static Map<String, Object> seal(String sha256, Consent consent) {
        List<Map<String, Object>> signatures = new ArrayList<>();
        for (Party party : consent.parties()) {
            consent.key(party.seat()).ifPresent(key -> signatures.add(signature(party, key, sha256)));
        }
        return seal(sha256, signatures);
    }

    /** The seal of {@code sha256} by one party's key. */
    static Map<String, Object> seal(String sha256, Party party, SigningKey key) {
        return seal(sha256, List.of(signature(party, key, sha256)));
    }

    private static Map<String, Object> seal(String sha256, List<Map<String, Object>> signatures) {
        Map<String, Object> seal = new LinkedHashMap<>();
        seal.put(SealVerification.HASH, sha256);
        seal.put(SealVerification.SIGNATURES, signatures);
        return seal;
    }

    private static Map<String, Object> signature(Party party, SigningKey key, String sha256) {
        Map<String, Object> signature = new LinkedHashMap<>();
        signature.put(SealVerification.PARTY, party.id());
        signature.put(SealVerification.SEAT, party.seat().number());
        signature.put(SealVerification.FINGERPRINT, key.fingerprint());
        signature.put(SealVerification.SIGNATURE, key.sign(sha256));
        return signature;
    }

    /** The seats whose signatures the seal holds. */
    static List<Seat> signers(Consent consent) {
        return consent.parties().stream().map(Party::seat).filter(seat -> consent.key(seat).isPresent()).toList();
    }
}
