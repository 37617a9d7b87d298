package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.SampleWorkshop;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.ParleyException;
import org.parley.domain.Party;
import org.parley.domain.ScoringBoard;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.divergence.AppetitesViewModel;
import org.parley.ui.handover.HandoverViewModel;
import org.parley.ui.initiatives.InitiativeEditorViewModel;
import org.parley.ui.initiatives.InitiativeForm;
import org.parley.ui.initiatives.InitiativesViewModel;
import org.parley.ui.initiatives.TransferViewModel;
import org.parley.ui.negotiation.ItemsViewModel;
import org.parley.ui.negotiation.NegotiationViewModel;
import org.parley.ui.scoring.ScoringViewModel;
import org.parley.ui.workshops.PartiesViewModel;
import org.parley.ui.workshops.WorkshopsViewModel;

/**
 * Every form that asks about unsaved changes, with Save chosen: the person moves on only once the save succeeded;
 * when it fails (the store refuses) they stay on the same item, with what they typed, and see why.
 */
class SavingBeforeLeavingTest {

    private static final String REFUSAL = "The store is read-only.";

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private final HeldTaskRunner tasks = HeldTaskRunner.passingThrough();
    private JointConsent consent;

    @AfterEach
    void close() {
        fixture.close();
    }

    private void open(boolean withSample) {
        fixture = new ViewModelFixture(folder, withSample);
        consent = new JointConsent(fixture.services.consents(), tasks, fixture.dialogs, fixture.state);
    }

    /** A fresh workshop with three initiatives, shown. */
    private Workshop workshopWithThree() {
        Workshop workshop = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        for (String title : List.of("Passkeys", "Data lake", "BYOD")) {
            fixture.services.initiatives().add(workshop.id(), new InitiativeDraft(title, "", "", "", null, List.of()),
                    TestConsent.nobody());
        }
        return workshop;
    }

    private void show(Workshop workshop) {
        fixture.state.show(workshop, fixture.services.workshops().parties(workshop.id()));
    }

    private Workshop sample() {
        return fixture.services.workshops().workshop(fixture.services.workshops().workshops().get(0).id());
    }

    /** The person chooses Save; the save is then held, as if it ran in the background. */
    private void saveWhenAsked() {
        fixture.dialogs.answer(SaveChoice.SAVE);
        tasks.hold();
    }

    private void refuseTheSave(String expectedWork) {
        assertThat(tasks.nextDescription()).isEqualTo(expectedWork);
        tasks.failNext(new ParleyException(REFUSAL));
    }

    private void assertErrorShown(String title) {
        assertThat(fixture.dialogs.shown()).contains(title + ": " + REFUSAL);
    }

    // scoring

    private ScoringViewModel scoringWithTypedScores() {
        Workshop workshop = workshopWithThree();
        ScoringViewModel scoring = new ScoringViewModel(fixture.services.scoring(), tasks, fixture.dialogs,
                fixture.state, consent);
        show(workshop);
        typeScores(scoring);
        return scoring;
    }

    /** The first party takes the laptop and types scores for the first initiative, without submitting them. */
    private void typeScores(ScoringViewModel scoring) {
        fixture.activate(fixture.state.parties().get(0));
        assertThat(scoring.selectedProperty().get().initiative().title()).isEqualTo("Passkeys");
        scoring.form().likelihoodProperty().set(4);
        scoring.form().impactProperty().set(5);
        for (ValueCriterion criterion : scoring.form().criteria()) {
            scoring.form().criterionScoreProperty(criterion).set(3);
        }
        scoring.form().rationaleProperty().set("Phishing-resistant, but the helpdesk must re-enrol everyone.");
    }

    private static ScoringBoard.Entry entry(ScoringViewModel scoring, String title) {
        return scoring.queue().items().stream().filter(e -> e.initiative().title().equals(title)).findFirst()
                .orElseThrow();
    }

