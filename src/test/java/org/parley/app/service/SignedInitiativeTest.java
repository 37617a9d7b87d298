package org.parley.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Actor;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.RuleViolation;
import org.parley.domain.WorkshopSummary;
import org.parley.exchange.CsvOptions;
import org.parley.exchange.ExchangeProgress;
import org.parley.store.Store;
import org.parley.testing.TestStores;

/** What was signed stays as it was signed: editing the initiative later does not rewrite the register. */
class SignedInitiativeTest {

    @TempDir
    Path folder;

    @Test
    void aSignedInitiativeCannotBeChangedEvenByBothAndTheRegisterKeepsWhatWasSigned() throws Exception {
        try (Store store = TestStores.open(folder)) {
            Services services = TestStores.withSample(store);
            long workshop = services.workshops().workshops().get(0).id();
            Initiative devSecOps = services.initiatives().initiatives(workshop).stream()
                    .filter(i -> i.title().equals("DevSecOps pipeline")).findFirst().orElseThrow();
            assertThat(services.agreements().current(devSecOps.id()).orElseThrow().snapshot().initiative().title())
                    .isEqualTo("DevSecOps pipeline");

            InitiativeDraft changed = new InitiativeDraft("=HYPERLINK(\"http://x\") now with production secrets",
                    devSecOps.description(), "Shadow IT", devSecOps.sponsor(), devSecOps.estimatedCost(), devSecOps.tags());
            Consent both = services.consents().confirm(services.workshops().parties(workshop).get(0),
                    SampleWorkshop.FIRST_PIN).and(services.consents().confirm(
                    services.workshops().parties(workshop).get(1), SampleWorkshop.SECOND_PIN));
            assertThatThrownBy(() -> services.initiatives().update(devSecOps.id(), changed, both))
                    .hasMessageContaining("cannot be changed: its agreement was signed by both parties")
                    .hasMessageContaining("Amend the agreement");
            Path file = folder.resolve("register.csv");
            services.exchange().exportRegister(workshop, file, false, CsvOptions.WITHOUT_BOM, ExchangeProgress.NONE,
                    Actor.WINDOW);

            String register = Files.readString(file);
            assertThat(register).contains(",DevSecOps pipeline,Engineering,").doesNotContain("production secrets");
            assertThat(services.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void anImportThatWouldChangeASignedInitiativeImportsNothingAndKeepsTheRefusalAsItsCause() throws Exception {
        try (Store store = TestStores.open(folder)) {
            Services services = TestStores.withSample(store);
            WorkshopSummary workshop = services.workshops().workshops().get(0);
            Initiative devSecOps = services.initiatives().initiatives(workshop.id()).stream()
                    .filter(i -> i.title().equals("DevSecOps pipeline")).findFirst().orElseThrow();
            Consent both = services.consents().confirm(services.workshops().parties(workshop.id()).get(0),
                    SampleWorkshop.FIRST_PIN).and(services.consents().confirm(
                    services.workshops().parties(workshop.id()).get(1), SampleWorkshop.SECOND_PIN));
            Path file = folder.resolve("initiatives.csv");
            Files.writeString(file, "id,title,description,category,sponsor,estimated_cost,tags\n"
                    + devSecOps.id() + ",DevSecOps pipeline,Renamed behind the register,Engineering,CTO,,\n");
            int before = services.initiatives().initiatives(workshop.id()).size();

            assertThatThrownBy(() -> services.exchange().importInitiatives(workshop.name(), file, false,
                    (w, rows) -> both))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("its agreement was signed by both parties")
                    .hasMessageEndingWith(" Nothing was imported.")
                    .hasCauseInstanceOf(RuleViolation.class);
            assertThat(services.initiatives().initiatives(workshop.id())).hasSize(before)
                    .filteredOn(i -> i.id() == devSecOps.id()).extracting(Initiative::description)
                    .containsExactly(devSecOps.description());
        }
    }
}
