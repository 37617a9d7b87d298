package org.parley.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.app.service.Consent;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.exchange.ExchangeProgress;
import org.parley.exchange.ScoresImportPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The command-line side of blind scoring: importing one party's scores, and revealing. */
final class ScoringCommands {

    private ScoringCommands() {
    }

    @Command(name = "import-scores",
            description = "Records one party's assessments from a CSV file (columns initiative, likelihood, impact, "
                    + "rationale, and one per value criterion or a single value), all or nothing, in each "
                    + "initiative's current round.")
    static final class ImportScores implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Parameters(index = "0", paramLabel = "WORKSHOP", description = "Workshop name or id.")
        private String workshopName;

        @Parameters(index = "1", paramLabel = "PARTY", description = "Role label, display name or seat (1 or 2).")
        private String partyName;

        @Parameters(index = "2", paramLabel = "FILE", description = "The scores CSV file.")
        private Path file;

        @Option(names = "--allow-multiline", description = ExchangeCommands.ALLOW_MULTILINE)
        private boolean allowMultiline;

        @Override
        public Integer call() {
            return parent.withServices(services -> {
                Workshop workshop = services.workshops().resolve(workshopName);
                Party party = services.workshops().resolveParty(workshop.id(), partyName);
                // The file is checked before the PIN is asked: a bad file costs nobody a try.
                ScoresImportPlan plan = services.exchange().previewScores(workshop.id(), file, ExchangeProgress.NONE);
                if (ExchangeCommands.refused(parent, plan.findings(), plan.summary(), allowMultiline)) {
                    return 1;
                }
                if (plan.isEmpty()) {
                    parent.out().println(plan.summary() + " " + ExchangeCommands.NOTHING_CHANGED);
                    return 0;
                }
                Consent consent = parent.confirm(services, party);
                int recorded = services.scoring().recordAll(party, plan.rows(), consent);
                parent.out().println("Recorded the scores of " + party.label() + " for " + recorded
                        + (recorded == 1 ? " initiative" : " initiatives") + " of \u201C" + workshop.name()
                        + "\u201D. They stay hidden until revealed: parley reveal \"" + workshop.name() + "\"");
                return 0;
            });
        }
    }

    @Command(name = "reveal", description = "Reveals every initiative whose current round both parties have scored, "
            + "and both appetites once both are set.")
    static final class Reveal implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Parameters(index = "0", paramLabel = "WORKSHOP", description = "Workshop name or id.")
        private String workshopName;

        @Override
        public Integer call() {
            return parent.withServices(services -> {
                Workshop workshop = services.workshops().resolve(workshopName);
                // A reveal is both parties' decision: each gives its PIN, as in the window.
                Consent both = parent.confirmBoth(services, workshop.id());
                var result = services.scoring().revealAll(workshop.id(), both);
                parent.out().println("Revealed " + result.revealed()
                        + (result.revealed() == 1 ? " initiative" : " initiatives") + " of \u201C" + workshop.name()
                        + "\u201D" + (result.waiting() > 0
                                ? "; " + result.waiting() + " still wait for a party's scores." : "."));
                if (services.divergence().revealAppetitesIfReady(workshop.id(), both)) {
                    parent.out().println("Revealed both appetites; the agreed appetite starts as their midpoint, "
                            + services.divergence().appetites(workshop.id(), null).agreed() + ".");
                }
                return 0;
            });
        }
    }
}