    @Test
    void scoringStaysOnTheInitiativeWithTheTypedScoresWhenTheSubmitFails() {
        open(false);
        ScoringViewModel scoring = scoringWithTypedScores();

        saveWhenAsked();
        assertThat(scoring.select(entry(scoring, "Data lake"))).as("not before the save succeeded").isFalse();
        assertThat(scoring.selectedProperty().get().initiative().title()).isEqualTo("Passkeys");
        refuseTheSave("Submitting scores");

        assertThat(scoring.selectedProperty().get().initiative().title()).isEqualTo("Passkeys");
        assertThat(scoring.form().likelihoodProperty().get()).isEqualTo(4);
        assertThat(scoring.form().rationaleProperty().get()).startsWith("Phishing-resistant");
        assertThat(scoring.form().dirtyProperty().get()).isTrue();
        assertErrorShown("Could not submit the scores");
        assertThat(tasks.held()).isZero();
    }

    @Test
    void scoringMovesToTheChosenInitiativeOnlyOnceTheSubmitSucceeded() {
        open(false);
        ScoringViewModel scoring = scoringWithTypedScores();

        saveWhenAsked();
        scoring.select(entry(scoring, "BYOD"));
        assertThat(scoring.selectedProperty().get().initiative().title()).isEqualTo("Passkeys");
        tasks.finishAll();

        assertThat(scoring.selectedProperty().get().initiative().title()).isEqualTo("BYOD");
        assertThat(scoring.form().likelihoodProperty().get()).isNull();
        assertThat(entry(scoring, "Passkeys").scoredByViewer()).isTrue();
        assertThat(entry(scoring, "Passkeys").own().rationale()).startsWith("Phishing-resistant");
    }

    @Test
    void theHandoverWaitsForTheSubmitAndDoesNotHappenWhenItFails() {
        open(false);
        ScoringViewModel scoring = scoringWithTypedScores();
        HandoverViewModel handover = new HandoverViewModel(fixture.services.consents(), tasks, fixture.dialogs,
                fixture.state);
        Party first = fixture.state.activeParty();

        saveWhenAsked();
        handover.switchParty();
        assertThat(handover.targetProperty().get()).as("no handover while the save runs").isNull();
        refuseTheSave("Submitting scores");
        assertThat(handover.targetProperty().get()).isNull();
        assertThat(fixture.state.activeParty()).isEqualTo(first);
        assertThat(scoring.form().rationaleProperty().get()).startsWith("Phishing-resistant");

        saveWhenAsked();
        handover.switchParty();
        tasks.finishNext();
        assertThat(handover.targetProperty().get()).isEqualTo(fixture.state.parties().get(1));
    }

    @Test
    void switchingWorkshopAndClosingWaitForTheSubmit() {
        open(false);
        ScoringViewModel scoring = scoringWithTypedScores();
        Workshop other = fixture.services.workshops().create("Q4 review", TestConsent.nobody());
        WorkshopsViewModel workshops = new WorkshopsViewModel(fixture.services.workshops(), tasks, fixture.dialogs,
                fixture.state, consent);
        workshops.start(fixture.state.workshop().id());
        typeScores(scoring);   // opening a workshop passes the laptop back to nobody: type once it is open
        Workshop before = fixture.state.workshop();
        var target = workshops.workshops().stream().filter(w -> w.id() == other.id()).findFirst().orElseThrow();

        saveWhenAsked();
        assertThat(workshops.choose(target)).isFalse();
        refuseTheSave("Submitting scores");
        assertThat(fixture.state.workshop()).isEqualTo(before);
        assertThat(scoring.form().likelihoodProperty().get()).isEqualTo(4);

        boolean[] closed = new boolean[1];
        saveWhenAsked();
        assertThat(fixture.state.leaveNow(() -> closed[0] = true)).as("the window stays open while it saves").isFalse();
        refuseTheSave("Submitting scores");
        assertThat(closed[0]).isFalse();

        saveWhenAsked();
        assertThat(fixture.state.leaveNow(() -> closed[0] = true)).isFalse();
        tasks.finishNext();
        assertThat(closed[0]).as("closes once saved").isTrue();
    }

    // the initiative editor

