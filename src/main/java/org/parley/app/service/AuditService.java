package org.parley.app.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parley.domain.AuditChain;
import org.parley.domain.AuditKind;
import org.parley.domain.AuditVerification;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeRound;
import org.parley.domain.SealVerification;
import org.parley.domain.SignedIds;
import org.parley.domain.WorkshopSummary;
import org.parley.store.AuditLog;
import org.parley.store.InitiativeRepository;
import org.parley.store.PartyRepository;
import org.parley.store.SignedIdRepository;
import org.parley.store.Store;
import org.parley.store.StoredAgreements;

/**
 * Reading and verifying the audit log: the hash chain of events, the frozen agreements it vouches for, and
 * every seal the parties signed (reveals, appetites, signatures) against what the store holds now.
 */
public final class AuditService {

    /** Made on first use: a command that reads no event does not load Jackson's 370 classes. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Store store;
    private final AuditLog audit;
    private final StoredAgreements agreements;
    private final PartyRepository parties;
    private final InitiativeRepository initiatives;
    private final WorkshopService workshops;
    private final ScoringService scoring;
    private final DivergenceService divergence;
    private final AgreementService agreementService;

    public AuditService(Store store, WorkshopService workshops, ScoringService scoring, DivergenceService divergence,
                        AgreementService agreementService) {
        this.store = store;
        this.audit = new AuditLog(store);
        this.agreements = new StoredAgreements(store);
        this.parties = new PartyRepository(store);
        this.initiatives = new InitiativeRepository(store);
        this.workshops = workshops;
        this.scoring = scoring;
        this.divergence = divergence;
        this.agreementService = agreementService;
    }

    /** Checks the chain, every signed agreement and every seal; see {@link AuditVerification}. */
    public AuditVerification.Result verify() {
        return verify(null);
    }

    /**
     * Checks as {@link #verify()} does, and that the log still holds the event whose hash (or its first
     * characters) was written down earlier: the one way to notice that the newest events were deleted.
     */
    public AuditVerification.Result verify(String expectedHash) {
        return store.inTransaction(() -> {
            List<AuditChain.Entry> entries = audit.entries();
            StoredAgreements.AsStored rows = agreements.asStored();
            Set<Long> gone = transferredOut(entries);
            List<SealVerification.Event> events = new ArrayList<>(entries.size());
            entries.stream().filter(entry -> entry.workshopId() == null || !gone.contains(entry.workshopId()))
                    .forEach(entry -> events.add(new SealVerification.Event(entry, payload(entry.payload()))));
            List<AuditVerification.Break> sealed = SealVerification.check(events, stored(rows));
            return AuditVerification.verify(entries, rows.contents(), expectedHash, sealed, gone);
        });
    }

    /**
     * The workshops that left the store for another (decision 0037): what they held went with them, so their events
     * stay links of the chain but vouch for nothing the store holds now.
     */
    private static Set<Long> transferredOut(List<AuditChain.Entry> entries) {
        Set<Long> gone = new HashSet<>();
        entries.stream().filter(e -> AuditKind.WORKSHOP_TRANSFERRED_OUT.name().equals(e.kind()) && e.workshopId() != null)
                .forEach(e -> gone.add(e.workshopId()));
        return gone;
    }

    /** The workshop's events as stored, newest first; an event of an unknown kind is listed, not refused. */
    public List<AuditChain.Entry> events(long workshopId) {
        return audit.entriesForWorkshop(workshopId);
    }

    /** The newest event of the whole log: its hash is the one to write down. Empty for an empty log. */
    public Optional<AuditChain.Entry> head() {
        return Optional.ofNullable(audit.newest());
    }

    private SealVerification.Stored stored(StoredAgreements.AsStored rows) {
        Map<InitiativeRound, String> revealed = new HashMap<>();
        Map<Long, Long> initiativeIds = new HashMap<>();
        Map<Long, String> appetites = new HashMap<>();
        Map<Long, Map<String, String>> tolerances = new HashMap<>();
        Map<Long, List<String>> criteria = new HashMap<>();
        Map<Long, String> statements = new HashMap<>();
        Set<Long> changedInitiatives = new TreeSet<>();
        // Read once: the ids transferred workshops were signed under, for every workshop's seals.
        SignedIds ids = new SignedIdRepository(store).all();
        for (WorkshopSummary workshop : workshops.workshops()) {
            revealed.putAll(scoring.revealedSeals(workshop.id(), ids));
            Map<Long, Initiative> byId = new HashMap<>();
            initiatives.forWorkshop(workshop.id()).forEach(i -> byId.put(i.id(), i));
            byId.keySet().forEach(id -> initiativeIds.put(id, workshop.id()));
            if (divergence.revealed(workshop.id())) {
                appetites.put(workshop.id(), divergence.sealOf(workshop.id(), ids));
                tolerances.put(workshop.id(), divergence.toleranceTexts(workshop.id()));
            }
            criteria.put(workshop.id(), WorkshopService.criteriaText(workshops.criteria(workshop.id())));
            AgreementSigning.SignedNow signedNow = agreementService.signedNow(workshop.id(), byId, ids);
            statements.putAll(signedNow.statements());
            changedInitiatives.addAll(signedNow.changedInitiatives());
        }
        Map<Long, String> drafts = new HashMap<>();
        rows.contents().stream().filter(c -> !c.claimsSigned()).forEach(c -> drafts.put(c.id(), c.termsSha256()));
        return new SealVerification.Stored(parties.states(), revealed, initiativeIds, appetites, criteria,
                rows.signatures(), rows.revocations(), statements, drafts, changedInitiatives, tolerances, ids);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(String text) {
        try {
            Object value = Json.MAPPER.readValue(text == null ? "{}" : text, Object.class);
            return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
        } catch (JsonProcessingException e) {
            return Map.of();   // the chain check reports the event; a payload that is not JSON has no seal
        }
    }
}
