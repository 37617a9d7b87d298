package org.parley.app.service;

import java.util.List;
import java.util.Map;
import org.parley.domain.Actor;
import org.parley.domain.AuditKind;
import org.parley.domain.Initiative;
import org.parley.domain.Note;
import org.parley.domain.Party;
import org.parley.domain.RuleViolation;
import org.parley.store.AuditLog;
import org.parley.store.InitiativeRepository;
import org.parley.store.NoteRepository;
import org.parley.store.Store;

/** The discussion log of each initiative: notes, timestamped and attributed to the party that wrote them. */
public final class NoteService {

    /** How much of a note's text its audit event repeats. */
    static final int AUDIT_EXCERPT = 500;

    private final Store store;
    private final NoteRepository notes;
    private final InitiativeRepository initiatives;
    private final AuditLog audit;

    public NoteService(Store store) {
        this.store = store;
        this.notes = new NoteRepository(store);
        this.initiatives = new InitiativeRepository(store);
        this.audit = new AuditLog(store);
    }

    /** The initiative's notes, oldest first. */
    public List<Note> notes(long initiativeId) {
        return notes.forInitiative(initiativeId);
    }

    /** Adds a note by the party to the initiative's discussion; notes are never edited or removed. */
    public Note add(long initiativeId, Party given, String text, Consent consent) {
        Party party = ConsentRule.requireParty(consent, given, "add a note as " + given.label());
        String problem = Note.problem(text);
        if (problem != null) {
            throw new RuleViolation("text", problem);
        }
        return store.inTransaction(() -> {
            Initiative initiative = initiatives.get(initiativeId);
            if (initiative.workshopId() != party.workshopId()) {
                throw new RuleViolation(party.label() + " is not a party of the workshop of \u201C"
                        + initiative.title() + "\u201D.");
            }
            String stripped = text.strip();
            Note note = notes.insert(initiativeId, party, stripped);
            audit.append(initiative.workshopId(), Actor.of(party), AuditKind.NOTE_ADDED, initiativeId, Map.of(
                    "initiative", initiative.title(), "note", note.id(), "text",
                    stripped.length() > AUDIT_EXCERPT ? stripped.substring(0, AUDIT_EXCERPT) + "\u2026" : stripped));
            return note;
        });
    }
}
