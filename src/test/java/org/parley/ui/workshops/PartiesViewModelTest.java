package org.parley.ui.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.ScriptedDialogs;
import org.parley.ui.common.ViewModelFixture;
import org.parley.ui.common.WorkbenchState;

class PartiesViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private Services services;
    private ScriptedDialogs dialogs;
    private WorkbenchState state;
    private PartiesViewModel model;
    private Workshop workshop;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        services = fixture.services;
        dialogs = fixture.dialogs;
        state = fixture.state;
        workshop = services.workshops().create("Q3 review", TestConsent.nobody());
        model = new PartiesViewModel(services.workshops(), fixture.tasks, dialogs, state, services.consents(),
                fixture.consent());
        state.show(workshop, services.workshops().parties(workshop.id()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void renamedPartiesAreStoredAndShownEverywhere() {
        model.form(0).displayNameProperty().set("Amira Haddad");
        model.form(1).roleLabelProperty().set("CIO");
        assertThat(model.form(0).dirtyProperty().get()).isTrue();

        model.save();
        // Nobody is at the laptop and one party renames the other: both agree, one after the other.
        assertThat(services.workshops().parties(workshop.id()).get(0).displayName()).as("not before both agree")
                .isEqualTo("CISO");
        fixture.agree(null);
        fixture.agree(null);

        assertThat(services.workshops().parties(workshop.id()))
                .extracting(Party::displayName, Party::roleLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Amira Haddad", "CISO"),
                        org.assertj.core.groups.Tuple.tuple("CTO", "CIO"));
        assertThat(state.parties()).extracting(Party::roleLabel).containsExactly("CISO", "CIO");
        assertThat(model.form(1).dirtyProperty().get()).isFalse();
    }

    @Test
    void aPartysPinGivesItASigningKeyWhoseFingerprintSetupShows() {
        assertThat(model.form(0).keyProperty().get()).as("no PIN, no key").isEmpty();
        fixture.activate(state.parties().get(0));
        dialogs.answer(new DialogService.PinChange(null, "river-stone-7"));

        model.changePin(0);

        String fingerprint = services.consents().fingerprint(state.parties().get(0)).orElseThrow();
        assertThat(model.form(0).keyProperty().get()).isEqualTo("Signing key " + fingerprint);
        assertThat(model.form(1).keyProperty().get()).isEmpty();
    }

    @Test
    void anEmptyNameIsMarkedAndNotSaved() {
        model.form(0).displayNameProperty().set(" ");

        model.save();

        assertThat(model.form(0).displayNameProblemProperty().get()).isEqualTo("Display name is required.");
        assertThat(services.workshops().parties(workshop.id()).get(0).displayName()).isEqualTo("CISO");
    }

    @Test
    void aRoleLabelTakenByTheOtherPartyIsRefusedWithItsReason() {
        fixture.activate(state.parties().get(1));
        model.form(1).roleLabelProperty().set("ciso");

        model.save();

        assertThat(dialogs.shown()).singleElement().asString().contains("already labelled CISO");
        assertThat(services.workshops().parties(workshop.id()).get(1).roleLabel()).isEqualTo("CTO");
    }
}
