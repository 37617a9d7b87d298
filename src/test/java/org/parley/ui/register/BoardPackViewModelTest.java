package org.parley.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.SampleWorkshop;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.exchange.pdf.BoardPack;
import org.parley.exchange.pdf.Figure;
import org.parley.exchange.pdf.Paper;
import org.parley.testing.TestConsent;
import org.parley.ui.common.DialogService.BoardPackOptions;
import org.parley.ui.common.ViewModelFixture;

class BoardPackViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private BoardPackViewModel model;
    /** The packs the charts were drawn for. */
    private final List<BoardPack> drawn = new ArrayList<>();
    /** Run while the charts are drawn, e.g. a cancel pressed meanwhile. */
    private Runnable whileDrawing = () -> { };

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, true);
        // No toolkit here: a small picture stands in for the window's charts, which BoardPackFiguresTest covers.
        model = new BoardPackViewModel(fixture.services.boardPack(), pack -> {
            drawn.add(pack);
            whileDrawing.run();
            return List.of(new Figure("A chart", "How to read it", new BufferedImage(300, 200,
                    BufferedImage.TYPE_INT_ARGB), 0.5));
        }, fixture.tasks, fixture.dialogs, fixture.state);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Workshop showSample() {
        Workshop workshop = fixture.services.workshops().workshop(fixture.services.workshops().workshops().get(0).id());
        fixture.state.show(workshop, fixture.services.workshops().parties(workshop.id()));
        return workshop;
    }

    private static String start(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.ISO_8859_1);
    }

    private List<Path> files() throws Exception {
        try (var listed = Files.list(folder)) {
            return listed.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
    }

    @Test
    void theBoardPackIsWrittenWithTheChosenOptionsAndTheStatusSaysWhereAndHowLong() throws Exception {
        Workshop workshop = showSample();
        Path file = folder.resolve("pack.pdf");
        fixture.dialogs.answer(new BoardPackOptions(Paper.LETTER, true)).answer(file);

        model.write();

        assertThat(file).as(fixture.dialogs.shown().toString()).exists();
        assertThat(start(file)).isEqualTo("%PDF-");
        assertThat(drawn).singleElement().satisfies(pack -> {
            assertThat(pack.workshop().id()).isEqualTo(workshop.id());
            assertThat(pack.all()).isTrue();
        });
        assertThat(fixture.dialogs.shown()).contains("Board pack options: FY27 strategy offsite, A4",
                "Save the board pack: FY27 strategy offsite board pack.pdf");
        assertThat(fixture.state.statusProperty().get()).startsWith("Wrote the board pack, ")
                .contains(" pages, to " + file);
        assertThat(model.optionsProperty().get()).isEqualTo(new BoardPackOptions(Paper.LETTER, true));
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(fixture.tasks.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void decliningTheOptionsOrTheFileWritesNothing() throws Exception {
        showSample();
        fixture.dialogs.answer(null);
        model.write();
        assertThat(fixture.dialogs.shown()).noneMatch(line -> line.startsWith("Save the board pack"));

        fixture.dialogs.answer(new BoardPackOptions(Paper.A4, false)).answer(null);
        model.write();

        assertThat(files()).isEmpty();
        assertThat(drawn).isEmpty();
        assertThat(fixture.tasks.runs()).isZero();
    }

    @Test
    void aCancelBeforeOrWhileTheChartsAreDrawnWritesNothing() throws Exception {
        showSample();
        Path file = folder.resolve("cancelled.pdf");
        fixture.dialogs.answer(new BoardPackOptions(Paper.A4, false)).answer(file);
        fixture.tasks.cancelRun(1);
        model.write();
        assertThat(file).doesNotExist();
        assertThat(drawn).isEmpty();
        assertThat(fixture.state.statusProperty().get()).isEqualTo("Board pack cancelled; no file was written.");

        fixture.state.statusProperty().set("");
        whileDrawing = fixture.tasks::cancel;
        fixture.dialogs.answer(new BoardPackOptions(Paper.A4, false)).answer(file);
        model.write();
        assertThat(drawn).hasSize(1);
        assertThat(file).doesNotExist();
        assertThat(files()).isEmpty();
        assertThat(fixture.state.statusProperty().get()).isEqualTo("Board pack cancelled; no file was written.");
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void withoutAWorkshopItSaysWhyAndAsksNothing() {
        model.write();
        assertThat(fixture.dialogs.shown()).containsExactly(
                "Board pack: Choose a workshop first: a board pack prints the session of one workshop.");
        assertThat(fixture.tasks.runs()).isZero();
    }

    @Test
    void charactersNoFontHasAreNamedWithTheirCodePoints() throws Exception {
        // A private-use character: no font prints it.
        long id = showSample().id();
        List<Party> parties = fixture.services.workshops().parties(id);
        fixture.services.workshops().rename(id, "Offsite \uE000",
                TestConsent.of(fixture.services, parties.get(0), SampleWorkshop.FIRST_PIN)
                        .and(TestConsent.of(fixture.services, parties.get(1), SampleWorkshop.SECOND_PIN)));
        showSample();
        Path file = folder.resolve("odd.pdf");
        fixture.dialogs.answer(new BoardPackOptions(Paper.A4, true)).answer(file);

        model.write();

        assertThat(file).as(fixture.dialogs.shown().toString()).exists();
        assertThat(start(file)).isEqualTo("%PDF-");
        assertThat(fixture.dialogs.shown()).anySatisfy(line -> assertThat(line)
                .startsWith("Some characters could not be printed: ").contains("U+E000").contains("Install a font"));
    }

    @Test
    void theProposedFileIsNamedAfterTheWorkshopWithoutCharactersAFileNameMayNotHold() {
        assertThat(BoardPackViewModel.fileName(new Workshop(1, "Q3 review: cloud/AI", java.time.Instant.EPOCH)))
                .isEqualTo("Q3 review- cloud-AI board pack.pdf");
    }
}
