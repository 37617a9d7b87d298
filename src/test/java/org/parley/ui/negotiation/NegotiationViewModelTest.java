package org.parley.ui.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatus;
import org.parley.domain.Decision;
import org.parley.domain.Seat;
import org.parley.domain.Treatment;
import org.parley.domain.Workshop;
import org.parley.ui.common.ViewModelFixture;

class NegotiationViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private NegotiationViewModel model;
    private Workshop workshop;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, true);
        workshop = fixture.services.workshops().workshop(fixture.services.workshops().workshops().get(0).id());
        model = new NegotiationViewModel(fixture.services.divergence(), fixture.services.agreements(),
                fixture.services.notes(), fixture.tasks, fixture.dialogs, fixture.state);
        fixture.state.show(workshop, fixture.services.workshops().parties(workshop.id()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void select(String title) {
        model.select(model.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow());
    }

    private List<Agreement> versions(String title) {
        long id = model.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow().id();
        return fixture.services.agreements().versions(id);
    }

    private void fillProceed(String rationale) {
        AgreementForm form = model.form();
        form.decisionProperty().set(Decision.PROCEED);
        form.treatmentProperty().set(Treatment.ACCEPT);
        form.riskOwnerProperty().set("Head of Infrastructure");
        form.reviewDateProperty().set(fixture.services.agreements().today().plusMonths(6));
        form.rationaleProperty().set(rationale);
    }

    @Test
    void theListShowsEveryRevealedInitiativeWithItsAgreementState() {
        assertThat(model.items()).hasSize(14);
        assertThat(model.items()).filteredOn(NegotiationViewModel.Item::exception).singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("AI coding assistants for all engineers"));
        assertThat(model.items()).filteredOn(i -> i.status().startsWith("Signed")).hasSize(3);
    }

    @Test
    void aProposalStartsFromBothPartiesScores() {
        select("Zero-trust network access");

        AgreementForm form = model.form();
        // CISO 2×2, value 4.0; CTO 2×3, value 3.5: the mean value and the higher risk of each.
        assertThat(form.agreedValueProperty().get()).isEqualTo("3.8");
        assertThat(form.inherentLikelihoodProperty().get()).isEqualTo(2);
        assertThat(form.inherentImpactProperty().get()).isEqualTo(3);
        assertThat(form.editableProperty().get()).isTrue();
        assertThat(model.positionsProperty().get().first().rationale()).contains("flat VPN");
        assertThat(model.whyProperty().get()).startsWith("Aligned: accept");
    }

    @Test
    void rulesAreShownAtTheirFieldsAndNothingIsSaved() {
        select("Zero-trust network access");
        model.form().decisionProperty().set(Decision.PROCEED_WITH_CONDITIONS);

        model.saveDraft();

        assertThat(model.form().problemProperty("rationale").get()).startsWith("Rationale is required");
        assertThat(model.form().problemProperty("conditions").get())
                .isEqualTo("\u201CProceed with conditions\u201D needs at least one condition.");
        assertThat(versions("Zero-trust network access")).isEmpty();
    }

    @Test
    void bothSignAFrozenVersionThatCanOnlyBeAmended() {
        select("Zero-trust network access");
        fillProceed("Replaces the flat VPN; the connector is the only new exposure.");
        model.saveDraft();
        assertThat(model.shownStateProperty().get()).isEqualTo("Version 1: Draft, not signed");

        fixture.dialogs.answer(true);
        model.sign(Seat.FIRST);
        assertThat(model.shownStateProperty().get()).isEqualTo("Version 1: Draft, signed by CISO");
        fixture.dialogs.answer(true);
        model.sign(Seat.SECOND);

        assertThat(model.shownStateProperty().get()).isEqualTo("Version 1: Signed");
        assertThat(model.form().editableProperty().get()).isFalse();
        assertThat(model.canAmendProperty().get()).isTrue();

        model.amend();
        model.form().rationaleProperty().set("Replaces the VPN; connector hardened.");
        model.saveDraft();
        fixture.dialogs.answer(true);
        model.sign(Seat.FIRST);
        fixture.dialogs.answer(true);
        model.sign(Seat.SECOND);

        assertThat(versions("Zero-trust network access")).extracting(Agreement::version, Agreement::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, AgreementStatus.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(2, AgreementStatus.FROZEN));
        assertThat(model.versions()).hasSize(2);
        assertThat(model.selectedProperty().get().status()).isEqualTo("Signed v2");
    }

    @Test
    void notesAreAttributedToThePartyAtTheLaptop() {
        select("Partner API marketplace");
        model.newNoteProperty().set("Ask the QSA about OAuth scopes.");
        model.addNote();
        assertThat(fixture.dialogs.shown()).last().asString().startsWith("Who is writing?");

        fixture.state.activate(fixture.state.parties().get(1));
        model.addNote();

        assertThat(model.notes()).singleElement().satisfies(note -> {
            assertThat(note.author()).isEqualTo("Jonas Berg (CTO)");
            assertThat(note.text()).isEqualTo("Ask the QSA about OAuth scopes.");
        });
        assertThat(model.newNoteProperty().get()).isEmpty();
    }

    @Test
    void unsavedTermsAreNotDroppedSilently() {
        select("Zero-trust network access");
        model.form().rationaleProperty().set("half a thought");

        fixture.dialogs.answer(org.parley.ui.common.SaveChoice.CANCEL);
        assertThat(model.select(model.items().get(0))).isFalse();
        fixture.dialogs.answer(org.parley.ui.common.SaveChoice.DISCARD);
        assertThat(model.select(model.items().get(0))).isTrue();
    }
}
