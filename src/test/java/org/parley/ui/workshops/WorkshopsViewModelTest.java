package org.parley.ui.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.WorkshopSummary;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.HeldTaskRunner;
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
        dialogs.answer("Scratch");
        model.create();
        services.initiatives().add(state.workshop().id(), draft("Zero-trust network access"), TestConsent.nobody());
        model.refresh();

        dialogs.answer(false);
        model.delete();
        assertThat(services.workshops().workshops()).hasSize(2);
        assertThat(dialogs.shown()).last().asString()
                .isEqualTo("Delete workshop: Delete the workshop \u201CScratch\u201D with its 1 initiative, its parties "
                        + "and both parties' scores, revealed or not? This cannot be undone.");

        dialogs.answer(true);
        model.delete();
        assertThat(services.workshops().workshops()).extracting(WorkshopSummary::name)
                .containsExactly("FY27 strategy offsite");
        assertThat(state.workshop().name()).isEqualTo("FY27 strategy offsite");
    }

    @Test
    void aWorkshopWithSignedAgreementsIsRefusedBeforeAnyConfirmation() {
        model.delete();

        // No answer is scripted: a confirmation asked would fail the test, and so would one left unused.
        assertThat(fixture.consent().askingProperty().get()).as("a rule no consent changes asks nobody").isNull();
        assertThat(services.workshops().workshops()).hasSize(1);
        assertThat(dialogs.shown()).singleElement().asString().startsWith("Cannot delete the workshop:")
                .contains("cannot be deleted").contains("signed by both parties");
    }

    @Test
    void theSwitcherSaysNoWorkshopOnlyWhenTheStoreHasNone() {
        assertThat(model.switcherTextProperty().get()).isEqualTo("FY27 strategy offsite");
        dialogs.answer("Scratch");
        model.create();
        assertThat(model.switcherTextProperty().get()).isEqualTo("Scratch");
    }

    @Test
    void theSwitcherKeepsNamingTheWorkshopInHandWhileCreatingReloads() {
        HeldTaskRunner held = HeldTaskRunner.passingThrough();
        WorkshopsViewModel switcher = new WorkshopsViewModel(services.workshops(), held, dialogs, state,
                fixture.consent());
        switcher.start(-1);
        List<String> seen = new ArrayList<>();
        switcher.switcherTextProperty().addListener((obs, old, now) -> seen.add(now));
        held.hold();

        dialogs.answer("Q3 review");
        switcher.create();
        while (held.held() > 0) {
            assertThat(switcher.switcherTextProperty().get()).as("while " + held.nextDescription())
                    .isIn("FY27 strategy offsite", "Q3 review");
            held.finishNext();
        }

        assertThat(seen).containsExactly("Q3 review");
        assertThat(switcher.currentProperty().get().name()).isEqualTo("Q3 review");
    }

    @Test
    void refreshingAfterNewInitiativesKeepsTheWorkshopWithItsNewCount() {
        services.initiatives().add(state.workshop().id(), draft("Passkeys for customers"), TestConsent.nobody());
        List<String> seen = new ArrayList<>();
        model.switcherTextProperty().addListener((obs, old, now) -> seen.add(now));

        model.refresh();

        assertThat(seen).as("the text never changed").isEmpty();
        assertThat(model.currentProperty().get().initiativeCount()).isEqualTo(15);
    }

    @Test
    void withWorkshopsButNoneInHandTheSwitcherAsksToChooseOne() {
        dialogs.answer("Scratch");
        model.create();
        HeldTaskRunner held = HeldTaskRunner.passingThrough();
        WorkshopsViewModel switcher = new WorkshopsViewModel(services.workshops(), held, dialogs, state,
                fixture.consent());
        switcher.start(state.workshop().id());
        held.hold();

        dialogs.answer(true);
        switcher.delete();
        held.finishNext();   // the check; then the confirmation and the deletion (the joint consent's work is not held)
        assertThat(held.nextDescription()).isEqualTo("Loading workshops");

        assertThat(switcher.switcherTextProperty().get()).isEqualTo("Choose a workshop");
        held.finishAll();
        assertThat(switcher.switcherTextProperty().get()).isEqualTo("FY27 strategy offsite");
    }

    @Test
    void anEmptyStoreInvitesToCreateAWorkshop(@TempDir Path empty) {
        try (ViewModelFixture bare = new ViewModelFixture(empty, false)) {
            WorkshopsViewModel switcher = new WorkshopsViewModel(bare.services.workshops(), bare.tasks, bare.dialogs,
                    bare.state, bare.consent());
            assertThat(switcher.switcherTextProperty().get()).as("before the list is read").isEmpty();
            switcher.start(-1);
            assertThat(switcher.switcherTextProperty().get()).isEqualTo("No workshop yet: create one");
        }
    }

    @Test
    void aScoredWorkshopCountsItsDraftsAndAsksTheOtherPartyAfterTheConfirmation(@TempDir Path other) {
        try (ViewModelFixture scored = new ViewModelFixture(other, false)) {
            RevealedWorkshop w = RevealedWorkshop.create(scored.store);
            w.services.agreements().propose(w.assistant.id(), w.terms(), w.cisoAlone);
            WorkshopsViewModel switcher = new WorkshopsViewModel(scored.services.workshops(), scored.tasks,
                    scored.dialogs, scored.state, scored.consent());
            switcher.start(-1);
            scored.activate(w.ciso, RevealedWorkshop.CISO_PIN);

            scored.dialogs.answer(true);
            switcher.delete();

            assertThat(scored.dialogs.shown()).singleElement().asString().isEqualTo("Delete workshop: Delete the "
                    + "workshop \u201CQ3 review\u201D with its 2 initiatives, 1 draft agreement, its parties and both "
                    + "parties' scores, revealed or not? This cannot be undone. Scoring has started, so both parties "
                    + "must agree: the other party confirms next.");
            assertThat(scored.consent().askingProperty().get()).as("the CTO is asked next").isEqualTo(w.cto);
            assertThat(scored.services.workshops().workshops()).as("not before the CTO agrees").hasSize(1);
            scored.agree(RevealedWorkshop.CTO_PIN);
            assertThat(scored.services.workshops().workshops()).isEmpty();
            assertThat(switcher.switcherTextProperty().get()).isEqualTo("No workshop yet: create one");
        }
    }

    private static InitiativeDraft draft(String title) {
        return new InitiativeDraft(title, "", "", "", null, List.of());
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
