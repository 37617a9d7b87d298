package org.parley.ui.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.Party;
import org.parley.domain.WorkshopSummary;
import org.parley.ui.common.ScriptedDialogs;
import org.parley.ui.common.ViewModelFixture;
import org.parley.ui.common.WorkbenchState;

class WorkshopsViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private Services services;
    private ScriptedDialogs dialogs;
    private WorkbenchState state;
    private WorkshopsViewModel model;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, true);
        services = fixture.services;
        dialogs = fixture.dialogs;
        state = fixture.state;
        model = new WorkshopsViewModel(services.workshops(), fixture.tasks, dialogs, state, fixture.consent());
        model.start(-1);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void startOpensTheFirstWorkshopWithItsParties() {
        assertThat(model.currentProperty().get().name()).isEqualTo("FY27 strategy offsite");
        assertThat(state.workshop().name()).isEqualTo("FY27 strategy offsite");
        assertThat(state.parties()).extracting(Party::displayName).containsExactly("Amira Haddad", "Jonas Berg");
    }

    @Test
    void createdWorkshopsBecomeCurrent() {
        dialogs.answer("Q3 review");
        model.create();

        assertThat(model.workshops()).extracting(WorkshopSummary::name).containsExactly("FY27 strategy offsite", "Q3 review");
        assertThat(state.workshop().name()).isEqualTo("Q3 review");
        assertThat(state.parties()).extracting(Party::roleLabel).containsExactly("CISO", "CTO");
    }

    @Test
    void aDuplicateNameIsRefusedInTheDialog() {
        dialogs.answer("fy27 STRATEGY offsite");
        model.create();

        assertThat(dialogs.shown()).contains("New workshop refused: A workshop with this name already exists.");
        assertThat(model.workshops()).hasSize(1);
    }

    @Test
    void renameChangesTheNameEverywhere() {
        dialogs.answer("FY27 offsite (final)");
        model.rename();

        assertThat(services.workshops().workshops()).extracting(WorkshopSummary::name).containsExactly("FY27 offsite (final)");
        assertThat(model.currentProperty().get().name()).isEqualTo("FY27 offsite (final)");
        assertThat(state.workshop().name()).isEqualTo("FY27 offsite (final)");
    }

    @Test
    void deleteAsksWithTheInitiativeCountAndCanBeDeclined() {
        dialogs.answer(false);
        model.delete();
        assertThat(services.workshops().workshops()).hasSize(1);
        assertThat(dialogs.shown()).last().asString().contains("with its 14 initiatives");

        dialogs.answer("Scratch");
        model.create();
        dialogs.answer(true);
        model.delete();
        assertThat(services.workshops().workshops()).extracting(WorkshopSummary::name)
                .containsExactly("FY27 strategy offsite");
        assertThat(state.workshop().name()).isEqualTo("FY27 strategy offsite");
    }

    @Test
    void aWorkshopWithSignedAgreementsIsKeptAndTheReasonShown() {
        dialogs.answer(true);
        model.delete();
        assertThat(fixture.consent().askingProperty().get()).as("a rule no consent changes asks nobody").isNull();

        assertThat(services.workshops().workshops()).hasSize(1);
        assertThat(dialogs.shown()).last().asString().startsWith("Could not delete the workshop:")
                .contains("cannot be deleted");
    }

    @Test
    void switchingIsRefusedWhileAScreenWantsToStay() {
        dialogs.answer("Second");
        model.create();
        WorkshopSummary first = model.workshops().get(0);
        state.addLeaveGuard(proceed -> { });   // a screen whose person stays: it never lets them go

        assertThat(model.choose(first)).isFalse();
        assertThat(state.workshop().name()).isEqualTo("Second");
    }
}
