package org.parley.app;

import java.util.concurrent.Callable;
import org.parley.app.service.WorkshopGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The command line's generator of large workshops, for trying Parley at scale and for its benchmarks. */
final class GeneratorCommands {

    private GeneratorCommands() {
    }

    @Command(name = "generate",
            description = "Fills a new or empty workshop with N realistic initiatives, both parties' revealed scores, "
                    + "both appetites and signed agreements for 60% of them, the same for the same seed. Creates the "
                    + "workshop when none has that name; refuses one that already has initiatives. Parties without "
                    + "a PIN get " + WorkshopGenerator.FIRST_PIN + " and " + WorkshopGenerator.SECOND_PIN
                    + ", since signing needs one.")
    static final class Generate implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Parameters(index = "0", paramLabel = "WORKSHOP", description = "Workshop name or id.")
        private String workshopName;

        @Option(names = "--initiatives", paramLabel = "N", required = true, description = "How many initiatives.")
        private int count;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default ${DEFAULT-VALUE}).")
        private long seed;

        @Override
        public Integer call() {
            long started = System.nanoTime();
            WorkshopGenerator.Result result = parent.withServices(services -> services.generator().generate(
                    workshopName, count, seed, party -> parent.pinOf(party)));
            parent.out().printf("Generated %d initiatives in %s\u201C%s\u201D (seed %d): scores revealed, appetites "
                            + "revealed, %d agreements signed, in %.1f s.%n", result.initiatives(),
                    result.created() ? "the new workshop " : "", result.workshop().name(), seed, result.signed(),
                    (System.nanoTime() - started) / 1e9);
            if (result.pinsSet()) {
                parent.out().println("The parties had no PIN; they now have " + WorkshopGenerator.FIRST_PIN + " (seat 1) "
                        + "and " + WorkshopGenerator.SECOND_PIN + " (seat 2). Change them under Workshop setup.");
            }
            return 0;
        }
    }
}
