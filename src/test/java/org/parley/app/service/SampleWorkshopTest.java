package org.parley.app.service;

import org.parley.domain.Actor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Analysis;
import org.parley.domain.DivergenceClass;
import org.parley.domain.DivergenceReport;
import org.parley.domain.Frontier;
import org.parley.domain.Initiative;
import org.parley.domain.Party;
import org.parley.store.Store;
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
            services.workshops().delete(services.workshops().workshops().get(0).id(), Actor.WINDOW);
        }
        try (Store store = TestStores.open(folder)) {
            Services services = Services.openedOn(store);
            assertThat(services.workshops().workshops()).isEmpty();
        }
    }
}
