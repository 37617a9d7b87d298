package org.parley.app;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.domain.WorkshopSession;
import org.parley.domain.WorkshopSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** The commands that list what a store holds and who is working on it: workshops, and a server's sessions. */
final class WorkshopCommands {

    private WorkshopCommands() {
    }

    @Command(name = "workshops", description = "Lists the workshops: id, initiative count and name.")
    static final class Workshops implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Override
        public Integer call() {
            var workshops = parent.withServices(services -> services.workshops().workshops());
            PrintWriter out = parent.out();
            if (workshops.isEmpty()) {
                out.println(parent.server().isPresent()
                        ? "No workshops yet. Create one by importing its initiatives: parley --db URL import WORKSHOP "
                                + "initiatives.csv"
                        : "No workshops yet. Open the window (parley with no command) to create one.");
                return 0;
            }
            out.printf("%6s  %11s  %s%n", "ID", "INITIATIVES", "NAME");
            for (WorkshopSummary workshop : workshops) {
                out.printf("%6d  %11d  %s%n", workshop.id(), workshop.initiativeCount(), workshop.name());
            }
            return 0;
        }
    }

    @Command(name = "sessions", description = "On a server's store: who is changing which workshop, from which "
            + "computer, since when. A workshop is changed by one session at a time; it is free again when that "
            + "session closes or its window moves to another workshop, or two minutes after a session stops "
            + "without closing.")
    static final class Sessions implements Callable<Integer> {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm z", Locale.ROOT)
                .withZone(ZoneId.systemDefault());

        @ParentCommand
        private Cli parent;

        @Override
        public Integer call() {
            if (parent.server().isEmpty()) {
                parent.out().println("A store file has one owner at a time, so it keeps no sessions; a server's store "
                        + "does (--db postgresql://…).");
                return 0;
            }
            List<WorkshopSession> sessions = parent.withServices(services -> services.leases().sessions());
            PrintWriter out = parent.out();
            if (sessions.isEmpty()) {
                out.println("No workshop is in session: any may be changed.");
                return 0;
            }
            out.printf("%-12s  %-20s  %-20s  %-22s  %s%n", "STATE", "HOLDER", "HOST", "SINCE", "WORKSHOP");
            for (WorkshopSession session : sessions) {
                out.printf("%-12s  %-20s  %-20s  %-22s  %s%n", session.live() ? "in session" : "timed out",
                        session.holder(), session.host(), TIME.format(session.since()), session.workshop());
            }
            return 0;
        }
    }
}
