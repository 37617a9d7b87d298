package org.parley.app;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.app.service.QuantService;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.RuleViolation;
import org.parley.domain.Workshop;
import org.parley.domain.quant.LossSimulation;
import org.parley.domain.quant.SimulationProgress;
import org.parley.domain.quant.ToleranceCurve;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The command-line side of the quantitative mode: setting a loss tolerance, and the simulation. */
final class QuantCommands {

    private QuantCommands() {
    }

    @Command(name = "tolerance",
            description = "Sets a loss tolerance: points LOSS:PROBABILITY, the chance a year's losses exceed LOSS must "
                    + "stay at or below PROBABILITY; losses rising, probabilities never rising. PARTY is a party, or "
                    + "'agreed' for the agreed tolerance (both parties, after the reveal). A party's own stays private "
                    + "until revealed with the appetites.")
    static final class SetTolerance implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "WORKSHOP", description = "Workshop name or id.")
        private String workshopName;

        @Parameters(index = "1", paramLabel = "PARTY|agreed", description = "Role label, display name, seat, or agreed.")
        private String holderName;

        @Parameters(index = "2", paramLabel = "L1:P1,L2:P2,...",
                description = "Points loss:probability, e.g. 1000000:0.1,100000000:0.01.")
        private String points;

        @Override
        public Integer call() {
            ToleranceCurve curve;
            try {
                curve = ToleranceCurve.parse(points);
            } catch (RuleViolation e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            return parent.withServices(services -> {
                Workshop workshop = services.workshops().resolve(workshopName);
                DivergenceCommands.Holding holding = DivergenceCommands.Holding.resolve(parent, services, workshop,
                        holderName, "loss tolerance");
                AppetiteHolder holder = holding.holder();
                String who = holding.who();
                services.divergence().setTolerance(workshop.id(), holder, curve, holding.consent());
                boolean revealed = services.divergence().tolerances(workshop.id(), null).revealed();
                parent.out().println("Set " + who + " of \u201C" + workshop.name() + "\u201D to " + curve.text()
                        + " (" + services.workshops().currency(workshop.id()) + ")"
                        + (revealed || holder == AppetiteHolder.AGREED ? "."
                                : ". It stays private until it is revealed with the appetites (parley reveal)."));
                return 0;
            });
        }
    }

    @Command(name = "quant", description = "Simulates each party's portfolio loss from its revealed loss estimates "
            + "and applies the revealed loss tolerances: expected annual loss, percentiles, the four verdicts.")
    static final class Quant implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "WORKSHOP", description = "Workshop name or id.")
        private String workshopName;

        @Option(names = "--trials", paramLabel = "N", description = "Simulated years, 1 to 1,000,000; default "
                + "100,000.")
        private int trials = LossSimulation.DEFAULT_TRIALS;

        @Option(names = "--seed", paramLabel = "S", description = "The random seed; the same seed gives the same "
                + "figures. Default 1.")
        private long seed = 1;

        @Option(names = "--agreed", description = "Only initiatives whose signed agreement goes ahead (proceed, "
                + "proceed with conditions, pilot), with the agreed residual loss estimate when the agreement gives one, "
                + "else the parties' own estimates.")
        private boolean agreed;

        @Option(names = "--json", description = "Print JSON instead of text.")
        private boolean json;

        @Override
        public Integer call() {
            if (trials < 1 || trials > LossSimulation.MAX_TRIALS) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--trials must be from 1 to "
                        + String.format(Locale.ROOT, "%,d", LossSimulation.MAX_TRIALS) + ", not " + trials + ".");
            }
            return parent.withServices(services -> {
                Workshop workshop = services.workshops().resolve(workshopName);
                QuantService.Result result = services.quant().simulate(workshop.id(), trials, seed, agreed,
                        SimulationProgress.NONE);
                QuantReportWriter writer = new QuantReportWriter(workshop, services.workshops().parties(workshop.id()),
                        result);
                if (json) {
                    writer.writeJson(parent.out());
                } else {
                    writer.writeText(parent.out());
                }
                return 0;
            });
        }
    }
}
