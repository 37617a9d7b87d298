package org.parley.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.AssessmentInput;
import org.parley.domain.AuditChain;
import org.parley.domain.AuditKind;
import org.parley.domain.RuleViolation;
import org.parley.domain.Seat;
import org.parley.domain.quant.InitiativeEstimate;
import org.parley.domain.quant.LossEstimate;
import org.parley.domain.quant.LossSimulation;
import org.parley.domain.quant.PortfolioLoss;
import org.parley.domain.quant.SimulationCancelledException;
import org.parley.domain.quant.SimulationProgress;
import org.parley.domain.quant.ToleranceCurve;
import org.parley.domain.quant.ToleranceVerdict;
import org.parley.store.AuditLog;
import org.parley.store.Store;
import org.parley.testing.QuantWorkshop;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestConsent;
import org.parley.testing.TestStores;

/** The quantitative mode's rules at the service: who sets which tolerance, what stays private, what a run reads. */
class QuantServiceTest {

    private static final ToleranceCurve AGREED = ToleranceCurve.parse("1000000:0.3,100000000:0.05");

    @TempDir
    Path folder;
    private Store store;
    private QuantWorkshop w;
    private long id;

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        w = QuantWorkshop.create(store);
        id = w.workshop.id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private DivergenceService divergence() {
        return w.services.divergence();
    }

