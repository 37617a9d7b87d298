package org.parley.ui.negotiation;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.app.service.Consent;
import org.parley.app.service.NoteService;
import org.parley.domain.Note;
import org.parley.domain.Party;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;
import org.parley.ui.negotiation.ItemsViewModel.Item;

/** The discussion notes of the initiative in negotiation, oldest first, and the note being written. */
public final class NotesViewModel {

    private final NoteService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;

    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final StringProperty newNote = new SimpleStringProperty(this, "newNote", "");
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd");
    private Item item;

    NotesViewModel(NoteService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
    }

    // properties

    public ObservableList<Note> notes() {
        return notes;
    }

    public StringProperty newNoteProperty() {
        return newNote;
    }

    /** True while an initiative is open: a note is about one. */
    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    // commands

    /** Adds the note written, as the party at the laptop's: a note is attributed to a party. */
    public void addNote() {
        Item on = item;
        Party party = state.activeParty();
        String text = newNote.get();
        if (on == null || text == null || text.isBlank()) {
            return;
        }
        if (party == null) {
            dialogs.showError("Who is writing?", "A note is attributed to a party. Pass the laptop to the party "
                    + "writing it first (Ctrl+P).");
            return;
        }
        Consent own = state.consent();
        tasks.task("Adding the note", () -> service.add(on.id(), party, text, own)).onSuccess(note -> {
            newNote.set("");
            notes.add(note);
            state.changed();
        }).onFailure(Failures.reportTo(dialogs, "Could not add the note")).start();
    }

    /** Shows the notes of {@code opened} (none for null), loaded off the FX thread. */
    void open(Item opened) {
        item = opened;
        canAdd.set(opened != null);
        notes.clear();
        if (opened == null) {
            return;
        }
        tasks.task("Loading the notes", () -> service.notes(opened.id())).onSuccess(loaded -> {
            if (item != null && item.id() == opened.id()) {
                notes.setAll(loaded);
            }
        }).onFailure(Failures.reportTo(dialogs, "Could not load the notes")).start();
    }
}
