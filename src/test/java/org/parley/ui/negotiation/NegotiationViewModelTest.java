package org.parley.ui.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.SampleWorkshop;
import org.parley.domain.Note;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.PinPrompt;
import org.parley.ui.common.SaveChoice;
import org.parley.ui.common.ViewModelFixture;
import org.parley.ui.negotiation.ItemsViewModel.Item;

/** The negotiation page: choosing an initiative opens its positions, notes and agreement; it loads only in view. */
class NegotiationViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private NegotiationViewModel model;
    private Workshop workshop;
    private List<Party> parties;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, true);
        workshop = fixture.services.workshops().workshop(fixture.services.workshops().workshops().get(0).id());
        parties = fixture.services.workshops().parties(workshop.id());
        model = new NegotiationViewModel(fixture.services.divergence(), fixture.services.agreements(),
                fixture.services.notes(), fixture.tasks, fixture.dialogs, fixture.state,
                new PinPrompt(fixture.tasks, fixture.state));
        fixture.state.show(workshop, parties);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Item item(String title) {
        return model.items().items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void choosingAnInitiativeOpensItsPositionsNotesAndAgreementTogether() {
        Item signed = model.items().items().stream().filter(i -> i.status().startsWith("Signed"))
                .filter(i -> !i.equals(model.items().selectedProperty().get())).findFirst().orElseThrow();
        fixture.services.notes().add(signed.id(), parties.get(0), "Checked with legal.",
                TestConsent.of(fixture.services, parties.get(0), SampleWorkshop.FIRST_PIN));

        assertThat(model.select(signed)).isTrue();

        assertThat(model.items().selectedProperty().get()).isEqualTo(signed);
        assertThat(model.items().positionsProperty().get().initiative().id()).isEqualTo(signed.id());
        assertThat(model.notes().notes()).extracting(Note::text).containsExactly("Checked with legal.");
        assertThat(model.agreement().shownStateProperty().get()).isEqualTo("Version 1: Signed");
        assertThat(model.agreement().shownProperty().get().initiativeId()).isEqualTo(signed.id());
    }

    @Test
    void unsavedTermsAreNotDroppedSilently() {
        model.select(item("Zero-trust network access"));
        model.agreement().form().rationaleProperty().set("half a thought");

        fixture.dialogs.answer(SaveChoice.CANCEL);
        assertThat(model.select(model.items().items().get(0))).isFalse();
        assertThat(model.items().selectedProperty().get().title()).isEqualTo("Zero-trust network access");
        fixture.dialogs.answer(SaveChoice.DISCARD);
        assertThat(model.select(model.items().items().get(0))).isTrue();
    }

    @Test
    void outOfViewAnotherWorkshopLoadsNothingAndNothingOfTheFirstWaitsUntilTheNextShowing() {
        model.select(item("Zero-trust network access"));
        model.inView().hide();
        int runs = fixture.tasks.runs();
        Workshop fresh = fixture.services.workshops().create("Q3 review", TestConsent.nobody());

        fixture.state.show(fresh, fixture.services.workshops().parties(fresh.id()));

        assertThat(fixture.tasks.runs()).as("no store work while out of view").isEqualTo(runs);
        assertThat(model.items().items()).isEmpty();
        assertThat(model.items().selectedProperty().get()).isNull();
        assertThat(model.agreement().shownStateProperty().get()).isEmpty();
        assertThat(model.notes().canAddProperty().get()).isFalse();

        fixture.state.show(workshop, parties);
        model.inView().show(model::reload);

        assertThat(model.items().items()).hasSize(14);
        assertThat(model.items().selectedProperty().get().title()).as("the initiative chosen last")
                .isEqualTo("Zero-trust network access");
    }
}
