package org.parley.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.app.service.Consent;
import org.parley.app.service.Services;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementTerms;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.AssessmentInput;
import org.parley.domain.Decision;
import org.parley.domain.Frontier;
import org.parley.domain.Initiative;
import org.parley.domain.Party;
import org.parley.domain.Treatment;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.exchange.ExchangeProgress;
import org.parley.store.Store;
import org.parley.testing.TestConsent;

/**
 * The child process of the crash harness: opens a store and writes to it until it is killed, as a workshop does
 * (imports, assessments, reveals, notes, agreements and signatures), printing one line per committed write. The
 * harness kills it at a random moment and checks that every acknowledged write survived and nothing is half done.
 *
 * <p>Lines: {@code ACK import <workshopId> <batch>}, {@code ACK assess <initiativeId> <seat>},
 * {@code ACK reveal <initiativeId>}, {@code ACK note <initiativeId> <noteId>}, {@code ACK sign <agreementId> <seat>}.
 */
public final class CrashWriter {

    static final String FIRST_PIN = "crash-pin-1";
    static final String SECOND_PIN = "crash-pin-2";
    /** Initiatives per import; an import is all of them or none. */
    static final int BATCH = 3;

    static final String WORKSHOP = "Crash run";

    private final Store store;
    private final Services services;
    private final PrintStream out;
    private final Path folder;
    /** Names this run's imports apart from those of earlier runs into the same workshop. */
    private final String run = "b" + Long.toUnsignedString(System.nanoTime() ^ ProcessHandle.current().pid(), 36);
    private Workshop workshop;
    private Party first;
    private Party second;
    private Consent both;

    private CrashWriter(Store store, PrintStream out, Path folder) {
        this.store = store;
        this.services = new Services(store);
        this.out = out;
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Store.open(file)) {
            CrashWriter writer = new CrashWriter(store, out, file.toAbsolutePath().getParent());
            writer.start();
            for (int round = 0; ; round++) {
                writer.round(round);
            }
        }
    }

    /**
     * The workshop the runs share, with PINs and revealed appetites so that agreements can be signed: set up in one
     * transaction by the first run, so a later run finds it whole or not at all.
     */
    private void start() {
        long id = services.workshops().workshops().stream().filter(w -> w.name().equals(WORKSHOP))
                .mapToLong(w -> w.id()).findFirst().orElseGet(() -> store.inTransaction(this::setUp));
        workshop = services.workshops().workshop(id);
        List<Party> parties = services.workshops().parties(id);
        first = parties.get(0);
        second = parties.get(1);
        both = services.consents().confirm(first, FIRST_PIN).and(services.consents().confirm(second, SECOND_PIN));
        out.println("READY " + id);
    }

    private long setUp() {
        Workshop created = services.workshops().create(WORKSHOP, TestConsent.nobody());
        List<Party> parties = services.workshops().parties(created.id());
        Party one = services.consents().setPin(TestConsent.of(services, parties.get(0)), parties.get(0), null,
                FIRST_PIN);
        Party two = services.consents().setPin(TestConsent.of(services, parties.get(1)), parties.get(1), null,
                SECOND_PIN);
        Consent agreed = services.consents().confirm(one, FIRST_PIN).and(services.consents().confirm(two, SECOND_PIN));
        services.divergence().setAppetite(created.id(), AppetiteHolder.FIRST, Frontier.of(4, 6, 8, 10, 12), agreed);
        services.divergence().setAppetite(created.id(), AppetiteHolder.SECOND, Frontier.of(6, 9, 12, 15, 18), agreed);
        services.divergence().revealAppetites(created.id(), agreed);
        return created.id();
    }

    private void round(int round) throws Exception {
        String batch = run + "r" + round;
        Path csv = folder.resolve("crash-" + ProcessHandle.current().pid() + ".csv");
        StringBuilder text = new StringBuilder("title,description\r\n");
        for (int i = 0; i < BATCH; i++) {
            text.append(batch).append('-').append(i).append(",Written before a kill\r\n");
        }
        Files.writeString(csv, text);
        var plan = services.exchange().previewInitiatives(workshop.id(), csv, ExchangeProgress.NONE);
        services.exchange().applyInitiatives(workshop.id(), plan, both, ExchangeProgress.NONE);
        out.println("ACK import " + workshop.id() + " " + batch);

        Initiative initiative = services.initiatives().initiatives(workshop.id()).stream()
                .filter(i -> i.title().equals(batch + "-0")).findFirst().orElseThrow();
        services.scoring().submit(initiative.id(), first, input(4, 4, "first on " + batch), both);
        out.println("ACK assess " + initiative.id() + " 1");
        services.scoring().submit(initiative.id(), second, input(3, 3, "second on " + batch), both);
        out.println("ACK assess " + initiative.id() + " 2");
        services.scoring().reveal(initiative.id(), both);
        out.println("ACK reveal " + initiative.id());
        long note = services.notes().add(initiative.id(), first, "note on " + batch, both).id();
        out.println("ACK note " + initiative.id() + " " + note);
        Agreement draft = services.agreements().propose(initiative.id(), terms(), both);
        services.agreements().sign(draft.id(), first, FIRST_PIN);
        out.println("ACK sign " + draft.id() + " 1");
        services.agreements().sign(draft.id(), second, SECOND_PIN);
        out.println("ACK sign " + draft.id() + " 2");
    }

    private AssessmentInput input(int likelihood, int impact, String why) {
        Map<Long, Integer> scores = new HashMap<>();
        for (ValueCriterion criterion : services.workshops().criteria(workshop.id())) {
            scores.put(criterion.id(), 4);
        }
        return new AssessmentInput(likelihood, impact, scores, why);
    }

    private AgreementTerms terms() {
        LocalDate today = services.agreements().today();
        return new AgreementTerms(4.0, 4, 4, List.of(), 2, 4, Decision.PROCEED, Treatment.MITIGATE, "Owner",
                today.plusMonths(6), "Agreed before a kill.");
    }
}
