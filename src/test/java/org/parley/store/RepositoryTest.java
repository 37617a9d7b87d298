package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.Seat;
import org.parley.domain.Workshop;
import org.parley.testing.TestStores;

class RepositoryTest {

    @TempDir
    Path folder;
    private Store store;
    private WorkshopRepository workshops;
    private InitiativeRepository initiatives;
    private PartyRepository parties;

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        workshops = new WorkshopRepository(store);
        initiatives = new InitiativeRepository(store);
        parties = new PartyRepository(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static InitiativeDraft draft(String title, String cost, String... tags) {
        return new InitiativeDraft(title, "Description of " + title, "Security", "CISO",
                cost == null ? null : new BigDecimal(cost), List.of(tags));
    }

    @Test
    void initiativesRoundTripWithTheirTagsAndCost() {
        Workshop workshop = workshops.insert("FY27");
        Initiative saved = initiatives.insert(workshop.id(), draft("Zero-trust network access", "780000.50",
                "SOC 2", "ISO 27001"));

        Initiative loaded = initiatives.find(saved.id()).orElseThrow();
        assertThat(loaded.title()).isEqualTo("Zero-trust network access");
        assertThat(loaded.description()).isEqualTo("Description of Zero-trust network access");
        assertThat(loaded.estimatedCost()).isEqualByComparingTo("780000.50");
        assertThat(loaded.tags()).containsExactly("ISO 27001", "SOC 2");
        assertThat(loaded.updatedAt()).isEqualTo(TestStores.CLOCK.instant());
        assertThat(initiatives.forWorkshop(workshop.id())).containsExactly(loaded);
    }

    @Test
    void anUpdateReplacesFieldsAndTags() {
        Workshop workshop = workshops.insert("FY27");
        Initiative saved = initiatives.insert(workshop.id(), draft("DevSecOps", "1", "SOC 2"));

        initiatives.update(saved.id(), draft("DevSecOps pipeline", null, "GDPR"));

        Initiative loaded = initiatives.find(saved.id()).orElseThrow();
        assertThat(loaded.title()).isEqualTo("DevSecOps pipeline");
        assertThat(loaded.cost()).isEmpty();
        assertThat(loaded.tags()).containsExactly("GDPR");
    }

    @Test
    void deletingAnInitiativeRemovesItsTagsToo() {
        Workshop workshop = workshops.insert("FY27");
        Initiative saved = initiatives.insert(workshop.id(), draft("BYOD", "150000", "GDPR"));

        initiatives.delete(saved.id());

        assertThat(initiatives.find(saved.id())).isEmpty();
        assertThat(store.dsl().fetchCount(org.parley.store.jooq.Tables.INITIATIVE_TAG)).isZero();
        assertThatThrownBy(() -> initiatives.delete(saved.id()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no longer exists");
    }

    @Test
    void theStoreRefusesANegativeCostEvenIfARuleWereBypassed() {
        Workshop workshop = workshops.insert("FY27");
        assertThatThrownBy(() -> initiatives.insert(workshop.id(), draft("Bad", "-1")))
                .isInstanceOf(RuntimeException.class);
        assertThat(initiatives.forWorkshop(workshop.id())).isEmpty();
    }

    @Test
    void summariesCountInitiativesPerWorkshopAndSortByName() {
        Workshop b = workshops.insert("b workshop");
        Workshop a = workshops.insert("A workshop");
        initiatives.insert(b.id(), draft("One", null));
        initiatives.insert(b.id(), draft("Two", null));

        assertThat(workshops.summaries())
                .extracting("name", "initiativeCount")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A workshop", 0),
                        org.assertj.core.groups.Tuple.tuple("b workshop", 2));
        assertThat(a.createdAt()).isEqualTo(TestStores.CLOCK.instant());
    }

    @Test
    void workshopNamesAreUniqueInTheSchema() {
        workshops.insert("FY27");
        assertThatThrownBy(() -> workshops.insert("FY27")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void deletingAWorkshopCascadesToEverythingInIt() {
        Workshop workshop = workshops.insert("FY27");
        parties.insert(workshop.id(), Seat.FIRST, "CISO", "CISO", "#1F6FEB");
        initiatives.insert(workshop.id(), draft("One", null, "GDPR"));

        workshops.delete(workshop.id());

        assertThat(workshops.find(workshop.id())).isEmpty();
        assertThat(parties.forWorkshop(workshop.id())).isEmpty();
        assertThat(initiatives.forWorkshop(workshop.id())).isEmpty();
    }

    @Test
    void partiesAreRenamedInPlace() {
        Workshop workshop = workshops.insert("FY27");
        Party party = parties.insert(workshop.id(), Seat.SECOND, "CTO", "CTO", "#D4651C");

        parties.updateNames(party.id(), " Jonas Berg ", "CIO");

        assertThat(parties.forWorkshop(workshop.id()))
                .containsExactly(new Party(party.id(), workshop.id(), Seat.SECOND, "Jonas Berg", "CIO", "#D4651C", false));
    }
}
