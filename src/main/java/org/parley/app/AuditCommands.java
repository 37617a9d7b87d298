package org.parley.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.domain.AuditVerification;
import org.parley.domain.ParleyException;
import org.parley.exchange.RegisterVerification;
import org.parley.exchange.RegisterVerifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The command-line side of the audit log and the signatures: verifying a store, and a register file. */
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

    @Command(name = "verify-register",
            description = "Checks the signatures in a register CSV file written by export, without any store: every "
                    + "signed row must read exactly as both parties signed it. Prints the fingerprints of the keys "
                    + "each party signed with, to compare with the ones Parley shows. Exit 0 when every row "
                    + "verifies, 1 naming each row that does not.")
    static final class VerifyRegister implements Callable<Integer> {

        // Never parent.withServices() or parent.storeFile(): whoever checks a file may have no store, and must not
        // get one (or a log file) created by checking.
        @ParentCommand
        private Cli parent;

        @Parameters(index = "0", paramLabel = "FILE", description = "The register CSV file, e.g. register.csv.")
        private Path file;

        @Override
        public Integer call() {
            RegisterVerification result = read(file);
            if (!result.verified()) {
                PrintWriter err = parent.err();
                result.failures().forEach(failure -> err.println(failure.describe()));
                long failed = result.failedRows();
                err.println("parley: " + failed + " of " + rows(result.signedRows()) + (failed == 1 ? " does" : " do")
                        + " not verify: the file is not as both parties signed it.");
                return 1;
            }
            PrintWriter out = parent.out();
            for (RegisterVerification.PartyKeys party : result.parties()) {
                if (!party.fingerprints().isEmpty()) {
                    out.println(party.party() + " signed with key" + (party.fingerprints().size() == 1 ? " " : "s ")
                            + String.join(", ", party.fingerprints()));
                }
            }
            out.println("Verified " + rows(result.signedRows()) + ".");
            return 0;
        }

        private static String rows(int n) {
            return n + (n == 1 ? " signed row" : " signed rows");
        }

        private static RegisterVerification read(Path file) {
            try {
                return RegisterVerifier.verify(file);
            } catch (NoSuchFileException e) {
                throw new ParleyException("There is no file " + file.toAbsolutePath() + ". Check the path and try again.");
            } catch (AccessDeniedException e) {
                throw new ParleyException("Parley may not read " + file.toAbsolutePath() + " (permission denied).");
            } catch (IOException e) {
                throw new ParleyException("Could not read " + file.toAbsolutePath() + ": " + e.getMessage());
            }
        }
    }
}
