package org.parley.ui.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.InitiativeField;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.HeldTaskRunner;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.SaveChoice;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.ViewModelFixture;

/** The editor on its own: what it saves, what it hands to the list, and what it asks before the person leaves. */
class InitiativeEditorViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private Workshop workshop;
    /** What the editor handed to the list, in order. */
    private final List<Initiative> saved = new ArrayList<>();
    private InitiativeEditorViewModel editor;
    private InitiativeForm form;

    /** An editor on a workshop without initiatives, with nobody at the laptop. */
    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        workshop = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        fixture.state.show(workshop, fixture.services.workshops().parties(workshop.id()));
        editor = editorOn(fixture.tasks, fixture.consent());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private InitiativeEditorViewModel editorOn(TaskRunner tasks, JointConsent consent) {
        InitiativeEditorViewModel made = new InitiativeEditorViewModel(fixture.services.initiatives(), tasks,
                fixture.dialogs, fixture.state, consent, saved::add);
        form = made.form();
        return made;
    }

    private void write(String title, String cost) {
        editor.newInitiative();
        form.titleProperty().set(title);
        form.costProperty().set(cost);
    }

    private List<String> storedTitles() {
        return fixture.services.initiatives().initiatives(workshop.id()).stream().map(Initiative::title).toList();
    }

    @Test
    void aNewInitiativeIsSavedAndHandedToTheList() {
        write("Passkeys for staff", "125000");
        form.setTag("GDPR", true);
        editor.save();

        Initiative stored = fixture.services.initiatives().initiatives(workshop.id()).get(0);
        assertThat(stored.estimatedCost()).isEqualByComparingTo("125000");
        assertThat(stored.tags()).containsExactly("GDPR");
        assertThat(saved).containsExactly(stored);
        assertThat(editor.editingProperty().get()).isEqualTo(stored);
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(fixture.state.selectedInitiativeProperty().get()).isEqualTo(stored.id());
        assertThat(fixture.state.statusProperty().get()).isEqualTo("Saved \u201CPasskeys for staff\u201D.");
    }

    @Test
    void invalidInputIsMarkedAtTheFieldAndNothingIsSaved() {
        write("", "lots");
        assertThat(form.problemProperty(InitiativeField.ESTIMATED_COST).get())
                .startsWith("Estimated cost must be a number");
        assertThat(form.problemProperty(InitiativeField.TITLE).get()).as("untouched until a save is tried").isEmpty();

        editor.save();

        assertThat(form.problemProperty(InitiativeField.TITLE).get()).isEqualTo("Title is required.");
        assertThat(storedTitles()).isEmpty();
        assertThat(saved).isEmpty();
        assertThat(fixture.state.statusProperty().get()).isEqualTo("Fix the marked fields to save.");
    }

    @Test
    void editingChangesTheStoredInitiative() {
        write("DevSecOps", "");
        editor.save();
        form.titleProperty().set("DevSecOps pipeline");
        form.descriptionProperty().set("Signed builds");
        assertThat(form.dirtyProperty().get()).isTrue();

        editor.save();

        Initiative stored = fixture.services.initiatives().initiatives(workshop.id()).get(0);
        assertThat(stored.title()).isEqualTo("DevSecOps pipeline");
        assertThat(stored.description()).isEqualTo("Signed builds");
        assertThat(saved).extracting(Initiative::title).containsExactly("DevSecOps", "DevSecOps pipeline");
    }

    @Test
    void aSaveOverAChangeMadeElsewhereIsRefusedWithTheTypingKeptAndASecondSaveIsMeant() {
        write("DevSecOps", "");
        editor.save();
        Initiative opened = fixture.services.initiatives().initiatives(workshop.id()).get(0);
        // Another session on the server changes it while the form is open.
        fixture.services.initiatives().update(opened.id(), new InitiativeDraft("DevSecOps", "Theirs", "", "", null,
                List.of()), TestConsent.nobody());
        form.descriptionProperty().set("Mine");

        editor.save();

        assertThat(fixture.dialogs.shown()).last().asString().contains("was changed elsewhere after you opened it",
                "Nothing was saved");
        assertThat(form.descriptionProperty().get()).isEqualTo("Mine");
        assertThat(fixture.services.initiatives().initiatives(workshop.id()).get(0).description()).isEqualTo("Theirs");

        editor.save();

        assertThat(fixture.services.initiatives().initiatives(workshop.id()).get(0).description()).isEqualTo("Mine");
    }

    @Test
    void switchingAwayFromUnsavedChangesAsksAndCanStay() {
        write("First", "");
        editor.save();
        Initiative first = editor.editingProperty().get();
        write("Second", "");
        editor.save();
        form.titleProperty().set("Second, renamed");

        fixture.dialogs.answer(SaveChoice.CANCEL);
        assertThat(editor.edit(first)).isFalse();
        assertThat(form.titleProperty().get()).isEqualTo("Second, renamed");

        fixture.dialogs.answer(SaveChoice.SAVE);
        assertThat(editor.edit(first)).isTrue();
        assertThat(form.titleProperty().get()).isEqualTo("First");
        assertThat(storedTitles()).containsExactly("First", "Second, renamed");
    }

    @Test
    void discardingUnsavedChangesDropsThem() {
        write("Kept", "");
        editor.save();
        form.titleProperty().set("Not kept");

        fixture.dialogs.answer(SaveChoice.DISCARD);
        assertThat(fixture.state.mayLeave()).isTrue();

        assertThat(storedTitles()).containsExactly("Kept");
    }

    @Test
    void nothingIsAskedWhenNothingIsTyped() {
        assertThat(fixture.state.mayLeave()).as("the editor is closed").isTrue();
        write("Kept", "");
        editor.save();
        form.titleProperty().set(" Kept ");

        // No answer is scripted: a question asked would fail the test.
        assertThat(fixture.state.mayLeave()).isTrue();
        assertThat(fixture.dialogs.shown()).isEmpty();
    }

    @Test
    void revertPutsTheEditorBackToTheStoredValues() {
        write("Kept", "10");
        editor.save();
        form.costProperty().set("abc");

        editor.revert();

        assertThat(form.costProperty().get()).isEqualTo("10");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.problemProperty(InitiativeField.ESTIMATED_COST).get()).isEmpty();
    }

    @Test
    void typingOnWhileTheSaveBeforeLeavingRunsKeepsThePersonInTheEditor() {
        HeldTaskRunner tasks = HeldTaskRunner.passingThrough();
        editor = editorOn(tasks, new JointConsent(fixture.services.consents(), tasks, fixture.dialogs, fixture.state));
        write("Passkeys", "");
        editor.save();
        tasks.hold();
        form.titleProperty().set("Passkeys for staff");
        boolean[] left = new boolean[1];

        fixture.dialogs.answer(SaveChoice.SAVE);
        assertThat(fixture.state.leaveNow(() -> left[0] = true)).isFalse();
        assertThat(fixture.state.leaveNow(() -> left[0] = true)).as("asked once: a second save would store it twice")
                .isFalse();
        form.titleProperty().set("Passkeys for all staff");
        tasks.finishNext();

        assertThat(storedTitles()).containsExactly("Passkeys for staff");
        assertThat(saved).extracting(Initiative::title).containsExactly("Passkeys", "Passkeys for staff");
        assertThat(left[0]).as("what was typed since is unsaved again").isFalse();
        assertThat(form.titleProperty().get()).isEqualTo("Passkeys for all staff");
        assertThat(form.dirtyProperty().get()).isTrue();
        assertThat(fixture.dialogs.shown()).containsExactly("Unsaved changes: \u201CPasskeys for staff\u201D");
        assertThat(tasks.held()).isZero();
    }
}
