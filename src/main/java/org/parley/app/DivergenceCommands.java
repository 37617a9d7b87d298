package org.parley.app;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.app.service.Consent;
import org.parley.app.service.Services;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.Frontier;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The command-line side of appetites and divergence: setting a frontier, and the report. */
final class DivergenceCommands {

    private DivergenceCommands() {
    }

    /**
     * Whose appetite or tolerance a command sets, and the consent it takes: a party's own with that party's PIN,
     * {@code agreed} with both.
     *
     * @param who "the agreed appetite" or "the appetite of CISO (Dana)"
     */
    record Holding(AppetiteHolder holder, String who, Consent consent) {

        static Holding resolve(Cli parent, Services services, Workshop workshop, String holderName, String what) {
            if (holderName.strip().toLowerCase(Locale.ROOT).equals("agreed")) {
                return new Holding(AppetiteHolder.AGREED, "the agreed " + what,
                        parent.confirmBoth(services, workshop.id()));
            }
            Party party = services.workshops().resolveParty(workshop.id(), holderName);
            return new Holding(AppetiteHolder.of(party.seat()), "the " + what + " of " + party.label(),
                    parent.confirm(services, party));
        }
    }

    @Command(name = "appetite",
            description = "Sets a frontier: the highest accepted risk score (1-25) at value 1, 2, 3, 4 and 5, "
                    + "never decreasing. PARTY is a party, or 'agreed' for the agreed appetite (after the reveal).")
    static final class SetAppetite implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Parameters(index = "0", paramLabel = "WORKSHOP", description = "Workshop name or id.")
        private String workshopName;

        @Parameters(index = "1", paramLabel = "PARTY|agreed", description = "Role label, display name, seat, or agreed.")
        private String holderName;

        @Parameters(index = "2", paramLabel = "R1,R2,R3,R4,R5", description = "Five risk scores, e.g. 4,6,9,12,16.")
        private String levels;

        @Option(names = "--cap", paramLabel = "N", description = "A hard cap: risk above N is rejected at any value.")
        private Integer cap;

        @Override
        public Integer call() {
            Frontier parsed = Frontier.parse(levels);
            Frontier frontier = cap == null ? parsed : parsed.withCap(cap);
            return parent.withServices(services -> {
                Workshop workshop = services.workshops().resolve(workshopName);
                Holding holding = Holding.resolve(parent, services, workshop, holderName, "appetite");
                AppetiteHolder holder = holding.holder();
                String who = holding.who();
                services.divergence().setAppetite(workshop.id(), holder, frontier, holding.consent());
                boolean revealed = services.divergence().appetites(workshop.id(), null).revealed();
                parent.out().println("Set " + who + " of \u201C" + workshop.name() + "\u201D to " + frontier
                        + (revealed || holder == AppetiteHolder.AGREED ? "."
                                : ". It stays private until both appetites are revealed (parley reveal)."));
                return 0;
            });
        }
    }

    @Command(name = "report", description = "Prints where the parties diverge on every revealed initiative, hardest "
            + "first, and their portfolio agreement (Cohen's kappa). Unrevealed initiatives are left out.")
    static final class Report implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Parameters(index = "0", paramLabel = "WORKSHOP", description = "Workshop name or id.")
        private String workshopName;

        @Option(names = "--json", description = "Print JSON instead of text.")
        private boolean json;

        @Override
        public Integer call() {
            return parent.withServices(services -> {
                Workshop workshop = services.workshops().resolve(workshopName);
                DivergenceReportWriter writer = new DivergenceReportWriter(workshop,
                        services.workshops().parties(workshop.id()), services.divergence().analysis(workshop.id(), null));
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
