package org.parley.ui.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Workshop;
import org.parley.ui.common.ViewModelFixture;
import org.parley.ui.negotiation.ItemsViewModel.Item;

class ItemsViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private ItemsViewModel model;
    /** What each reload opened, in turn. */
    private final List<Item> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, true);
        Workshop workshop = fixture.services.workshops().workshop(fixture.services.workshops().workshops().get(0).id());
        model = new ItemsViewModel(fixture.services.divergence(), fixture.services.agreements(), fixture.tasks,
                fixture.dialogs, fixture.state);
        fixture.state.show(workshop, fixture.services.workshops().parties(workshop.id()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Item item(String title) {
        return model.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theListShowsEveryRevealedInitiativeWithItsAgreementState() {
        model.reload(opened::add);

        assertThat(model.items()).hasSize(14);
        assertThat(model.items()).filteredOn(Item::exception).singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("AI coding assistants for all engineers"));
        assertThat(model.items()).filteredOn(i -> i.status().startsWith("Signed")).hasSize(3);
    }

    @Test
    void aReloadOpensTheInitiativeShownBeforeElseTheOneChosenElsewhereElseTheFirst() {
        model.reload(opened::add);
        assertThat(opened).containsExactly(model.items().get(0));

        Item chosenElsewhere = item("Zero-trust network access");
        fixture.state.selectedInitiativeProperty().set(chosenElsewhere.id());
        model.forget();
        model.reload(opened::add);
        assertThat(opened).last().isEqualTo(chosenElsewhere);

        Item shown = item("Partner API marketplace");
        model.open(shown);
        fixture.state.selectedInitiativeProperty().set(chosenElsewhere.id());
        model.reload(opened::add);
        assertThat(opened).last().isEqualTo(shown);
    }

    @Test
    void theChosenInitiativeShowsBothPositionsAndWhyTheyDiverge() {
        model.reload(opened::add);

        model.open(item("Zero-trust network access"));

        assertThat(model.positionsProperty().get().first().rationale()).contains("flat VPN");
        assertThat(model.whyProperty().get()).startsWith("Aligned: accept");
        assertThat(fixture.state.selectedInitiativeProperty().get()).isEqualTo(item("Zero-trust network access").id());

        model.open(null);

        assertThat(model.positionsProperty().get()).isNull();
        assertThat(model.whyProperty().get()).isEmpty();
    }

    @Test
    void theListSaysWhereAnAgreementStandsOnceItsVersionsChanged() {
        model.reload(opened::add);
        Item signed = model.items().stream().filter(i -> i.status().startsWith("Signed")).findFirst().orElseThrow();
        model.open(signed);

        model.refresh(signed.id(), List.of());

        assertThat(item(signed.title()).status()).isEqualTo("Not agreed");
        assertThat(model.selectedProperty().get()).as("the chosen row is the fresh one")
                .isEqualTo(item(signed.title()));
    }
}
