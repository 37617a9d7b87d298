package org.parley.ui.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.ViewModelFixture;

/** Workshop setup's currency of loss amounts: EUR for a new workshop, changed only with both parties. */
class CurrencyViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private CurrencyViewModel model;
    private Workshop workshop;
    private List<Party> parties;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        workshop = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        parties = fixture.services.workshops().parties(workshop.id());
        model = new CurrencyViewModel(fixture.services.workshops(), fixture.tasks, fixture.dialogs, fixture.state,
                fixture.consent());
        fixture.state.show(workshop, parties);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aNewWorkshopStatesLossesInEuros() {
        assertThat(model.codeProperty().get()).isEqualTo("EUR");
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void aNewCurrencyIsSavedOnlyOnceBothPartiesAgree() {
        fixture.activate(parties.get(0));
        model.codeProperty().set("usd");
        assertThat(model.dirtyProperty().get()).isTrue();

        model.save();
        assertThat(fixture.services.workshops().currency(workshop.id())).as("not before the other party agrees")
                .isEqualTo("EUR");
        while (fixture.consent().askingProperty().get() != null) {
            fixture.agree(null);
        }

        assertThat(fixture.services.workshops().currency(workshop.id())).isEqualTo("USD");
        assertThat(model.codeProperty().get()).isEqualTo("USD");
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void revertShowsTheStoredCurrencyAgain() {
        model.codeProperty().set("GBP");
        model.revert();
        assertThat(model.codeProperty().get()).isEqualTo("EUR");
        assertThat(model.dirtyProperty().get()).isFalse();
    }
}
