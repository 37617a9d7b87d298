package org.parley.store;

import static org.parley.store.jooq.Tables.INITIATIVE;
import static org.parley.store.jooq.Tables.INITIATIVE_NOTE;
import static org.parley.store.jooq.Tables.PARTY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.parley.domain.Note;
import org.parley.domain.Party;
import org.parley.domain.Seat;
import org.parley.store.jooq.tables.records.InitiativeNoteRecord;

/** The notes of each initiative's discussion. Append-only: there is no method to change or remove one. */
public final class NoteRepository {

    private final Store store;

    public NoteRepository(Store store) {
        this.store = store;
    }

    public Note insert(long initiativeId, Party party, String text) {
        InitiativeNoteRecord record = store.dsl().newRecord(INITIATIVE_NOTE);
        record.setInitiativeId(initiativeId);
        record.setPartyId(party.id());
        record.setAuthor(party.label());
        record.setBody(text);
        record.setWrittenAt(store.timestamp());
        record.store();
        return new Note(record.getId(), initiativeId, party.id(), party.seat(), party.label(), text,
                record.getWrittenAt().toInstant());
    }

    /** The initiative's notes, oldest first. */
    public List<Note> forInitiative(long initiativeId) {
        return notes(INITIATIVE_NOTE.INITIATIVE_ID.eq(initiativeId));
    }

    /** The notes of every initiative of the workshop in one reading, by initiative id, each list oldest first. */
    public Map<Long, List<Note>> forWorkshop(long workshopId) {
        return notes(INITIATIVE_NOTE.INITIATIVE_ID.in(store.dsl().select(INITIATIVE.ID).from(INITIATIVE)
                .where(INITIATIVE.WORKSHOP_ID.eq(workshopId)))).stream()
                .collect(Collectors.groupingBy(Note::initiativeId, LinkedHashMap::new, Collectors.toList()));
    }

    private List<Note> notes(Condition where) {
        return store.dsl().select(INITIATIVE_NOTE.fields()).select(PARTY.SEAT)
                .from(INITIATIVE_NOTE)
                .join(PARTY).on(PARTY.ID.eq(INITIATIVE_NOTE.PARTY_ID))
                .where(where)
                .orderBy(INITIATIVE_NOTE.WRITTEN_AT, INITIATIVE_NOTE.ID)
                .fetch(r -> new Note(r.get(INITIATIVE_NOTE.ID), r.get(INITIATIVE_NOTE.INITIATIVE_ID),
                        r.get(INITIATIVE_NOTE.PARTY_ID), Seat.of(r.get(PARTY.SEAT)), r.get(INITIATIVE_NOTE.AUTHOR),
                        r.get(INITIATIVE_NOTE.BODY), r.get(INITIATIVE_NOTE.WRITTEN_AT).toInstant()));
    }
}
