package org.parley.app.service;

import java.util.Map;
import org.parley.domain.AuditEvent;
import org.parley.domain.AuditKind;
import org.parley.domain.AuditVerification;
import org.parley.domain.RuleViolation;
import org.parley.domain.TransferredIds;
import org.parley.domain.Workshop;
import org.parley.store.AuditLog;
import org.parley.store.Leases;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.StoredAgreements;
import org.parley.store.WorkshopCopy;
import org.parley.store.WorkshopRepository;

/**
 * Moves a workshop with its whole history from one store to another: a laptop's file and a team server, either way,
 * or two servers (issue 17, decision 0037). Every row and event goes; what the parties signed still verifies in the
 * store it arrives in, and the store it left keeps its events, closed by one that names where the workshop went.
 */
public final class TransferService {

    private final Services from;
    private final Services to;
    private final Store source;
    private final Store target;

    /** A transfer between the stores of {@code from} and {@code to}; the workshop leaves {@code from}. */
    public TransferService(Services from, Services to) {
        this.from = from;
        this.to = to;
        this.source = from.store();
        this.target = to.store();
    }

    /**
     * What a transfer did.
     *
     * @param name   the workshop's name in the store it arrived in
     * @param id     its id there
     * @param events how many events of its history moved with it
     * @param rows   how many rows, events included
     * @param head   the hash of the event that records its arrival: the one to write down of the target store
     * @param to     the store it arrived in, as people name it
     */
    public record Transferred(String name, long id, int events, int rows, String head, String to) {
    }

    /**
     * Moves the workshop: both its parties consent, in the store it leaves. {@code name} is its name in the store it
     * arrives in, null for the one it has; a workshop of that name there refuses the transfer. Both stores' audit logs
     * must verify before, so that neither vouches for what the other may have had changed behind Parley's back.
     */
    public Transferred transfer(long workshopId, String name, Consent consent) {
        if (source.location().equals(target.location())) {
            throw new RuleViolation("to", "\u201C" + source.location() + "\u201D is the store the workshop is in; "
                    + "name another store to move it to, or rename it with the window.");
        }
        Workshop workshop = from.workshops().workshop(workshopId);
        ConsentRule.requireBoth(consent, workshopId, "move \u201C" + workshop.name() + "\u201D to another store");
        String arriving = name == null ? workshop.name() : name.strip();
        checkName(arriving, name != null);
        requireIntact(from, "it leaves");
        requireIntact(to, "it goes to");
        return source.inTransaction(() -> {
            // Before anything is read: another session changing the workshop refuses its move.
            new Leases(source).claim(workshopId);
            WorkshopCopy.Rows rows = WorkshopCopy.read(source, workshopId);
            String sourceHead = new AuditLog(source).newest().hash();
            AuditEvent arrival = target.inTransaction(() -> {
                checkName(arriving, name != null);
                TransferredIds ids = WorkshopCopy.write(target, rows, arriving);
                AuditLog log = new AuditLog(target);
                log.appendArrived(ids.workshop(), ArrivingEvents.rewrite(rows.events(), ids,
                        new StoredAgreements(target).contentsOfWorkshop(ids.workshop())));
                return log.append(ids.workshop(), consent.actor(), AuditKind.WORKSHOP_TRANSFERRED_IN, ids.workshop(),
                        Map.of("from", source.location(), "name", rows.name(), "events", rows.events().size(),
                                "head", sourceHead));
            });
            try {
                new AuditLog(source).append(workshopId, consent.actor(), AuditKind.WORKSHOP_TRANSFERRED_OUT, workshopId,
                        Map.of("to", target.location(), "as", arriving, "events", rows.events().size(),
                                "arrival", arrival.hash()));
                WorkshopCopy.remove(source, workshopId);
            } catch (RuntimeException e) {
                throw new StoreException("\u201C" + rows.name() + "\u201D arrived in " + target.location() + " as \u201C"
                        + arriving + "\u201D, but could not be removed from " + source.location() + " (" + e.getMessage()
                        + "), so both stores hold it now. Work on it in " + target.location() + "; the copy here "
                        + "stays as it was.", e);
            }
            return new Transferred(arriving, arrival.workshopId(), rows.events().size(), rows.rowCount(),
                    arrival.hash(), target.location());
        });
    }

    /** The name must be free in the store the workshop goes to, and one a workshop may have. */
    private void checkName(String arriving, boolean chosen) {
        if (new WorkshopRepository(target).findByName(arriving).isPresent()) {
            throw new RuleViolation("as", target.location() + " already has a workshop called \u201C" + arriving
                    + "\u201D. " + (chosen ? "Choose another name" : "Give the workshop another name there")
                    + " with --as NAME.");
        }
        to.workshops().checkName(arriving, -1);
    }

    private static void requireIntact(Services services, String role) {
        AuditVerification.Result verified = services.audit().verify(null);
        if (!verified.intact()) {
            throw new RuleViolation("The audit log of " + services.storeLocation() + ", the store " + role + ", does "
                    + "not verify (" + verified.broken().describe() + "), so nothing was moved: a transfer would vouch "
                    + "for what may have been changed. Run parley verify there to see what.");
        }
    }
}
