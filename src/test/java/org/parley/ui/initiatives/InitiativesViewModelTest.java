package org.parley.ui.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.ComplianceTags;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Workshop;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.HeldTaskRunner;
import org.parley.ui.common.ScriptedDialogs;
import org.parley.ui.common.ViewModelFixture;
import org.parley.ui.common.WorkbenchState;

/** The list and its filter, and what the list and the editor it holds tell each other. */
class InitiativesViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private Services services;
    private ScriptedDialogs dialogs;
    private WorkbenchState state;
    private InitiativesViewModel model;
    private InitiativeEditorViewModel editor;
    private InitiativeForm form;
    private Workshop workshop;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        services = fixture.services;
        dialogs = fixture.dialogs;
        state = fixture.state;
        workshop = services.workshops().create("Q3 review", TestConsent.nobody());
        model = new InitiativesViewModel(services.initiatives(), fixture.tasks, dialogs, state, fixture.consent());
        editor = model.editor();
        form = editor.form();
        state.show(workshop, services.workshops().parties(workshop.id()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void write(String title, String cost) {
        editor.newInitiative();
        form.titleProperty().set(title);
        form.costProperty().set(cost);
    }

    private void add(Workshop to, String title, String category, List<String> tags) {
        services.initiatives().add(to.id(), new InitiativeDraft(title, "", category, "", null, tags),
                TestConsent.nobody());
    }

    @Test
    void aSavedInitiativeIsListedAndAnEditedOneTakesItsPlace() {
        write("DevSecOps", "");
        editor.save();
        assertThat(model.shownInitiatives()).extracting(Initiative::title).containsExactly("DevSecOps");

        form.titleProperty().set("DevSecOps pipeline");
        editor.save();

        Initiative stored = services.initiatives().initiatives(workshop.id()).get(0);
        assertThat(model.shownInitiatives()).containsExactly(stored);
        assertThat(model.countTextProperty().get()).isEqualTo("1 initiative");
    }

    @Test
    void theFilterMatchesTitleCategorySponsorAndTagsWordByWord() {
        for (String[] row : new String[][] {
                {"Zero-trust network access", "Security", "CISO", "SOC 2"},
                {"Open analytics", "AI & Data", "Chief Data Officer", "GDPR"},
                {"Fraud scoring", "AI & Data", "Head of Payments", "PCI-DSS"}}) {
            write(row[0], "");
            form.categoryProperty().set(row[1]);
            form.sponsorProperty().set(row[2]);
            form.setTag(row[3], true);
            editor.save();
        }

        model.filterProperty().set("data");
        assertThat(model.shownInitiatives()).extracting(Initiative::title).containsExactly("Open analytics", "Fraud scoring");
        model.filterProperty().set("pci");
        assertThat(model.shownInitiatives()).extracting(Initiative::title).containsExactly("Fraud scoring");
        model.filterProperty().set("ai payments");
        assertThat(model.shownInitiatives()).extracting(Initiative::title).containsExactly("Fraud scoring");
        assertThat(model.countTextProperty().get()).isEqualTo("1 of 3 initiatives");
        model.filterProperty().set("");
        assertThat(model.countTextProperty().get()).isEqualTo("3 initiatives");
    }

    @Test
    void aFilterPassOvertakenByNewerTypingIsDropped() {
        for (String title : new String[] {"Zero-trust network access", "Payments to public cloud", "Passkeys"}) {
            write(title, "");
            editor.save();
        }
        HeldTaskRunner held = HeldTaskRunner.passingThrough();
        InitiativesViewModel typing = new InitiativesViewModel(services.initiatives(), held, dialogs, state,
                fixture.consent());
        held.hold();

        typing.filterProperty().set("zero");
        typing.filterProperty().set("pa");
        held.finishNext();
        assertThat(typing.shownInitiatives()).as("the pass for 'zero' arrives after 'pa' was typed").hasSize(3);
        held.finishNext();
        assertThat(typing.shownInitiatives()).extracting(Initiative::title)
                .containsExactly("Payments to public cloud", "Passkeys");

        typing.filterProperty().set("pay");
        typing.filterProperty().set("");
        assertThat(typing.shownInitiatives()).as("clearing the filter shows all at once").hasSize(3);
        held.finishAll();
        assertThat(typing.shownInitiatives()).hasSize(3);
        assertThat(typing.countTextProperty().get()).isEqualTo("3 initiatives");
    }

    @Test
    void anInitiativeSavedWhileAFilterIsOnIsMatchedAtOnce() {
        write("Payments to public cloud", "");
        editor.save();
        model.filterProperty().set("passkeys");
        assertThat(model.shownInitiatives()).isEmpty();

        write("Passkeys for staff", "");
        editor.save();

        assertThat(model.shownInitiatives()).extracting(Initiative::title).containsExactly("Passkeys for staff");
    }

    @Test
    void deletingAsksFirstAndKeepsTheInitiativeWhenTheAnswerIsNo() {
        write("BYOD", "");
        editor.save();

        dialogs.answer(false);
        model.delete();
        assertThat(services.initiatives().initiatives(workshop.id())).hasSize(1);

        dialogs.answer(true);
        model.delete();
        assertThat(services.initiatives().initiatives(workshop.id())).isEmpty();
        assertThat(model.shownInitiatives()).isEmpty();
        assertThat(editor.openProperty().get()).isFalse();
        assertThat(dialogs.shown()).last().asString().contains("Delete \u201CBYOD\u201D");
    }

    @Test
    void deletingANewInitiativeBeingWrittenDiscardsIt() {
        write("Not kept", "");

        dialogs.answer(true);
        model.delete();

        assertThat(editor.openProperty().get()).isFalse();
        assertThat(dialogs.shown()).containsExactly("Discard new initiative: Discard the initiative you are writing?");
        assertThat(services.initiatives().initiatives(workshop.id())).isEmpty();
    }

    @Test
    void switchingWorkshopShowsItsInitiativesAndOpensTheFirst() {
        Workshop other = services.workshops().create("Other", TestConsent.nobody());
        add(other, "Only here", "", List.of());

        state.show(other, services.workshops().parties(other.id()));

        assertThat(model.shownInitiatives()).extracting(Initiative::title).containsExactly("Only here");
        assertThat(form.titleProperty().get()).isEqualTo("Only here");
    }

    @Test
    void theEditorIsOfferedTheCategoriesAndTagsTheWorkshopUses() {
        Workshop other = services.workshops().create("Other", TestConsent.nobody());
        add(other, "Fraud scoring", "AI & Data", List.of("Board paper"));
        add(other, "Open analytics", "ai & data", List.of("GDPR"));
        add(other, "Passkeys", "Identity", List.of());

        state.show(other, services.workshops().parties(other.id()));

        assertThat(editor.categories()).containsExactly("AI & Data", "Identity");
        assertThat(editor.knownTags()).containsSequence(ComplianceTags.KNOWN).endsWith("Board paper")
                .hasSize(ComplianceTags.KNOWN.size() + 1);

        dialogs.answer(true);
        model.delete();
        assertThat(editor.knownTags()).as("no initiative is tagged so any more").doesNotContain("Board paper");
    }

    @Test
    void theInitiativeChosenOnAnotherScreenOpensInTheEditor() {
        Workshop other = services.workshops().create("Other", TestConsent.nobody());
        add(other, "Passkeys", "", List.of());
        add(other, "BYOD", "", List.of());
        state.show(other, services.workshops().parties(other.id()));
        assertThat(form.titleProperty().get()).isEqualTo("Passkeys");
        Initiative byod = model.shownInitiatives().get(1);

        state.selectedInitiativeProperty().set(byod.id());
        model.showChosen();

        assertThat(editor.editingProperty().get()).isEqualTo(byod);
    }

    @Test
    void aSignedInitiativeIsRefusedBeforeAnyConfirmation(@TempDir Path other) {
        try (ViewModelFixture signed = new ViewModelFixture(other, false)) {
            RevealedWorkshop w = RevealedWorkshop.create(signed.store);
            w.signed(w.assistant, w.terms());
            InitiativesViewModel initiatives = new InitiativesViewModel(signed.services.initiatives(), signed.tasks,
                    signed.dialogs, signed.state, signed.consent());
            signed.state.show(w.workshop, w.services.workshops().parties(w.workshop.id()));
            assertThat(initiatives.editor().edit(initiatives.shownInitiatives().get(0))).isTrue();
            assertThat(initiatives.editor().editingProperty().get().title()).isEqualTo("Gen-AI support assistant");

            initiatives.delete();

            // No answer is scripted: a confirmation asked would fail the test, and so would one left unused.
            assertThat(signed.dialogs.shown()).singleElement().asString()
                    .startsWith("Cannot delete the initiative: \u201CGen-AI support assistant\u201D cannot be deleted");
            assertThat(signed.consent().askingProperty().get()).isNull();
            assertThat(signed.services.initiatives().initiatives(w.workshop.id())).hasSize(2);
        }
    }

    @Test
    void onceScoringStartedTheConfirmationSaysSoAndTheOtherPartyAgreesAfterIt(@TempDir Path other) {
        try (ViewModelFixture scored = new ViewModelFixture(other, false)) {
            RevealedWorkshop w = RevealedWorkshop.create(scored.store);
            w.services.agreements().propose(w.pipeline.id(), w.terms(), w.cisoAlone);
            InitiativesViewModel initiatives = new InitiativesViewModel(scored.services.initiatives(), scored.tasks,
                    scored.dialogs, scored.state, scored.consent());
            scored.state.show(w.workshop, w.services.workshops().parties(w.workshop.id()));
            scored.activate(w.ciso, RevealedWorkshop.CISO_PIN);
            initiatives.editor().edit(initiatives.shownInitiatives().get(1));

            scored.dialogs.answer(true);
            initiatives.delete();

            assertThat(scored.dialogs.shown()).singleElement().asString().isEqualTo("Delete initiative: Delete "
                    + "\u201CDevSecOps pipeline\u201D from this workshop, with its draft agreement and both parties' "
                    + "scores of it, revealed or not? This cannot be undone. Scoring has started, so both parties "
                    + "must agree: the other party confirms next.");
            assertThat(scored.consent().askingProperty().get()).isEqualTo(w.cto);
            scored.agree(RevealedWorkshop.CTO_PIN);
            assertThat(scored.services.initiatives().initiatives(w.workshop.id()))
                    .extracting(Initiative::title).containsExactly("Gen-AI support assistant");
        }
    }
}
