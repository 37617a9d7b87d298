package org.parley.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.app.service.Consent;
import org.parley.app.service.ExchangeService;
import org.parley.domain.Actor;
import org.parley.domain.Plurals;
import org.parley.domain.Workshop;
import org.parley.exchange.CsvOptions;
import org.parley.exchange.ExchangeProgress;
import org.parley.exchange.ImportFindings;
import org.parley.exchange.InitiativeImportPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The command-line side of CSV exchange: importing initiatives, exporting the register. */
final class ExchangeCommands {

    static final String ALLOW_MULTILINE = "Import cells that run over several lines as if a quote had been left "
            + "open (a cell holding as many commas as a whole row, or running to the end of the file). Without it, "
            + "such a file is refused and the cells are named.";
    static final String NOTHING_CHANGED = "Nothing was changed or recorded.";

    private ExchangeCommands() {
    }

    /**
     * Prints why a checked file is not applied, when it is not: its problems, or the cells that look like an
     * unclosed quote unless the person allowed them. The warnings follow the problems, as they may explain them.
     *
     * @return true when the file is refused (exit 1)
     */
    static boolean refused(Cli parent, ImportFindings findings, String summary, boolean allowMultiline) {
        if (findings.rejected()) {
            findings.problemLines().forEach(parent.err()::println);
            findings.warningLines().forEach(parent.err()::println);
            parent.err().println(summary);
            return true;
        }
        if (findings.hasWarnings() && !allowMultiline) {
            findings.warningLines().forEach(parent.err()::println);
            parent.err().println("Nothing was imported: " + Plurals.count(findings.warnings().size(), "cell runs",
                    "cells run") + " over several lines as if a quote had been left open. Close the quote where "
                    + "each cell should end; if the line breaks are meant, import again with --allow-multiline.");
            return true;
        }
        return false;
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

        @Option(names = "--allow-multiline", description = ALLOW_MULTILINE)
        private boolean allowMultiline;

        @Override
        public Integer call() {
            return parent.withServices(services -> {
                // Changing what a party has already scored needs both parties: their PINs are asked then.
                ExchangeService.ImportOutcome outcome = services.exchange().importInitiatives(workshopName, file,
                        allowMultiline, (workshop, changes) -> {
                            if (changes == 0) {
                                return Consent.nobody(Actor.COMMAND_LINE);
                            }
                            parent.err().println("The file changes " + changes + (changes == 1 ? " initiative" : " initiatives")
                                    + " of a workshop whose scoring has started: both parties must agree.");
                            return parent.confirmBoth(services, workshop.id());
                        });
                InitiativeImportPlan plan = outcome.plan();
                if (refused(parent, plan.findings(), plan.summary(), allowMultiline)) {
                    return 1;
                }
                if (outcome.result() == null) {
                    parent.out().println(plan.summary() + " " + NOTHING_CHANGED);
                    return 0;
                }
                parent.out().println((outcome.created() ? "Created the workshop \u201C" + outcome.workshop().name()
                        + "\u201D with the parties CISO and CTO. " : "") + "Imported into \u201C"
                        + outcome.workshop().name() + "\u201D: " + outcome.result().describe() + ".");
                return 0;
            });
        }
    }

    @Command(name = "export",
            description = "Writes the agreed risk register to a CSV file: a row per initiative with a current signed "
                    + "agreement (with --all, every initiative), with both parties' scores, the agreed risk, decision, "
                    + "conditions and signatures. UTF-8 with a BOM (--no-bom leaves it out); an existing file is "
                    + "replaced only once the new one is complete.")
    static final class ExportRegister implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Parameters(index = "0", paramLabel = "WORKSHOP", description = "Workshop name or id.")
        private String workshopName;

        @Parameters(index = "1", paramLabel = "FILE", description = "The register CSV file to write, e.g. register.csv.")
        private Path file;

        @Option(names = "--all", description = "Add the initiatives not yet agreed, with the agreement columns empty "
                + "and the parties' latest revealed scores.")
        private boolean all;

        @Option(names = "--no-bom", description = "Leave out the byte order mark (Excel needs it to read UTF-8).")
        private boolean noBom;

        @Override
        public Integer call() {
            return parent.withServices(services -> {
                Workshop workshop = services.workshops().resolve(workshopName);
                var exported = services.exchange().exportRegisterCounted(workshop.id(), file, all,
                        noBom ? CsvOptions.WITHOUT_BOM : CsvOptions.DEFAULT, ExchangeProgress.NONE, Actor.COMMAND_LINE);
                int written = exported.rows();
                String what;
                if (all) {
                    // Counted from the rows the export read: reading the register again doubled the command's work.
                    long agreed = exported.agreed();
                    what = Plurals.count(written, "initiative") + ", " + (written == 1
                            ? (agreed == 1 ? "agreed" : "not yet agreed")
                            : String.format(Locale.ENGLISH, "%,d of them agreed", agreed));
                } else {
                    what = Plurals.count(written, "agreed initiative");
                }
                parent.out().println("Wrote the register of \u201C" + workshop.name() + "\u201D to "
                        + file.toAbsolutePath().normalize() + ": " + what + ".");
                if (!all && written == 0) {
                    parent.out().println("No initiative has a signed agreement yet; --all writes every initiative "
                            + "with its revealed scores.");
                }
                return 0;
            });
        }
    }
}
