package org.parley.store;

import static org.parley.store.jooq.Tables.AUDIT_EVENT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.parley.domain.AuditChain;
import org.parley.domain.AuditEvent;
import org.parley.domain.AuditKind;
import org.parley.domain.Actor;
import org.parley.store.jooq.tables.records.AuditEventRecord;

/** The append-only audit log. Appends join the caller's transaction, so a change and its event land together. */
public final class AuditLog {

    /** Made on first use: a command that writes no event does not load Jackson's 370 classes. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    private final Store store;
    private final Leases leases;

    public AuditLog(Store store) {
        this.store = store;
        this.leases = new Leases(store);
    }

    /**
     * Appends an event linked to the last one. Ids are assigned here, one more than the last, so that the
     * chain has no gaps a rolled-back transaction could leave and a missing id always means a deletion.
     */
    public AuditEvent append(Long workshopId, Actor actor, AuditKind kind, Long subjectId, Map<String, ?> payload) {
        return store.inTransaction(() -> {
            store.lockAuditChain();
            claim(workshopId, kind);
            AuditEventRecord last = store.dsl().selectFrom(AUDIT_EVENT)
                    .orderBy(AUDIT_EVENT.ID.desc()).limit(1).forUpdate().fetchOne();
            long id = last == null ? 1 : last.getId() + 1;
            String prevHash = last == null ? AuditChain.GENESIS : last.getHash();
            Instant at = store.now();
            Long partyId = actor.partyId();
            String text = json(payload);
            String hash = AuditChain.hashOf(id, at, workshopId, partyId, actor.label(), kind, subjectId, text, prevHash);
            AuditEventRecord record = store.dsl().newRecord(AUDIT_EVENT);
            record.setId(id);
            record.setAt(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            record.setWorkshopId(workshopId);
            record.setPartyId(partyId);
            record.setActor(actor.label());
            record.setKind(kind.name());
            record.setSubjectId(subjectId);
            record.setPayload(text);
            record.setPrevHash(prevHash);
            record.setHash(hash);
            record.insert();
            return toEvent(record);
        });
    }

    /**
     * Every change to a workshop is audited, so claiming its lease here covers every path that changes it: a change
     * while another session holds the workshop is refused, and its transaction rolls back. The chain's lock is held.
     */
    private void claim(Long workshopId, AuditKind kind) {
        if (workshopId != null && kind.changesWorkshop()) {
            leases.claimLocked(workshopId);
        }
    }

    /** One event of {@link #appendAll}: what {@link #append} takes, but the workshop. */
    public record Pending(Actor actor, AuditKind kind, Long subjectId, Map<String, ?> payload) {
    }

    /**
     * Appends the events in order, each linked to the one before, as that many {@link #append} calls would, but with
     * one read of the chain's head and one batch of inserts: an import's thousands of events.
     */
    public void appendAll(Long workshopId, List<Pending> events) {
        if (events.isEmpty()) {
            return;
        }
        store.inTransaction(() -> {
            store.lockAuditChain();
            // One claim for the batch: the events are all of one workshop.
            events.stream().map(Pending::kind).filter(AuditKind::changesWorkshop).findFirst()
                    .ifPresent(kind -> claim(workshopId, kind));
            Instant at = store.now();
            link(workshopId, events.stream().map(e -> new Arrival(at, e.actor().partyId(), e.actor().label(), e.kind(),
                    e.subjectId(), e.payload())).toList());
        });
    }

    /**
     * One event of a workshop's history as it arrives from another store (decision 0037): its own time, party, words,
     * subject and payload, the ids already those of this store.
     */
    public record Arrival(Instant at, Long partyId, String actor, AuditKind kind, Long subjectId, Map<String, ?> payload) {
    }

    /**
     * Appends a transferred workshop's history in its order, each event keeping its time and actor, linked into this
     * store's chain as {@link #appendAll} links its events.
     */
    public void appendArrived(long workshopId, List<Arrival> events) {
        if (events.isEmpty()) {
            return;
        }
        store.inTransaction(() -> {
            store.lockAuditChain();
            leases.claimLocked(workshopId);
            link(workshopId, events);
        });
    }

    /** Links the events to the chain's head and to each other, and inserts them as one batch; the chain's lock is held. */
    private void link(Long workshopId, List<Arrival> events) {
        AuditEventRecord last = store.dsl().selectFrom(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1).forUpdate().fetchOne();
        long id = last == null ? 0 : last.getId();
        String prevHash = last == null ? AuditChain.GENESIS : last.getHash();
        List<AuditEventRecord> records = new ArrayList<>(events.size());
        for (Arrival event : events) {
            id++;
            String text = json(event.payload());
            String hash = AuditChain.hashOf(id, event.at(), workshopId, event.partyId(), event.actor(), event.kind(),
                    event.subjectId(), text, prevHash);
            AuditEventRecord record = new AuditEventRecord();
            record.setId(id);
            record.setAt(OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
            record.setWorkshopId(workshopId);
            record.setPartyId(event.partyId());
            record.setActor(event.actor());
            record.setKind(event.kind().name());
            record.setSubjectId(event.subjectId());
            record.setPayload(text);
            record.setPrevHash(prevHash);
            record.setHash(hash);
            records.add(record);
            prevHash = hash;
        }
        store.dsl().batchInsert(records).execute();
    }

    /** Every event in order, for verifying the chain. */
    public List<AuditEvent> all() {
        return store.dsl().selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch(AuditLog::toEvent);
    }


    /**
     * Every event as its row holds it, in id order: what verification reads, because it must not fail on a
     * row whose kind a tamperer changed to one Parley does not know.
     */
    public List<AuditChain.Entry> entries() {
        return store.dsl().selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch(AuditLog::toEntry);
    }

    /** The newest event of the whole log as its row holds it, or null for an empty log. */
    public AuditChain.Entry newest() {
        return store.dsl().selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchOne(AuditLog::toEntry);
    }

    /** When a workshop's first and latest events happened. */
    public record Span(Instant from, Instant to) {
    }

    /**
     * The span of the workshop's session: its events but those that only read it (exports, board packs), so that a
     * later export does not stretch the session. Empty when it has none.
     */
    public Optional<Span> spanOfWorkshop(long workshopId) {
        var span = store.dsl().select(DSL.min(AUDIT_EVENT.AT), DSL.max(AUDIT_EVENT.AT))
                .from(AUDIT_EVENT).where(AUDIT_EVENT.WORKSHOP_ID.eq(workshopId))
                .and(AUDIT_EVENT.KIND.notIn(AuditKind.READINGS.stream().map(AuditKind::name).toList()))
                .fetchOne();
        return span == null || span.value1() == null ? Optional.empty()
                : Optional.of(new Span(span.value1().toInstant(), span.value2().toInstant()));
    }

    /** The events of one workshop as their rows hold them, newest first; never fails on an unknown kind. */
    public List<AuditChain.Entry> entriesForWorkshop(long workshopId) {
        return store.dsl().selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.WORKSHOP_ID.eq(workshopId))
                .orderBy(AUDIT_EVENT.ID.desc())
                .fetch(AuditLog::toEntry);
    }

    /** The kind of the party's newest PIN_SET or PIN_CLEARED event, or null when it has none. */
    public String lastPinKind(long partyId) {
        return store.dsl().select(AUDIT_EVENT.KIND).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.PARTY_ID.eq(partyId), AUDIT_EVENT.KIND.in("PIN_SET", "PIN_CLEARED"))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchOne(AUDIT_EVENT.KIND);
    }

    static String json(Map<String, ?> payload) {
        try {
            return Json.MAPPER.writeValueAsString(payload == null ? Map.of() : payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An audit payload must be plain values: " + payload, e);
        }
    }

    static AuditChain.Entry toEntry(AuditEventRecord r) {
        return new AuditChain.Entry(r.getId(), r.getAt() == null ? null : r.getAt().toInstant(), r.getWorkshopId(),
                r.getPartyId(), r.getActor(), r.getKind(), r.getSubjectId(), r.getPayload(), r.getPrevHash(),
                r.getHash());
    }

    private static AuditEvent toEvent(AuditEventRecord r) {
        AuditKind kind;
        try {
            kind = AuditKind.valueOf(r.getKind());
        } catch (IllegalArgumentException e) {
            throw new StoreException("Audit event " + r.getId() + " has a kind Parley does not know: \"" + r.getKind()
                    + "\". The log was changed outside Parley.", e);
        }
        return new AuditEvent(r.getId(), r.getAt().toInstant(), r.getWorkshopId(), r.getPartyId(), r.getActor(),
                kind, r.getSubjectId(), r.getPayload(), r.getPrevHash(), r.getHash());
    }
}
