package org.parley.app.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.AgreementContent;
import org.parley.domain.AuditChain;
import org.parley.domain.AuditKind;
import org.parley.domain.AuditVerification;
import org.parley.domain.SealVerification;
import org.parley.domain.TransferredIds;
import org.parley.store.AuditLog;

/**
 * A transferred workshop's events, rewritten for the store they arrive in (decision 0037). What the parties signed
 * travels as it was: every seal's purpose, hash and signatures. What names a row by id (the event's workshop, party and
 * subject, a signature's party, the parties' labels) names it by its new id. What the store derived from its rows'
 * ids, the hash recorded of a frozen agreement and of a draft's last proposed terms, is taken again of the rows as they
 * arrived; the chain's hashes are this store's.
 */
final class ArrivingEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArrivingEvents() {
    }

    /**
     * @param events  the workshop's events in the store it left, in their order; every kind one Parley writes
     * @param ids     each row's id there to its id here
     * @param arrived the workshop's agreements as they arrived, under their new ids
     */
    static List<AuditLog.Arrival> rewrite(List<AuditChain.Entry> events, TransferredIds ids,
                                          List<AgreementContent> arrived) {
        Map<Long, AgreementContent> agreements = new HashMap<>();
        arrived.forEach(a -> agreements.put(a.id(), a));
        Map<Long, Integer> lastProposal = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            if (AuditKind.AGREEMENT_PROPOSED.name().equals(events.get(i).kind()) && events.get(i).subjectId() != null) {
                lastProposal.put(events.get(i).subjectId(), i);
            }
        }
        List<AuditLog.Arrival> rewritten = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            AuditChain.Entry event = events.get(i);
            AuditKind kind = AuditKind.valueOf(event.kind());
            Long subject = ids.subject(kind, event.subjectId());
            Map<String, Object> payload = payload(event);
            rewriteParties(payload, ids);
            AgreementContent agreement = subject == null ? null : agreements.get(subject);
            if (agreement != null && kind == AuditKind.AGREEMENT_FROZEN) {
                payload.put(AuditVerification.HASH_KEY, agreement.sha256());
            } else if (agreement != null && kind == AuditKind.AGREEMENT_PROPOSED && !agreement.claimsSigned()
                    && lastProposal.get(event.subjectId()) == i && payload.containsKey(SealVerification.TERMS_HASH)) {
                payload.put(SealVerification.TERMS_HASH, agreement.termsSha256());
            }
            rewritten.add(new AuditLog.Arrival(event.at(), ids.party(event.partyId()), event.actor(), kind, subject,
                    payload));
        }
        return rewritten;
    }

    /** A seal's signers and the parties' labels, by the parties' new ids. */
    @SuppressWarnings("unchecked")
    private static void rewriteParties(Map<String, Object> payload, TransferredIds ids) {
        if (payload.get(SealVerification.SEAL) instanceof Map<?, ?> seal
                && seal.get(SealVerification.SIGNATURES) instanceof List<?> signatures) {
            for (Object item : signatures) {
                if (item instanceof Map<?, ?> signature && signature.get(SealVerification.PARTY) instanceof Number party) {
                    Long now = ids.party(party.longValue());
                    if (now != null) {
                        ((Map<String, Object>) signature).put(SealVerification.PARTY, now);
                    }
                }
            }
        }
        if (payload.get(SealVerification.LABELS) instanceof Map<?, ?> labels) {
            Map<String, Object> renamed = new LinkedHashMap<>();
            labels.forEach((party, label) -> {
                Long now = ids.party(Long.parseLong(String.valueOf(party)));
                renamed.put(String.valueOf(now == null ? party : now), label);
            });
            payload.put(SealVerification.LABELS, renamed);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(AuditChain.Entry event) {
        try {
            return JSON.readValue(event.payload(), LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            // The store it came from verified, so its payloads are Parley's own JSON.
            throw new IllegalStateException("Event " + event.id() + " has a payload that is not JSON", e);
        }
    }
}
