package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.SampleWorkshop;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Frontier;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.HeldTaskRunner;
import org.parley.ui.common.ViewModelFixture;

class DivergenceViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private DivergenceViewModel model;
    private AppetitesViewModel appetites;
    private Workshop workshop;
    private List<Party> parties;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, true);
        workshop = fixture.services.workshops().workshop(fixture.services.workshops().workshops().get(0).id());
        parties = fixture.services.workshops().parties(workshop.id());
        model = new DivergenceViewModel(fixture.services.divergence(), fixture.tasks, fixture.dialogs, fixture.state);
        appetites = new AppetitesViewModel(fixture.services.divergence(), fixture.tasks, fixture.dialogs, fixture.state,
                fixture.consent());
        fixture.state.show(workshop, parties);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theSampleShowsEveryRevealedInitiativeAndItsContestedOnesHardestFirst() {
        assertThat(model.itemsProperty().get()).hasSize(14);
        assertThat(model.contested()).hasSize(7);
        assertThat(model.contested()).extracting(DivergenceViewModel.Contested::divergenceClass)
                .allMatch(DivergenceClass::isContested);
        assertThat(model.contested().get(0).magnitude()).isGreaterThanOrEqualTo(model.contested().get(6).magnitude());
        assertThat(model.contested().get(0).why()).contains("CISO").contains("CTO");
        assertThat(model.agreement()).extracting(DivergenceViewModel.AgreementRow::scale)
                .containsExactly("Likelihood", "Impact", "Value");
        assertThat(model.agreement().get(1).reading()).isEqualTo("Almost perfect");
        assertThat(model.noteProperty().get()).isEmpty();
    }

    @Test
    void outOfViewTheScreenDoesNoStoreWorkForAChangeForgetsWhatItShowedAndReloadsWhenShownAgain() {
        model.inView().hide();
        appetites.inView().hide();
        int runs = fixture.tasks.runs();

        fixture.state.changed();
        fixture.activate(parties.get(0), SampleWorkshop.FIRST_PIN);

        assertThat(fixture.tasks.runs()).as("no analysis while out of view").isEqualTo(runs);
        assertThat(model.analysisProperty().get()).isNull();
        assertThat(model.contested()).isEmpty();
        assertThat(appetites.appetitesProperty().get()).as("nothing of the party before waits in it").isNull();

        model.inView().show(model::reload);

        assertThat(fixture.tasks.runs()).isEqualTo(runs + 1);
        assertThat(model.itemsProperty().get()).hasSize(14);
        assertThat(model.contested()).hasSize(7);
    }

    @Test
    void anAnalysisThatArrivesAfterTheActivePartyChangedIsDropped() {
        HeldTaskRunner held = HeldTaskRunner.passingThrough();
        DivergenceViewModel screen = new DivergenceViewModel(fixture.services.divergence(), held, fixture.dialogs,
                fixture.state);
        assertThat(screen.itemsProperty().get()).hasSize(14);
        held.hold();

        fixture.state.changed();
        fixture.activate(parties.get(0), SampleWorkshop.FIRST_PIN);
        assertThat(held.held()).isGreaterThanOrEqualTo(2);
        Object before = screen.analysisProperty().get();
        held.finishNext();
        assertThat(screen.analysisProperty().get()).as("overtaken by the handover's reload").isSameAs(before);
        held.finishAll();
        assertThat(screen.analysisProperty().get()).isNotSameAs(before);
        assertThat(screen.contested()).hasSize(7);
    }

    @Test
    void theClassFilterHidesContestedRows() {
        model.classShownProperty(DivergenceClass.PERCEPTION_GAP).set(false);

        assertThat(model.contested()).extracting(DivergenceViewModel.Contested::divergenceClass)
                .doesNotContain(DivergenceClass.PERCEPTION_GAP).isNotEmpty();
        assertThat(model.shownClassesProperty().get()).doesNotContain(DivergenceClass.PERCEPTION_GAP);
    }

    @Test
    void heatmapsCountEachPartysLikelihoodAndImpact() {
        int[][] first = model.firstCountsProperty().get();
        int total = 0;
        for (int[] row : first) {
            for (int count : row) {
                total += count;
            }
        }
        assertThat(total).isEqualTo(14);
        // The CISO rated the generative-AI assistant and the analytics access likely (4) and major (4).
        assertThat(first[3][3]).isEqualTo(2);
        assertThat(model.differencesProperty().get()[3][3]).isEqualTo(model.secondCountsProperty().get()[3][3] - 2);
    }

    @Test
    void aPartysUnrevealedAppetiteStaysHiddenFromTheOther() {
        Workshop fresh = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        List<Party> freshParties = fixture.services.workshops().parties(fresh.id());
        fixture.services.divergence().setAppetite(fresh.id(), AppetiteHolder.FIRST, Frontier.of(3, 4, 5, 6, 7),
                TestConsent.of(fixture.services, freshParties.get(0)));
        fixture.state.show(fresh, freshParties);
        fixture.activate(freshParties.get(1));

        assertThat(appetites.appetitesProperty().get().first()).isNull();
        assertThat(appetites.draft().levelProperty(1).get()).as("the CTO starts from the default, not the CISO's")
                .isEqualTo(FrontierDraft.STARTING_POINT.level(1));
        assertThat(model.analysisProperty().get().appetites().first()).isNull();
        assertThat(model.noteProperty().get()).contains("not both revealed");
    }

    @Test
    void savingAnAppetiteBySpinnerReclassifies() {
        fixture.activate(parties.get(1), SampleWorkshop.SECOND_PIN);
        assertThat(appetites.editingProperty().get()).isEqualTo(AppetiteHolder.SECOND);
        appetites.draft().levelProperty(3).set(10);
        appetites.draft().levelProperty(4).set(11);
        appetites.draft().levelProperty(5).set(11);
        assertThat(appetites.draft().dirtyProperty().get()).isTrue();

        appetites.save();

        assertThat(model.contested()).extracting(DivergenceViewModel.Contested::title)
                .doesNotContain("AI coding assistants for all engineers");
    }

    @Test
    void aDecreasingFrontierIsExplainedAndNotSaved() {
        fixture.activate(parties.get(0), SampleWorkshop.FIRST_PIN);
        appetites.draft().levelProperty(2).set(20);

        assertThat(appetites.draft().problemProperty().get()).contains("must not decrease");
        appetites.save();
        assertThat(fixture.services.divergence().appetites(workshop.id(), null).first().level(2)).isEqualTo(6);
        fixture.dialogs.answer(org.parley.ui.common.SaveChoice.DISCARD);
        assertThat(fixture.state.mayLeave()).isTrue();
    }

    @Test
    void theMapIsExportedWhereThePersonChooses() throws Exception {
        Path file = folder.resolve("map.png");
        fixture.dialogs.answer(file);

        model.exportMap(target -> Files.writeString(target, "png"));

        assertThat(file).exists();
        assertThat(fixture.state.statusProperty().get()).isEqualTo("Exported the map to " + file + ".");
    }
}
