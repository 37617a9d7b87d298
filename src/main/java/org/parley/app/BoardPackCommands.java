package org.parley.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.service.BoardPackService;
import org.parley.domain.Actor;
import org.parley.domain.Plurals;
import org.parley.domain.RuleViolation;
import org.parley.domain.Workshop;
import org.parley.domain.quant.SimulationProgress;
import org.parley.exchange.ExchangeProgress;
import org.parley.exchange.pdf.BoardPack;
import org.parley.exchange.pdf.BoardPackWriter;
import org.parley.exchange.pdf.Figure;
import org.parley.exchange.pdf.Paper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The command-line side of the board pack (issue 16). */
final class BoardPackCommands {

    private BoardPackCommands() {
    }

    @Command(name = "board-pack",
            description = "Writes the workshop's board pack, a PDF/A document to read and file: the session in words "
                    + "and numbers, the divergence map and heatmaps (and the loss exceedance chart when estimates "
                    + "exist), the register, a page per signed agreement with both parties' positions and signatures, "
                    + "and how to check it against the store. Only what both parties revealed appears.")
    static final class WriteBoardPack implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "WORKSHOP", description = "Workshop name or id.")
        private String workshopName;

        @Parameters(index = "1", paramLabel = "FILE", description = "The PDF file to write, e.g. board-pack.pdf.")
        private Path file;

        @Option(names = "--all", description = "Also list the initiatives without a signed agreement, marked "
                + "\"not agreed\".")
        private boolean all;

        @Option(names = "--paper", paramLabel = "A4|letter", description = "The paper to lay it out for; default A4.")
        private String paper = Paper.A4.label();

        @Override
        public Integer call() {
            Paper chosen;
            try {
                chosen = Paper.parse(paper);
            } catch (RuleViolation e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--paper: " + e.getMessage());
            }
            return parent.withServices(services -> {
                Workshop workshop = services.workshops().resolve(workshopName);
                BoardPackService boardPacks = services.boardPack();
                BoardPack pack = boardPacks.assemble(workshop.id(), all, SimulationProgress.NONE);
                List<Figure> figures = HeadlessFigures.draw(pack);
                BoardPackWriter.Result result = boardPacks.write(pack, figures, chosen, file, ExchangeProgress.NONE,
                        Actor.COMMAND_LINE);
                long agreed = pack.agreed().size();
                long others = pack.register().size() - agreed;
                parent.out().println("Wrote the board pack of \u201C" + workshop.name() + "\u201D to "
                        + file.toAbsolutePath().normalize() + ": " + Plurals.count(result.pages(), "page") + ", "
                        + Plurals.count(agreed, "signed agreement") + (all ? ", " + others + " not agreed" : "")
                        + ", on " + chosen.label() + " paper.");
                if (!result.unprintable().isEmpty()) {
                    parent.err().println("No font on this computer has " + result.unprintableText()
                            + ", so they are missing from the document. Install a font that has them (the Noto "
                            + "fonts cover most scripts) and write the board pack again.");
                }
                return 0;
            });
        }
    }
}
