package org.parley.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.app.service.ExchangeService;
import org.parley.domain.Actor;
import org.parley.exchange.ImportProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The command-line side of CSV exchange: importing initiatives. */
final class ExchangeCommands {

    private ExchangeCommands() {
    }

    @Command(name = "import",
            description = "Adds or updates initiatives from a CSV file (columns id,title,description,category,sponsor,"
                    + "estimated_cost,tags; only title required; a row with an id updates that initiative), all or "
                    + "nothing. Creates the workshop, with the default parties and criteria, when none has that name.")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Parameters(index = "0", paramLabel = "WORKSHOP", description = "Workshop name or id.")
        private String workshopName;

        @Parameters(index = "1", paramLabel = "FILE", description = "The initiatives CSV file.")
        private Path file;

        @Override
        public Integer call() {
            return parent.withServices(services -> {
                ExchangeService.ImportOutcome outcome = services.exchange().importInitiatives(workshopName, file,
                        Actor.COMMAND_LINE);
                if (outcome.result() == null) {
                    for (ImportProblem problem : outcome.plan().problems()) {
                        parent.err().println(problem.describe());
                    }
                    parent.err().println(outcome.plan().summary());
                    return 1;
                }
                parent.out().println((outcome.created() ? "Created the workshop \u201C" + outcome.workshop().name()
                        + "\u201D with the parties CISO and CTO. " : "") + "Imported into \u201C"
                        + outcome.workshop().name() + "\u201D: " + outcome.result().describe() + ".");
                return 0;
            });
        }
    }
}
