package org.parley.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Actor;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatus;
import org.parley.domain.Analysis;
import org.parley.domain.AuditVerification;
import org.parley.domain.Decision;
import org.parley.domain.DivergenceClass;
import org.parley.domain.DivergenceReport;
import org.parley.domain.Frontier;
import org.parley.domain.Initiative;
import org.parley.domain.Party;
import org.parley.domain.RegisterRow;
import org.parley.store.Store;
import org.parley.testing.TestConsent;
import org.parley.testing.TestStores;

class SampleWorkshopTest {

    @TempDir
    Path folder;

    @Test
    void aNewStoreStartsWithTheSampleWorkshopFullyFilledIn() {
        try (Store store = TestStores.open(folder)) {
            Services services = Services.openedOn(store);

            var workshops = services.workshops().workshops();
            assertThat(workshops).extracting("name").containsExactly(SampleWorkshop.NAME);
            long id = workshops.get(0).id();
            List<Initiative> initiatives = services.initiatives().initiatives(id);
            assertThat(initiatives).hasSizeGreaterThanOrEqualTo(12);
            assertThat(initiatives).allSatisfy(initiative -> {
                assertThat(initiative.description()).hasSizeGreaterThan(60);
                assertThat(initiative.category()).isNotBlank();
                assertThat(initiative.sponsor()).isNotBlank();
                assertThat(initiative.estimatedCost()).isPositive();
                assertThat(initiative.tags()).isNotEmpty();
            });
            assertThat(initiatives).extracting(Initiative::title)
                    .contains("Generative-AI customer support assistant", "Move card payments platform to public cloud",
                            "Open analytics data access", "Zero-trust network access", "DevSecOps pipeline",
                            "AI coding assistants for all engineers");
            assertThat(services.workshops().parties(id)).extracting(Party::roleLabel).containsExactly("CISO", "CTO");
            assertThat(services.workshops().criteria(id)).hasSize(4);
        }
    }

    @Test
    void theSampleHasRevealedScoresAndAppetitesThatDisagreeInBothWays() {
        try (Store store = TestStores.open(folder)) {
            Services services = Services.openedOn(store);
            long id = services.workshops().workshops().get(0).id();

            Analysis analysis = services.divergence().analysis(id, null);

            assertThat(analysis.revealed()).hasSize(SampleWorkshop.INITIATIVES.size());
            assertThat(analysis.unrevealed()).isZero();
            assertThat(analysis.appetites().complete()).isTrue();
            assertThat(analysis.appetites().agreed()).isEqualTo(Frontier.midpoint(analysis.appetites().first(),
                    analysis.appetites().second()));
            DivergenceReport report = analysis.report();
            assertThat(report.count(DivergenceClass.PERCEPTION_GAP) + report.count(DivergenceClass.BOTH))
                    .as(report.counts().toString()).isPositive();
            assertThat(report.count(DivergenceClass.APPETITE_GAP)).as(report.counts().toString()).isPositive();
            assertThat(report.count(DivergenceClass.PERCEPTION_GAP)).as(report.counts().toString()).isPositive();
            assertThat(report.count(DivergenceClass.ALIGNED_ACCEPT)).as(report.counts().toString()).isPositive();
        }
    }

    @Test
    void anExistingStoreIsNotFilledAgain() {
        try (Store store = TestStores.open(folder)) {
            Services services = Services.openedOn(store);
            services.workshops().rename(services.workshops().workshops().get(0).id(), "FY27 (ours)", TestConsent.nobody());
        }
        try (Store store = TestStores.open(folder)) {
            Services services = Services.openedOn(store);
            assertThat(services.workshops().workshops()).extracting("name").containsExactly("FY27 (ours)");
        }
    }

    @Test
    void theSampleHasThreeSignedAgreementsExactlyOneAnException() {
        try (Store store = TestStores.open(folder)) {
            Services services = Services.openedOn(store);
            long id = services.workshops().workshops().get(0).id();

            List<RegisterRow> agreed = services.register().agreedRows(id);

            assertThat(agreed).extracting(row -> row.initiative().title()).containsExactly(
                    "Generative-AI customer support assistant", "DevSecOps pipeline",
                    "AI coding assistants for all engineers");
            assertThat(agreed).extracting(RegisterRow::agreement).allSatisfy(agreement -> {
                assertThat(agreement.status()).isEqualTo(AgreementStatus.FROZEN);
                assertThat(agreement.bothSigned()).isTrue();
                assertThat(agreement.terms().rationale()).hasSizeGreaterThan(80);
                assertThat(agreement.terms().reviewDate()).isAfter(services.agreements().today());
                assertThat(agreement.terms().conditions()).allSatisfy(condition ->
                        assertThat(condition.dueDate()).isAfter(services.agreements().today()));
                assertThat(agreement.snapshot().first().rationale()).isNotBlank();
            });
            assertThat(agreed).filteredOn(row -> row.agreement().isException())
                    .extracting(row -> row.initiative().title())
                    .containsExactly("AI coding assistants for all engineers");
            Agreement assistant = agreed.get(0).agreement();
            assertThat(assistant.terms().decision()).isEqualTo(Decision.PROCEED_WITH_CONDITIONS);
            assertThat(assistant.terms().conditions()).hasSize(3);
            assertThat(assistant.standing().residual().value()).isLessThan(assistant.standing().inherent().value());
            assertThat(agreed.get(1).agreement().terms().decision()).isEqualTo(Decision.PROCEED);
            assertThatThrownBy(() -> services.workshops().delete(id, Consent.nobody(Actor.WINDOW)))
                    .hasMessageContaining("the register keeps every signed agreement");
        }
    }

    @Test
    void aFreshSampleStoreVerifiesIntact() {
        try (Store store = TestStores.open(folder)) {
            AuditVerification.Result result = Services.openedOn(store).audit().verify();

            assertThat(result.intact()).as(String.valueOf(result.broken())).isTrue();
            assertThat(result.signedAgreements()).isEqualTo(3);
        }
    }
}
