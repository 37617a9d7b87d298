package org.parley.ui.register;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.parley.app.service.BoardPackService;
import org.parley.domain.Actor;
import org.parley.domain.Plurals;
import org.parley.domain.Workshop;
import org.parley.domain.quant.SimulationProgress;
import org.parley.exchange.ExchangeCancelledException;
import org.parley.exchange.pdf.BoardPack;
import org.parley.exchange.pdf.BoardPackWriter;
import org.parley.exchange.pdf.Figure;
import org.parley.exchange.pdf.Paper;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.DialogService.BoardPackOptions;
import org.parley.ui.common.ExchangeProgresses;
import org.parley.ui.common.Failures;
import org.parley.ui.common.Progress;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * File ▸ Board pack…: the workshop in hand as a PDF for the board. It asks how to print it and where, then writes it
 * as one background task the person may cancel: read the store, draw the charts, write the file, all or nothing.
 */
public final class BoardPackViewModel {

    // Shares of the task's progress: reading the store (a loss simulation is the long part), drawing, then writing.
    private static final double ASSEMBLED = 0.4;
    private static final double DRAWN = 0.5;
    private static final long STEPS = 1000;

    private final BoardPackService service;
    private final Function<BoardPack, List<Figure>> figures;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<BoardPackOptions> options = new ReadOnlyObjectWrapper<>(this, "options",
            new BoardPackOptions(Paper.A4, false));

    /**
     * @param figures draws the pack's charts; called on the background thread, so it must hop to the FX thread itself
     *                (the window passes {@code BoardPackFigures::drawOnFxThread})
     */
    public BoardPackViewModel(BoardPackService service, Function<BoardPack, List<Figure>> figures, TaskRunner tasks,
            DialogService dialogs, WorkbenchState state) {
        this.service = service;
        this.figures = figures;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
    }

    // properties

    /** True while a board pack is being written: a second one waits for it. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The options last chosen, which the next board pack proposes: A4, agreed initiatives only, at first. */
    public ReadOnlyObjectProperty<BoardPackOptions> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    // commands

    /** Asks how to print the board pack and where, then writes it in the background; the person may cancel. */
    public void write() {
        Workshop workshop = state.workshop();
        if (running.get()) {
            return;
        }
        if (workshop == null) {
            dialogs.showInfo("Board pack", "Choose a workshop first: a board pack prints the session of one workshop.");
            return;
        }
        Optional<BoardPackOptions> chosen = dialogs.askBoardPackOptions(workshop.name(), options.get());
        if (chosen.isEmpty()) {
            return;
        }
        options.set(chosen.get());
        dialogs.chooseSaveFile("Save the board pack", fileName(workshop), "PDF documents", "*.pdf")
                .ifPresent(file -> start(workshop, chosen.get(), file));
    }

    /** "FY27 strategy offsite board pack.pdf", without the characters a file name may not hold on some system. */
    static String fileName(Workshop workshop) {
        String name = workshop.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").strip();
        return (name.isEmpty() ? "" : name + " ") + "board pack.pdf";
    }

    private void start(Workshop workshop, BoardPackOptions chosen, Path file) {
        Actor actor = state.actor();
        running.set(true);
        tasks.task("Writing the board pack", progress -> {
                    progress.message("Reading the workshop\u2026");
                    BoardPack pack = service.assemble(workshop.id(), chosen.all(), new SimulationProgress(
                            fraction -> progress.update(Math.round(fraction * ASSEMBLED * STEPS), STEPS),
                            progress::cancelled));
                    stopIfCancelled(progress);
                    progress.message("Drawing the charts\u2026");
                    List<Figure> drawn = figures.apply(pack);
                    progress.update(Math.round(DRAWN * STEPS), STEPS);
                    stopIfCancelled(progress);
                    progress.message("Writing the PDF\u2026");
                    return service.write(pack, drawn, chosen.paper(), file,
                            ExchangeProgresses.within(progress, DRAWN, 1), actor);
                })
                .onFinished(() -> running.set(false))
                .onSuccess(result -> written(file, result))
                .onFailure(Failures.reportTo(dialogs, "Could not write the board pack"))
                .cancellable(() -> state.tell("Board pack cancelled; no file was written."))
                .start();
    }

    /** Between the steps, as the writer does between its pages: a cancel leaves no file behind. */
    private static void stopIfCancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new ExchangeCancelledException("The board pack was cancelled. Nothing was written.");
        }
    }

    private void written(Path file, BoardPackWriter.Result result) {
        String pages = Plurals.count(result.pages(), "page");
        state.tell("Wrote the board pack, " + pages + ", to " + file + ".");
        // The audit log has a new event.
        state.changed();
        SortedSet<String> missing = result.unprintable();
        if (!missing.isEmpty()) {
            dialogs.showInfo("Some characters could not be printed", "The board pack " + file.getFileName()
                    + " is written (" + pages + "), but no font on this computer has "
                    + (missing.size() == 1 ? "this character" : "these characters") + ", so "
                    + (missing.size() == 1 ? "it is" : "they are") + " missing from it: " + result.unprintableText()
                    + ".\n\nInstall a font that has " + (missing.size() == 1 ? "it" : "them")
                    + " (a Noto font for that script, say) and write the board pack again.");
        }
    }
}
