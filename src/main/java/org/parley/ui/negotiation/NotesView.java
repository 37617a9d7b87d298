package org.parley.ui.negotiation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.parley.domain.Note;

/** The notes of the initiative in negotiation, and a field to add one. */
final class NotesView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final NotesViewModel model;
    private ListView<Note> notes;
    private TextArea newNote;
    private Button addNote;

    NotesView(NotesViewModel model) {
        this.model = model;
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        notes = new ListView<>();
        notes.setId("notes");
        notes.setPrefHeight(160);
        notes.setCellFactory(view -> new NoteCell());
        notes.setPlaceholder(new Label("No notes yet."));
        newNote = new TextArea();
        newNote.setId("new-note");
        newNote.setPrefRowCount(2);
        newNote.setWrapText(true);
        newNote.setPromptText("A note for the record: a fact, a question, a promise");
        addNote = new Button("Add note", new FontIcon(Material2AL.ADD_COMMENT));
        addNote.setId("add-note");
    }

    private void layoutParts() {
        Label heading = new Label("Notes");
        heading.getStyleClass().add(Styles.TITLE_4);
        getChildren().setAll(heading, notes, newNote, addNote);
        setSpacing(8);
    }

    private void bind() {
        notes.setItems(model.notes());
        newNote.textProperty().bindBidirectional(model.newNoteProperty());
        addNote.setOnAction(e -> model.addNote());
        addNote.disableProperty().bind(model.canAddProperty().not());
    }

    /** A note: who wrote it, when, and what. */
    private static final class NoteCell extends ListCell<Note> {
        NoteCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Note note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label head = new Label(note.author() + " \u00B7 " + TIME.format(note.writtenAt()));
            head.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label text = new Label(note.text());
            text.setWrapText(true);
            setGraphic(new VBox(2, head, text));
            setText(null);
        }
    }
}
