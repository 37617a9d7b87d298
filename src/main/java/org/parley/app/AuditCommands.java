package org.parley.app;

import java.util.concurrent.Callable;
import org.parley.domain.AuditVerification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The command-line side of the audit log: verifying it. */
final class AuditCommands {

    private AuditCommands() {
    }

    @Command(name = "verify",
            description = "Checks the audit log's hash chain and every signed agreement against the hash recorded "
                    + "when it was frozen. Exit 0 when intact, 1 naming the first broken event. Prints the last "
                    + "hash: write it down, and pass it to --expect later to find out whether the newest events "
                    + "were deleted.")
    static final class Verify implements Callable<Integer> {

        /** Enough of a hash that a typo or a different event cannot match it by chance. */
        static final int SHORTEST_EXPECTED = 12;

        @ParentCommand
        private Cli parent;

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--expect", paramLabel = "HASH", description = "A last hash printed by an earlier verify, "
                + "or its first " + SHORTEST_EXPECTED + " or more characters: the log must still contain that event.")
        private String expect;

        @Override
        public Integer call() {
            if (expect != null && !expect.strip().matches("(?i)[0-9a-f]{" + SHORTEST_EXPECTED + ",64}")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--expect needs a hash that verify "
                        + "printed, or at least its first " + SHORTEST_EXPECTED + " characters (0-9, a-f), not \""
                        + expect.strip() + "\".");
            }
            AuditVerification.Result result = parent.withServices(services -> services.audit().verify(expect));
            if (!result.intact()) {
                parent.err().println("parley: not intact: " + result.broken().describe() + ".");
                parent.err().println("Restore the store from a backup you trust; verify itself changed nothing.");
                return 1;
            }
            int signed = result.signedAgreements();
            parent.out().println("intact: " + result.events() + (result.events() == 1 ? " event, " : " events, ")
                    + signed + (signed == 1 ? " frozen agreement" : " frozen agreements"));
            if (result.last() == null) {
                parent.out().println("last hash: none yet (the log is empty)");
            } else {
                parent.out().println("last hash: " + result.lastHash() + " (event " + result.last().id() + ", "
                        + result.last().at() + ")");
            }
            return 0;
        }
    }
}
