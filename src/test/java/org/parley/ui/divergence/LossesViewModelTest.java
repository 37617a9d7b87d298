package org.parley.ui.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.QuantService;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.Seat;
import org.parley.domain.quant.LossSimulation;
import org.parley.domain.quant.LossVerdicts;
import org.parley.domain.quant.SimulationProgress;
import org.parley.testing.QuantWorkshop;
import org.parley.ui.common.ViewModelFixture;

/**
 * The Losses tab on a real store: riskquant's worked examples as the CISO's estimates (see {@link QuantWorkshop}),
 * tolerances private until the appetites' reveal, and the simulation run as the service runs it.
 */
class LossesViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private QuantWorkshop quant;
    private LossesViewModel model;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        quant = QuantWorkshop.create(fixture.store);
        model = new LossesViewModel(fixture.services.quant(), fixture.services.divergence(),
                fixture.services.workshops(), fixture.tasks, fixture.dialogs, fixture.state, fixture.consent());
        fixture.state.show(quant.workshop, List.of(quant.ciso, quant.cto));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void beforeTheRevealAPartySeesAndEditsOnlyItsOwnTolerance() {
        fixture.activate(quant.ciso);
        assertThat(model.tolerancesProperty().get().first()).isEqualTo(QuantWorkshop.CISO_TOLERANCE);
        assertThat(model.tolerancesProperty().get().second()).as("the CTO's is private").isNull();
        assertThat(model.editingProperty().get()).isEqualTo(AppetiteHolder.FIRST);
        assertThat(model.toleranceTextProperty().get()).isEqualTo(QuantWorkshop.CISO_TOLERANCE.text());
        assertThat(model.canEditToleranceProperty().get()).isTrue();

        fixture.activate(quant.cto);
        assertThat(model.tolerancesProperty().get().first()).as("the CISO's is private").isNull();
        assertThat(model.toleranceTextProperty().get()).isEqualTo(QuantWorkshop.CTO_TOLERANCE.text());
    }

    @Test
    void aRunBeforeTheRevealShowsBothPortfoliosButNoVerdict() {
        model.run();

        QuantService.Result result = model.resultProperty().get();
        QuantService.Result direct = fixture.services.quant().simulate(quant.workshop.id(),
                LossSimulation.DEFAULT_TRIALS, 1, false, SimulationProgress.NONE);
        assertThat(result.first().expectedAnnualLoss()).as("the same seed, the same figures")
                .isEqualTo(direct.first().expectedAnnualLoss());
        assertThat(result.second().expectedAnnualLoss()).isEqualTo(direct.second().expectedAnnualLoss());
        assertThat(model.initiatives()).extracting(QuantService.InitiativeLoss::title)
                .as("largest expected loss first; the initiative without estimates is left out")
                .containsExactly("Payments to public cloud", "Gen-AI support assistant", "DevSecOps pipeline");
        assertThat(model.divergenceClassProperty().get()).isNull();
        assertThat(model.wordsProperty().get()).startsWith("Each party's tolerance shows here once both are set");
        assertThat(model.statusProperty().get()).isEqualTo("3 initiatives, 100,000 simulated years, seed 1.");
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void afterTheRevealARunClassesTheTwoPortfoliosAndSaysWhy() {
        quant.revealAppetites();
        model.reload();
        model.run();

        QuantService.Result result = model.resultProperty().get();
        LossVerdicts verdicts = LossVerdicts.of(QuantWorkshop.CISO_TOLERANCE, QuantWorkshop.CTO_TOLERANCE,
                result.first(), result.second());
        assertThat(model.divergenceClassProperty().get()).isEqualTo(verdicts.divergenceClass());
        assertThat(model.wordsProperty().get()).isEqualTo(new LossWords("CISO", "CTO", "EUR").describe(
                QuantWorkshop.CISO_TOLERANCE, QuantWorkshop.CTO_TOLERANCE, result.first(), result.second()));
        assertThat(model.tolerancesProperty().get().second()).isEqualTo(QuantWorkshop.CTO_TOLERANCE);
    }

    @Test
    void aPartySavesItsOwnToleranceAlone() {
        fixture.activate(quant.cto);
        model.toleranceTextProperty().set("2000000:0.2, 20000000:0.02");
        model.saveTolerance();

        assertThat(fixture.services.divergence().tolerances(quant.workshop.id(), Seat.SECOND).second().text())
                .isEqualTo("2000000:0.2,20000000:0.02");
        assertThat(fixture.services.divergence().tolerances(quant.workshop.id(), Seat.FIRST).first())
                .as("the other party's is untouched").isEqualTo(QuantWorkshop.CISO_TOLERANCE);
    }

    @Test
    void aToleranceThatIsNotOneIsRefusedWithTheReasonAndNothingChanges() {
        fixture.activate(quant.cto);
        model.toleranceTextProperty().set("1000000:0.1,500000:0.2");
        model.saveTolerance();

        assertThat(fixture.state.statusProperty().get()).contains("point 2");
        assertThat(fixture.services.divergence().tolerances(quant.workshop.id(), Seat.SECOND).second())
                .isEqualTo(QuantWorkshop.CTO_TOLERANCE);
    }

    @Test
    void theAgreedToleranceNeedsBothPartiesAndOnlyOnceRevealed() {
        assertThat(model.editingProperty().get()).as("nobody at the laptop, nothing revealed").isNull();
        assertThat(model.canEditToleranceProperty().get()).isFalse();

        quant.revealAppetites();
        model.reload();
        assertThat(model.editingProperty().get()).isEqualTo(AppetiteHolder.AGREED);
        model.toleranceTextProperty().set("1000000:0.3,100000000:0.05");
        model.saveTolerance();
        assertThat(fixture.services.divergence().tolerances(quant.workshop.id(), null).agreed())
                .as("not before both agree").isNull();

        while (fixture.consent().askingProperty().get() != null) {
            fixture.agree(null);
        }
        assertThat(fixture.services.divergence().tolerances(quant.workshop.id(), null).agreed().text())
                .isEqualTo("1000000:0.3,100000000:0.05");
    }

    @Test
    void anotherWorkshopForgetsTheRun() {
        model.run();
        assertThat(model.resultProperty().get()).isNotNull();

        fixture.state.show(null, List.of());

        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.initiatives()).isEmpty();
        assertThat(model.wordsProperty().get()).isEmpty();
    }
}
