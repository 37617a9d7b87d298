package org.parley.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.app.service.Consent;
import org.parley.app.service.Services;
import org.parley.app.service.TransferService;
import org.parley.domain.Workshop;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Moving a workshop between two stores: a laptop's file and a team server, either way, or two servers. */
final class TransferCommands {

    private TransferCommands() {
    }

    @Command(name = "transfer", description = {"Moves a workshop with its whole history, every event, assessment, "
            + "agreement and signature, from the store --db names to another (--to), or from another into it "
            + "(--from). Either may be a store file or a PostgreSQL server's database; a file that does not exist yet "
            + "is created. Both parties consent with their PINs; both stores' audit logs must verify, and verify "
            + "still holds on both afterwards. The store it leaves keeps its events and records where it went.",
            "Take a workshop to an offsite:  parley --db postgresql://db/parley?user=amira transfer \"FY27\" "
                    + "--to ~/offsite.mv.db",
            "and bring it back:              parley --db ~/offsite.mv.db transfer \"FY27\" "
                    + "--to postgresql://db/parley?user=amira"})
    static final class Transfer implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Parameters(index = "0", paramLabel = "WORKSHOP", description = "The workshop's name or id, in the store it "
                + "leaves.")
        private String workshop;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Direction direction;

        static final class Direction {
            @Option(names = "--to", paramLabel = "PATH|URL", description = "The store it goes to.")
            private String to;

            @Option(names = "--from", paramLabel = "PATH|URL", description = "The store it comes from; it goes to "
                    + "the store --db names.")
            private String from;
        }

        @Option(names = "--as", paramLabel = "NAME", description = "Its name in the store it goes to, when a "
                + "workshop there has its own.")
        private String as;

        @Override
        public Integer call() {
            boolean outward = direction.to != null;
            TransferService.Transferred moved = parent.withStore(here -> parent.withOtherStore(
                    outward ? direction.to : direction.from, there -> {
                        Services home = Services.openedOn(here);
                        Services other = new Services(there);
                        return move(outward ? home : other, outward ? other : home);
                    }));
            PrintWriter out = parent.out();
            out.println("Moved \u201C" + moved.name() + "\u201D with " + moved.events() + " events (" + moved.rows()
                    + " rows in all) to " + moved.to() + ", where its id is " + moved.id() + ".");
            out.println("verify holds on both stores. Write down the newest hash of " + moved.to() + ":");
            out.println("  " + moved.head());
            return 0;
        }

        private TransferService.Transferred move(Services from, Services to) {
            Workshop leaving = from.workshops().resolve(workshop);
            Consent both = parent.confirmBoth(from, leaving.id());
            return new TransferService(from, to).transfer(leaving.id(), as, both);
        }
    }
}