    @Test
    void aPartyCannotSetTheOthersTolerance() {
        assertThatThrownBy(() -> divergence().setTolerance(id, AppetiteHolder.SECOND, AGREED, w.consentOf(w.ciso)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Only the party in seat 2");
        assertThatThrownBy(() -> divergence().setTolerance(id, AppetiteHolder.FIRST, AGREED, TestConsent.nobody()))
                .isInstanceOf(RuleViolation.class);
        assertThat(divergence().tolerances(id, Seat.SECOND).second()).isEqualTo(QuantWorkshop.CTO_TOLERANCE);
    }

    @Test
    void aPartySetsItsOwnAndSeesOnlyItsOwnBeforeTheReveal() {
        divergence().setTolerance(id, AppetiteHolder.FIRST, AGREED, w.consentOf(w.ciso));

        assertThat(divergence().tolerances(id, Seat.FIRST).first()).isEqualTo(AGREED);
        assertThat(divergence().tolerances(id, Seat.FIRST).second()).isNull();
        assertThat(divergence().tolerances(id, Seat.SECOND).first()).isNull();
        assertThat(divergence().tolerances(id, null).first()).isNull();
        assertThat(divergence().tolerances(id, null).second()).isNull();
    }

    @Test
    void aToleranceChangedBeforeTheRevealIsAuditedWithoutItsPoints() {
        divergence().setTolerance(id, AppetiteHolder.FIRST, AGREED, w.consentOf(w.ciso));

        var event = lastEvent(AuditKind.TOLERANCE_CHANGED);
        assertThat(event.payload()).contains("FIRST").doesNotContain("1000000");
    }

    @Test
    void theAppetitesRevealRevealsTheTolerancesToo() {
        w.revealAppetites();

        var seen = divergence().tolerances(id, null);
        assertThat(seen.revealed()).isTrue();
        assertThat(seen.first()).isEqualTo(QuantWorkshop.CISO_TOLERANCE);
        assertThat(seen.second()).isEqualTo(QuantWorkshop.CTO_TOLERANCE);
        assertThat(lastEvent(AuditKind.TOLERANCE_CHANGED).payload()).contains(QuantWorkshop.CISO_TOLERANCE.text(),
                QuantWorkshop.CTO_TOLERANCE.text());
        assertThat(w.services.audit().verify().intact()).isTrue();
    }

    @Test
    void theAgreedToleranceNeedsBothPartiesAndTheReveal() {
        assertThatThrownBy(() -> divergence().setTolerance(id, AppetiteHolder.AGREED, AGREED, w.both))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("after both parties'");
        w.revealAppetites();
        assertThatThrownBy(() -> divergence().setTolerance(id, AppetiteHolder.AGREED, AGREED, w.consentOf(w.ciso)))
                .isInstanceOf(BothPartiesNeeded.class);

        divergence().setTolerance(id, AppetiteHolder.AGREED, AGREED, w.both);

        assertThat(divergence().tolerances(id, null).agreed()).isEqualTo(AGREED);
    }

    @Test
    void theCurrencyNeedsBothPartiesAndThreeCapitals() {
        assertThatThrownBy(() -> w.services.workshops().setCurrency(id, "USD", w.consentOf(w.cto)))
                .isInstanceOf(BothPartiesNeeded.class);
        assertThatThrownBy(() -> w.services.workshops().setCurrency(id, "usd", w.both))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("three upper-case letters");

        w.services.workshops().setCurrency(id, "USD", w.both);

        assertThat(w.services.workshops().currency(id)).isEqualTo("USD");
        assertThat(lastEvent(AuditKind.SETTINGS_CHANGED).payload()).contains("USD");
    }

    @Test
    void anEstimateStaysBlindUntilTheReveal() {
        w.services.scoring().openRound(List.of(w.cloud.id()), w.consentOf(w.ciso));
        var criteria = w.services.scoring().criteria(id);
        Map<Long, Integer> scores = new HashMap<>();
        criteria.forEach(c -> scores.put(c.id(), 3));
        LossEstimate secret = new LossEstimate(0.9, 100, 200);
        w.services.scoring().submit(w.cloud.id(), w.ciso, new AssessmentInput(3, 3, scores, "", secret),
                w.consentOf(w.ciso));

        var ctoBoard = w.services.scoring().board(id, Seat.SECOND);
        var entry = ctoBoard.entries().stream().filter(e -> e.initiative().id() == w.cloud.id()).findFirst().orElseThrow();
        assertThat(entry.own()).isNull();
        assertThat(entry.latestRevealed().first().loss()).isEqualTo(QuantWorkshop.CLOUD_CISO);
        // The run reads only revealed rounds: round 2's estimate is nowhere in it.
        QuantService.Result result = w.services.quant().simulate(id, 1000, 1, false, SimulationProgress.NONE);
        assertThat(result.first().expectedAnnualLossByInitiative().get(w.cloud.id()))
                .isEqualTo(QuantWorkshop.CLOUD_CISO.expectedAnnualLoss());
        assertThat(w.services.scoring().board(id, Seat.FIRST).entries().stream()
                .filter(e -> e.initiative().id() == w.cloud.id()).findFirst().orElseThrow().own().loss())
                .isEqualTo(secret);
    }

    @Test
    void aRunSimulatesEachPartysRevealedEstimatesInInitiativeOrder() {
        QuantService.Result result = w.services.quant().simulate(id, 20_000, 7, false, SimulationProgress.NONE);

        assertThat(result.initiatives()).extracting(QuantService.InitiativeLoss::initiativeId)
                .containsExactly(w.cloud.id(), w.assistant.id(), w.pipeline.id());
        PortfolioLoss expected = new LossSimulation(20_000, 7).run(List.of(
                new InitiativeEstimate(w.cloud.id(), QuantWorkshop.CLOUD_CISO),
                new InitiativeEstimate(w.assistant.id(), QuantWorkshop.ASSISTANT_CISO),
                new InitiativeEstimate(w.pipeline.id(), QuantWorkshop.PIPELINE_BOTH)), SimulationProgress.NONE);
        assertThat(result.first().sortedTrialLosses()).isEqualTo(expected.sortedTrialLosses());
        assertThat(result.first().expectedAnnualLoss()).isEqualTo(expected.expectedAnnualLoss());
        assertThat(result.currency()).isEqualTo("EUR");
        assertThat(result.initiatives().get(0).first()).isCloseTo(26_600_000, within(50_000.0));
        assertThat(result.byExpectedLoss().get(0).initiativeId()).isEqualTo(w.cloud.id());
    }

    @Test
    void beforeTheRevealARunHasNoTolerancesAndNoVerdicts() {
        QuantService.Result result = w.services.quant().simulate(id, 1000, 1, false, SimulationProgress.NONE);

        assertThat(result.tolerances().first()).isNull();
        assertThat(result.tolerances().second()).isNull();
        assertThat(result.verdicts()).isNull();
    }

    @Test
    void afterTheRevealTheFourVerdictsAreEachToleranceOnEachCurve() {
        w.revealAppetites();

        QuantService.Result result = w.services.quant().simulate(id, 20_000, 1, false, SimulationProgress.NONE);

        assertThat(result.verdicts().verdict(Seat.FIRST, Seat.FIRST))
                .isEqualTo(QuantWorkshop.CISO_TOLERANCE.verdict(result.first()));
        assertThat(result.verdicts().verdict(Seat.SECOND, Seat.FIRST))
                .isEqualTo(QuantWorkshop.CTO_TOLERANCE.verdict(result.first()));
        // The CISO's strict curve rejects its own estimates (a 10% chance of a cloud loss above 10,000,000 alone).
        assertThat(result.verdicts().verdict(Seat.FIRST, Seat.FIRST)).isEqualTo(ToleranceVerdict.OUTSIDE);
    }

    @Test
    void agreedRunsNeedASignedAgreementThatGoesAhead() {
        assertThatThrownBy(() -> w.services.quant().simulate(id, 1000, 1, true, SimulationProgress.NONE))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("signed agreement");
    }

    @Test
    void agreedRunsUseTheAgreedResidualEstimateForBothPartiesWhenTheAgreementGivesOne(@TempDir Path other) {
        LossEstimate residual = new LossEstimate(0.01, 200_000, 2_000_000);
        try (Store signing = TestStores.open(other)) {
            RevealedWorkshop r = RevealedWorkshop.create(signing);
            revealASecondRoundWithEstimates(r);
            r.signed(r.assistant, r.terms().withResidualLoss(residual));
            r.signed(r.pipeline, r.terms());

            QuantService.Result agreed = r.services.quant().simulate(r.workshop.id(), 1000, 1, true,
                    SimulationProgress.NONE);
            QuantService.Result all = r.services.quant().simulate(r.workshop.id(), 1000, 1, false,
                    SimulationProgress.NONE);

            QuantService.InitiativeLoss assistant = agreed.initiatives().get(0);
            QuantService.InitiativeLoss pipeline = agreed.initiatives().get(1);
            assertThat(assistant.initiativeId()).isEqualTo(r.assistant.id());
            assertThat(assistant.agreedEstimate()).isTrue();
            assertThat(assistant.first()).isEqualTo(residual.expectedAnnualLoss());
            assertThat(assistant.second()).isEqualTo(residual.expectedAnnualLoss());
            assertThat(pipeline.agreedEstimate()).isFalse();
            assertThat(pipeline.first()).isEqualTo(QuantWorkshop.ASSISTANT_CISO.expectedAnnualLoss());
            assertThat(pipeline.second()).isEqualTo(QuantWorkshop.ASSISTANT_CTO.expectedAnnualLoss());
            // Without --agreed each party's own estimate counts, whatever the agreement says.
            assertThat(all.initiatives().get(0).first()).isEqualTo(QuantWorkshop.ASSISTANT_CISO.expectedAnnualLoss());
            assertThat(all.initiatives().get(0).agreedEstimate()).isFalse();
        }
    }

    @Test
    void agreedRunsTakeAnAgreementWithAnEstimateEvenWhenThePartiesGaveNone(@TempDir Path other) {
        LossEstimate residual = new LossEstimate(0.01, 200_000, 2_000_000);
        try (Store signing = TestStores.open(other)) {
            RevealedWorkshop r = RevealedWorkshop.create(signing);
            r.signed(r.assistant, r.terms().withResidualLoss(residual));

            QuantService.Result agreed = r.services.quant().simulate(r.workshop.id(), 1000, 1, true,
                    SimulationProgress.NONE);

            assertThat(agreed.initiatives()).singleElement().satisfies(i -> {
                assertThat(i.initiativeId()).isEqualTo(r.assistant.id());
                assertThat(i.first()).isEqualTo(residual.expectedAnnualLoss()).isEqualTo(i.second());
            });
            assertThatThrownBy(() -> r.services.quant().simulate(r.workshop.id(), 1000, 1, false,
                    SimulationProgress.NONE)).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void agreedRunsTakeOnlyInitiativesWhoseSignedAgreementGoesAheadWithThePartiesEstimates(@TempDir Path other) {
        try (Store signing = TestStores.open(other)) {
            RevealedWorkshop r = RevealedWorkshop.create(signing);
            // Then the assistant is signed.
            revealASecondRoundWithEstimates(r);
            r.signed(r.assistant, r.terms());

            QuantService.Result agreed = r.services.quant().simulate(r.workshop.id(), 1000, 1, true,
                    SimulationProgress.NONE);
            QuantService.Result all = r.services.quant().simulate(r.workshop.id(), 1000, 1, false,
                    SimulationProgress.NONE);

            assertThat(agreed.agreedOnly()).isTrue();
            assertThat(agreed.initiatives()).extracting(QuantService.InitiativeLoss::initiativeId)
                    .containsExactly(r.assistant.id());
            assertThat(agreed.initiatives().get(0).second())
                    .isEqualTo(QuantWorkshop.ASSISTANT_CTO.expectedAnnualLoss());
            assertThat(all.initiatives()).hasSize(2);
        }
    }

    @Test
    void progressRisesToOneAndACancelStopsTheRun() {
        List<Double> seen = new ArrayList<>();
        w.services.quant().simulate(id, 5000, 1, false, new SimulationProgress(seen::add, () -> false));
        assertThat(seen).isSorted().last().isEqualTo(1.0);

        AtomicBoolean cancel = new AtomicBoolean(true);
        assertThatThrownBy(() -> w.services.quant().simulate(id, 5000, 1, false,
                new SimulationProgress(f -> { }, cancel::get))).isInstanceOf(SimulationCancelledException.class);
    }

    private AuditChain.Entry lastEvent(AuditKind kind) {
        return new AuditLog(store).entries().stream().filter(e -> e.kind().equals(kind.name()))
                .reduce((a, b) -> b).orElseThrow();
    }

    /** A second round on both initiatives, this time with the assistant's estimates for both, revealed. */
    private static void revealASecondRoundWithEstimates(RevealedWorkshop r) {
        r.services.scoring().openRound(List.of(r.assistant.id(), r.pipeline.id()), r.both);
        Map<Long, Integer> scores = new HashMap<>();
        r.services.scoring().criteria(r.workshop.id()).forEach(c -> scores.put(c.id(), 4));
        for (var initiative : List.of(r.assistant, r.pipeline)) {
            r.services.scoring().submit(initiative.id(), r.ciso, new AssessmentInput(4, 4, scores, "",
                    QuantWorkshop.ASSISTANT_CISO), r.both);
            r.services.scoring().submit(initiative.id(), r.cto, new AssessmentInput(3, 3, scores, "",
                    QuantWorkshop.ASSISTANT_CTO), r.both);
        }
        r.services.scoring().revealAll(r.workshop.id(), r.both);
    }
}