    @Test
    void theInitiativeEditorKeepsTheTypedTextWhenTheSaveFailsAndMovesOnlyOnceSaved() {
        open(false);
        Workshop workshop = workshopWithThree();
        InitiativesViewModel initiatives = new InitiativesViewModel(fixture.services.initiatives(), tasks,
                fixture.dialogs, fixture.state, consent);
        InitiativeEditorViewModel editor = initiatives.editor();
        show(workshop);
        assertThat(editor.editingProperty().get().title()).isEqualTo("Passkeys");
        editor.form().descriptionProperty().set("Replace passwords with passkeys for all staff.");
        Initiative next = initiatives.shownInitiatives().get(1);

        saveWhenAsked();
        assertThat(editor.edit(next)).isFalse();
        refuseTheSave("Saving Passkeys");
        assertThat(editor.editingProperty().get().title()).isEqualTo("Passkeys");
        assertThat(editor.form().descriptionProperty().get())
                .isEqualTo("Replace passwords with passkeys for all staff.");
        assertThat(editor.form().dirtyProperty().get()).isTrue();
        assertErrorShown("Could not save the initiative");

        saveWhenAsked();
        editor.edit(next);
        assertThat(editor.editingProperty().get().title()).isEqualTo("Passkeys");
        tasks.finishNext();
        assertThat(editor.editingProperty().get().title()).isEqualTo("Data lake");
        assertThat(fixture.services.initiatives().initiatives(workshop.id()).get(0).description())
                .isEqualTo("Replace passwords with passkeys for all staff.");
    }

    // negotiation

    @Test
    void negotiationKeepsTheTypedTermsWhenTheSaveFailsAndMovesOnlyOnceSaved() {
        open(true);
        Workshop workshop = sample();
        NegotiationViewModel negotiation = new NegotiationViewModel(fixture.services.divergence(),
                fixture.services.agreements(), fixture.services.notes(), tasks, fixture.dialogs, fixture.state,
                new PinPrompt(tasks, fixture.state));
        show(workshop);
        fixture.activate(fixture.state.parties().get(0), SampleWorkshop.FIRST_PIN);
        ItemsViewModel.Item zeroTrust = negotiation.items().items().stream()
                .filter(i -> i.title().equals("Zero-trust network access")).findFirst().orElseThrow();
        negotiation.select(zeroTrust);
        assertThat(negotiation.agreement().form().editableProperty().get()).as("terms can be proposed").isTrue();
        var form = negotiation.agreement().form();
        form.decisionProperty().set(org.parley.domain.Decision.PROCEED);
        form.treatmentProperty().set(org.parley.domain.Treatment.ACCEPT);
        form.riskOwnerProperty().set("Head of Infrastructure");
        form.reviewDateProperty().set(fixture.services.agreements().today().plusMonths(6));
        form.rationaleProperty().set("Agreed after the pilot numbers came in.");
        assertThat(form.dirtyProperty().get()).isTrue();
        ItemsViewModel.Item other = negotiation.items().items().stream().filter(i -> i.id() != zeroTrust.id())
                .findFirst().orElseThrow();

        saveWhenAsked();
        assertThat(negotiation.select(other)).isFalse();
        refuseTheSave("Saving the agreement");
        assertThat(negotiation.items().selectedProperty().get()).isEqualTo(zeroTrust);
        assertThat(form.rationaleProperty().get()).isEqualTo("Agreed after the pilot numbers came in.");
        assertErrorShown("Could not save the agreement");

        saveWhenAsked();
        negotiation.select(other);
        assertThat(negotiation.items().selectedProperty().get()).isEqualTo(zeroTrust);
        tasks.finishAll();
        assertThat(negotiation.items().selectedProperty().get().id()).isEqualTo(other.id());
        assertThat(fixture.services.agreements().versions(zeroTrust.id()))
                .anyMatch(a -> a.isDraft() && a.terms().rationale().equals("Agreed after the pilot numbers came in."));
    }

    // parties

    @Test
    void partyNamesStayTypedWhenTheSaveFailsAndLeavingWaitsForIt() {
        open(false);
        Workshop workshop = workshopWithThree();
        PartiesViewModel parties = new PartiesViewModel(fixture.services.workshops(), tasks, fixture.dialogs,
                fixture.state, fixture.services.consents(), consent);
        show(workshop);
        fixture.activate(fixture.state.parties().get(0));
        parties.form(0).displayNameProperty().set("Amira Haddad");
        boolean[] left = new boolean[1];

        saveWhenAsked();
        fixture.state.leave(() -> left[0] = true);
        refuseTheSave("Saving parties");
        assertThat(left[0]).isFalse();
        assertThat(parties.form(0).displayNameProperty().get()).isEqualTo("Amira Haddad");
        assertErrorShown("Could not save the parties");

        saveWhenAsked();
        fixture.state.leave(() -> left[0] = true);
        assertThat(left[0]).isFalse();
        tasks.finishAll();
        assertThat(left[0]).isTrue();
        assertThat(fixture.services.workshops().parties(workshop.id()).get(0).displayName()).isEqualTo("Amira Haddad");
    }

