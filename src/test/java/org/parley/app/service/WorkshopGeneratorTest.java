package org.parley.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Initiative;
import org.parley.domain.RuleViolation;
import org.parley.store.Store;
import org.parley.testing.TestStores;

class WorkshopGeneratorTest {

    @TempDir
    Path folder;

    /**
     * The register of a workshop generated into a fresh store, row by row as text: the initiative, both assessments
     * and the agreed terms, without the signatures, whose keys are new in every store.
     */
    private List<String> generated(String store, int count, long seed) throws Exception {
        try (Store opened = TestStores.open(Files.createDirectories(folder.resolve(store)))) {
            Services services = new Services(opened);
            WorkshopGenerator.Result result = services.generator().generate("Scale test", count, seed, party -> {
                throw new AssertionError("a new workshop's parties have no PIN to ask");
            });
            long id = result.workshop().id();
            assertThat(result.created()).isTrue();
            assertThat(result.pinsSet()).isTrue();
            assertThat(services.audit().verify().intact()).isTrue();
            assertThat(services.divergence().analysis(id, null).revealed()).hasSize(count);
            return services.register().rows(id).stream().map(row -> row.initiative() + " " + row.first() + " "
                    + row.second() + " " + (row.agreement() == null ? "" : row.agreement().terms() + " "
                    + row.agreement().status())).toList();
        }
    }

    @Test
    void theSameSeedGeneratesTheSameWorkshopWithSixtyPercentSigned() throws Exception {
        List<String> first = generated("one", 50, 42);
        List<String> again = generated("two", 50, 42);
        List<String> other = generated("three", 5, 43);

        assertThat(first).hasSize(50).isEqualTo(again);
        assertThat(other).isNotEqualTo(first.subList(0, 5));
        try (Store opened = TestStores.open(folder.resolve("one"))) {
            Services services = new Services(opened);
            long id = services.workshops().resolve("Scale test").id();
            assertThat(services.register().agreedRows(id)).hasSize(30);
            assertThat(services.initiatives().initiatives(id)).extracting(Initiative::title).doesNotHaveDuplicates()
                    .allSatisfy(title -> assertThat(title).matches(".+ \u2013 .+ \\d{4}"));
        }
    }

    @Test
    void aWorkshopThatHasInitiativesIsRefusedAndLeftAsItWas() {
        try (Store store = TestStores.open(folder)) {
            Services services = TestStores.withSample(store);
            long id = services.workshops().resolve(SampleWorkshop.NAME).id();
            int before = services.initiatives().initiatives(id).size();

            assertThatThrownBy(() -> services.generator().generate(SampleWorkshop.NAME, 10, 1, party -> "unused"))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("already has initiatives");
            assertThatThrownBy(() -> services.generator().generate("Empty", 0, 1, party -> "unused"))
                    .isInstanceOf(RuleViolation.class);
            assertThat(services.initiatives().initiatives(id)).hasSize(before);
            assertThat(services.workshops().workshops()).hasSize(1);
        }
    }
}
