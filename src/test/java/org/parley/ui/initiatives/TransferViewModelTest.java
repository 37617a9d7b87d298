package org.parley.ui.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.ViewModelFixture;

class TransferViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private TransferViewModel model;
    private Workshop workshop;
    private int reloads;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        workshop = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        fixture.services.initiatives().add(workshop.id(), new InitiativeDraft("Existing", "", "", "", null,
                List.of()), TestConsent.nobody());
        model = new TransferViewModel(fixture.services.exchange(), fixture.tasks, fixture.dialogs, fixture.state,
                () -> reloads++, fixture.consent());
        fixture.state.show(workshop, fixture.services.workshops().parties(workshop.id()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<Initiative> stored() {
        return fixture.services.initiatives().initiatives(workshop.id());
    }

    @Test
    void anImportIsPreviewedAndAppliedOnlyWhenConfirmed() throws Exception {
        Path file = Files.writeString(folder.resolve("in.csv"), "title,category\r\nPasskeys,Security\r\nBYOD,Workplace\r\n");

        fixture.dialogs.answer(file).answer(false);
        model.importInitiatives();
        assertThat(stored()).hasSize(1);
        assertThat(fixture.dialogs.shown()).contains("Add: Passkeys", "Add: BYOD");
        assertThat(fixture.state.statusProperty().get()).isEqualTo("Import not applied; nothing changed.");

        fixture.dialogs.answer(file).answer(true);
        model.importInitiatives();
        assertThat(stored()).extracting(Initiative::title).containsExactly("Existing", "Passkeys", "BYOD");
        assertThat(reloads).isEqualTo(1);
        assertThat(fixture.state.statusProperty().get()).isEqualTo("Imported in.csv: 2 initiatives added, 0 updated.");
    }

    @Test
    void aFileWithProblemsShowsThemAndWritesNothing() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.csv"), "title,estimated_cost\r\nOK,1\r\n,2\r\n");

        fixture.dialogs.answer(file);
        model.importInitiatives();

        assertThat(fixture.dialogs.shown()).contains("Line 3, title: Title is required.");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void aCellThatLooksLikeAnUnclosedQuoteIsShownFirstWithItsLineAndColumnAndThePersonDecides() throws Exception {
        Path file = Files.writeString(folder.resolve("open.csv"), "title,category,description\r\n"
                + "Passkeys,Identity,\"Phishing-resistant\r\nVault,Platform,Secrets\r\n");

        fixture.dialogs.answer(file).answer(false);
        model.importInitiatives();

        assertThat(fixture.dialogs.shown()).containsExactly("Import initiatives",
                "Import open.csv: 1 initiative to add and 0 to update. 1 cell runs over several lines as if a quote "
                        + "had been left open: check it first. Nothing is written until you choose Import.",
                "Line 2, description: This cell runs from line 2 to line 3 and holds 2 commas, as many as a whole "
                        + "row: a quote that is opened and never closed reads the lines after it into its cell. Close "
                        + "the quote where the cell should end.",
                "Add: Passkeys");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void aFileWithThousandsOfProblemsShowsTheFirstHundredAndHowManyMore() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.csv"), "title,estimated_cost\r\n"
                + "Passkeys,lots\r\n".repeat(2000));

        fixture.dialogs.answer(file);
        model.importInitiatives();

        assertThat(fixture.dialogs.shown()).hasSize(103);
        assertThat(fixture.dialogs.shown().get(1)).isEqualTo("Import bad.csv: Nothing will be imported: the file has "
                + "2,000 problems. Correct the file and import it again.");
        assertThat(fixture.dialogs.shown().get(102)).startsWith("\u2026 and 1,900 more problems, not listed");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void aHeaderOnlyFileSaysThereIsNothingToImportAndWritesNothing() throws Exception {
        Path file = Files.writeString(folder.resolve("empty.csv"), "title\r\n");

        fixture.dialogs.answer(file);
        model.importInitiatives();

        assertThat(fixture.dialogs.shown()).containsExactly("Import initiatives",
                "Import empty.csv: The file has no initiatives in it; there is nothing to import.");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void aCancelledImportWritesNothing() throws Exception {
        Path file = Files.writeString(folder.resolve("in.csv"), "title\r\nPasskeys\r\n");

        fixture.dialogs.answer(file).answer(true);
        fixture.tasks.cancelRun(2);
        model.importInitiatives();

        assertThat(stored()).as("the apply was rolled back").hasSize(1);
        assertThat(fixture.state.statusProperty().get()).isEqualTo("Import cancelled; nothing was imported.");
    }

    @Test
    void exportWritesTheImportFormatBack() throws Exception {
        Path file = folder.resolve("out.csv");
        fixture.dialogs.answer(file);

        model.exportInitiatives();

        assertThat(Files.readString(file)).startsWith("\uFEFFid,title,description,category,sponsor,estimated_cost,tags\r\n")
                .contains(",Existing,");
        assertThat(fixture.state.statusProperty().get()).isEqualTo("Exported 1 initiative to " + file + ".");
    }
}