    // appetites

    /** The sample's CTO at the laptop, with its own appetite's top level changed and not yet saved. */
    private AppetitesViewModel editedAppetite() {
        open(true);
        AppetitesViewModel appetites = new AppetitesViewModel(fixture.services.divergence(), tasks, fixture.dialogs,
                fixture.state, consent);
        show(sample());
        fixture.activate(fixture.state.parties().get(1), SampleWorkshop.SECOND_PIN);
        appetites.draft().levelProperty(5).set(appetites.draft().levelProperty(5).get() == 25 ? 24 : 25);
        return appetites;
    }

    @Test
    void anEditedAppetiteStaysWhenTheSaveFailsAndLeavingWaitsForIt() {
        AppetitesViewModel appetites = editedAppetite();
        Workshop workshop = fixture.state.workshop();
        int edited = appetites.draft().levelProperty(5).get();
        assertThat(appetites.draft().dirtyProperty().get()).isTrue();
        boolean[] left = new boolean[1];

        saveWhenAsked();
        fixture.state.leave(() -> left[0] = true);
        refuseTheSave("Saving the appetite");
        assertThat(left[0]).isFalse();
        assertThat(appetites.draft().levelProperty(5).get()).isEqualTo(edited);
        assertThat(appetites.draft().dirtyProperty().get()).isTrue();
        assertErrorShown("Could not save the appetite");

        saveWhenAsked();
        fixture.state.leave(() -> left[0] = true);
        assertThat(left[0]).isFalse();
        tasks.finishAll();
        assertThat(left[0]).isTrue();
        assertThat(fixture.services.divergence().appetites(workshop.id(), fixture.state.activeParty().seat())
                .second().level(5)).isEqualTo(edited);
    }

    @Test
    void choosingTheOtherAppetiteWaitsForTheSaveAndStaysWhenItFails() {
        AppetitesViewModel appetites = editedAppetite();
        AppetiteHolder own = appetites.editingProperty().get();
        int edited = appetites.draft().levelProperty(5).get();

        saveWhenAsked();
        appetites.edit(AppetiteHolder.AGREED);
        refuseTheSave("Saving the appetite");
        assertThat(appetites.editingProperty().get()).isEqualTo(own);
        assertThat(appetites.draft().levelProperty(5).get()).isEqualTo(edited);

        saveWhenAsked();
        appetites.edit(AppetiteHolder.AGREED);
        assertThat(appetites.editingProperty().get()).isEqualTo(own);
        tasks.finishAll();
        assertThat(appetites.editingProperty().get()).isEqualTo(AppetiteHolder.AGREED);
    }

    @Test
    void anImportAsksForItsFileOnlyOnceTheEditedInitiativeIsSaved() {
        open(false);
        Workshop workshop = workshopWithThree();
        InitiativesViewModel initiatives = new InitiativesViewModel(fixture.services.initiatives(), tasks,
                fixture.dialogs, fixture.state, consent);
        TransferViewModel transfer = new TransferViewModel(fixture.services.exchange(), tasks, fixture.dialogs,
                fixture.state, () -> initiatives.load(workshop), consent);
        show(workshop);
        InitiativeForm form = initiatives.editor().form();
        form.descriptionProperty().set("Replace passwords with passkeys for all staff.");

        saveWhenAsked();
        transfer.importInitiatives();
        refuseTheSave("Saving Passkeys");
        assertThat(fixture.dialogs.shown()).doesNotContain("Import initiatives");
        assertThat(form.descriptionProperty().get()).isEqualTo("Replace passwords with passkeys for all staff.");

        saveWhenAsked();
        transfer.importInitiatives();
        assertThat(fixture.dialogs.shown()).doesNotContain("Import initiatives");
        fixture.dialogs.answer(java.util.Optional.empty());
        tasks.finishAll();
        assertThat(fixture.dialogs.shown()).contains("Import initiatives");
        assertThat(fixture.services.initiatives().initiatives(workshop.id()).get(0).description())
                .isEqualTo("Replace passwords with passkeys for all staff.");
    }
}
