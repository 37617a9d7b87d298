package org.parley.ui.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.SampleWorkshop;
import org.parley.domain.Initiative;
import org.parley.domain.Note;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.ViewModelFixture;
import org.parley.ui.negotiation.ItemsViewModel.Item;

class NotesViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private NotesViewModel model;
    private Workshop workshop;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, true);
        workshop = fixture.services.workshops().workshop(fixture.services.workshops().workshops().get(0).id());
        model = new NotesViewModel(fixture.services.notes(), fixture.tasks, fixture.dialogs, fixture.state);
        fixture.state.show(workshop, fixture.services.workshops().parties(workshop.id()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Item item(String title) {
        Initiative initiative = fixture.services.initiatives().initiatives(workshop.id()).stream()
                .filter(i -> i.title().equals(title)).findFirst().orElseThrow();
        return new Item(initiative.id(), initiative.title(), "", "Not agreed", false);
    }

    private Party party(int index) {
        return fixture.state.parties().get(index);
    }

    @Test
    void notesAreAttributedToThePartyAtTheLaptop() {
        model.open(item("Partner API marketplace"));
        model.newNoteProperty().set("Ask the QSA about OAuth scopes.");
        model.addNote();
        assertThat(fixture.dialogs.shown()).last().asString().startsWith("Who is writing?");

        fixture.activate(party(1), SampleWorkshop.SECOND_PIN);
        model.addNote();

        assertThat(model.notes()).singleElement().satisfies(note -> {
            assertThat(note.author()).isEqualTo("Jonas Berg (CTO)");
            assertThat(note.text()).isEqualTo("Ask the QSA about OAuth scopes.");
        });
        assertThat(model.newNoteProperty().get()).isEmpty();
    }

    @Test
    void anOpenedInitiativeShowsItsOwnNotesOldestFirstAndNothingOpenTakesNone() {
        Item partnerApi = item("Partner API marketplace");
        for (String text : new String[] {"Scopes first.", "Then the rate limits."}) {
            fixture.services.notes().add(partnerApi.id(), party(0), text,
                    TestConsent.of(fixture.services, party(0), SampleWorkshop.FIRST_PIN));
        }

        model.open(partnerApi);
        assertThat(model.notes()).extracting(Note::text).containsExactly("Scopes first.", "Then the rate limits.");
        assertThat(model.canAddProperty().get()).isTrue();

        model.open(item("Zero-trust network access"));
        assertThat(model.notes()).isEmpty();

        model.open(null);
        assertThat(model.canAddProperty().get()).as("a note is about an initiative").isFalse();
        fixture.activate(party(0), SampleWorkshop.FIRST_PIN);
        model.newNoteProperty().set("About nothing.");
        model.addNote();
        assertThat(fixture.services.notes().notes(partnerApi.id())).hasSize(2);
    }
}
