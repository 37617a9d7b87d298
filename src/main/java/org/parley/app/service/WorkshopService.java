package org.parley.app.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.domain.Actor;
import org.parley.domain.AuditKind;
import org.parley.domain.CriterionDraft;
import org.parley.domain.NameRules;
import org.parley.domain.Party;
import org.parley.domain.PinGuard;
import org.parley.domain.PinRules;
import org.parley.domain.RuleViolation;
import org.parley.domain.Seat;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.domain.WorkshopSummary;
import org.parley.store.AgreementRepository;
import org.parley.store.AssessmentRepository;
import org.parley.store.AuditLog;
import org.parley.store.CriterionRepository;
import org.parley.store.PartyRepository;
import org.parley.store.Store;
import org.parley.store.WorkshopRepository;

/** Creating, naming and removing workshops; their parties, PINs and value criteria. */
public final class WorkshopService {

    private final Store store;
    private final WorkshopRepository workshops;
    private final PartyRepository parties;
    private final CriterionRepository criteria;
    private final AssessmentRepository assessments;
    private final AgreementRepository agreements;
    private final AuditLog audit;

    public WorkshopService(Store store) {
        this.store = store;
        this.workshops = new WorkshopRepository(store);
        this.parties = new PartyRepository(store);
        this.criteria = new CriterionRepository(store);
        this.assessments = new AssessmentRepository(store);
        this.agreements = new AgreementRepository(store);
        this.audit = new AuditLog(store);
    }

    public List<WorkshopSummary> workshops() {
        return workshops.summaries();
    }

    /** A new workshop with the default parties (CISO, CTO) and the four default criteria, equally weighted. */
    public Workshop create(String name, Actor actor) {
        return store.inTransaction(() -> {
            checkName(name, -1);
            Workshop workshop = workshops.insert(name);
            for (Seat seat : Seat.values()) {
                parties.insert(workshop.id(), seat, seat.defaultRole(), seat.defaultRole(), seat.defaultColour());
            }
            int position = 0;
            for (String criterion : ValueCriterion.DEFAULT_NAMES) {
                criteria.insert(workshop.id(), ++position, criterion, 1.0);
            }
            audit.append(workshop.id(), actor, AuditKind.WORKSHOP_CREATED, workshop.id(), Map.of("name", workshop.name()));
            return workshop;
        });
    }

    public void rename(long workshopId, String name, Actor actor) {
        store.inTransaction(() -> {
            checkName(name, workshopId);
            String old = workshop(workshopId).name();
            workshops.rename(workshopId, name);
            audit.append(workshopId, actor, AuditKind.WORKSHOP_RENAMED, workshopId,
                    Map.of("from", old, "to", name.strip()));
        });
    }

    /** Removes the workshop with everything in it; refused once any of its agreements was signed by both. */
    public void delete(long workshopId, Actor actor) {
        store.inTransaction(() -> {
            String name = workshop(workshopId).name();
            int signed = agreements.signedInWorkshop(workshopId);
            if (signed > 0) {
                throw new RuleViolation("\u201C" + name + "\u201D cannot be deleted: " + (signed == 1
                        ? "one of its agreements was" : signed + " of its agreements were") + " signed by both "
                        + "parties, and the register keeps every signed agreement.");
            }
            agreements.deleteDraftsOfWorkshop(workshopId);
            workshops.delete(workshopId);
            audit.append(workshopId, actor, AuditKind.WORKSHOP_DELETED, workshopId, Map.of("name", name));
        });
    }

    public Workshop workshop(long workshopId) {
        return workshops.find(workshopId)
                .orElseThrow(() -> new RuleViolation("Workshop " + workshopId + " does not exist."));
    }

    /** Finds a workshop by exact name (ignoring case) or by id, as the command line names it. */
    public Workshop resolve(String nameOrId) {
        String key = nameOrId.strip();
        var byName = workshops.findByName(key);
        if (byName.isPresent()) {
            return byName.get();
        }
        if (key.matches("\\d{1,18}")) {
            var byId = workshops.find(Long.parseLong(key));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        throw new RuleViolation("No workshop is named or numbered \"" + key + "\". "
                + "Run the workshops command to list them.");
    }

    public List<Party> parties(long workshopId) {
        return parties.forWorkshop(workshopId);
    }

    /** Finds a party of the workshop by role label, display name or seat number (1 or 2), ignoring case. */
    public Party resolveParty(long workshopId, String name) {
        String key = name.strip();
        List<Party> both = parties.forWorkshop(workshopId);
        return both.stream().filter(p -> p.roleLabel().equalsIgnoreCase(key)).findFirst()
                .or(() -> both.stream().filter(p -> p.displayName().equalsIgnoreCase(key)).findFirst())
                .or(() -> both.stream().filter(p -> Integer.toString(p.seat().number()).equals(key)).findFirst())
                .orElseThrow(() -> new RuleViolation("The workshop has no party called \"" + key + "\"; its parties are "
                        + both.stream().map(Party::roleLabel).toList() + "."));
    }

    public List<ValueCriterion> criteria(long workshopId) {
        return criteria.forWorkshop(workshopId);
    }

    /** Renames a party; the two role labels must differ because they name the register's columns. */
    public Party renameParty(Party party, String displayName, String roleLabel, Actor actor) {
        String problem = NameRules.displayNameProblem(displayName);
        if (problem != null) {
            throw new RuleViolation("displayName", problem);
        }
        problem = NameRules.roleLabelProblem(roleLabel);
        if (problem != null) {
            throw new RuleViolation("roleLabel", problem);
        }
        return store.inTransaction(() -> {
            for (Party other : parties.forWorkshop(party.workshopId())) {
                if (other.id() != party.id() && other.roleLabel().equalsIgnoreCase(roleLabel.strip())) {
                    throw new RuleViolation("roleLabel", "The other party is already labelled "
                            + other.roleLabel() + "; give each party its own role label.");
                }
            }
            parties.updateNames(party.id(), displayName, roleLabel);
            audit.append(party.workshopId(), actor, AuditKind.PARTY_RENAMED, party.id(), Map.of(
                    "from", party.label(), "to", party.withNames(displayName.strip(), roleLabel.strip()).label()));
            return party.withNames(displayName.strip(), roleLabel.strip());
        });
    }

    /**
     * Replaces the workshop's value criteria. Allowed only before anyone scores: afterwards every
     * assessment must stay comparable with every other.
     */
    public List<ValueCriterion> updateCriteria(long workshopId, List<CriterionDraft> drafts, Actor actor) {
        String problem = CriterionDraft.problem(drafts);
        if (problem != null) {
            throw new RuleViolation("criteria", problem);
        }
        return store.inTransaction(() -> {
            if (assessments.anyInWorkshop(workshopId)) {
                throw new RuleViolation("criteria", "The value criteria are fixed once scoring has started, so that "
                        + "every assessment is scored on the same criteria.");
            }
            List<ValueCriterion> existing = criteria.forWorkshop(workshopId);
            for (ValueCriterion old : existing) {
                if (drafts.stream().noneMatch(d -> d.id() != null && d.id() == old.id())) {
                    criteria.delete(old.id());
                }
            }
            // Positions first move out of the way, so that reordering never collides with itself.
            int position = 1000;
            for (CriterionDraft draft : drafts) {
                if (draft.id() != null) {
                    criteria.update(new ValueCriterion(draft.id(), ++position, "tmp-" + position, draft.weight()));
                }
            }
            position = 0;
            for (CriterionDraft draft : drafts) {
                position++;
                if (draft.id() == null) {
                    criteria.insert(workshopId, position, draft.name(), draft.weight());
                } else {
                    criteria.update(new ValueCriterion(draft.id(), position, draft.name().strip(), draft.weight()));
                }
            }
            List<ValueCriterion> saved = criteria.forWorkshop(workshopId);
            audit.append(workshopId, actor, AuditKind.CRITERIA_CHANGED, workshopId, Map.of("criteria",
                    saved.stream().map(c -> c.name() + " (weight " + c.weight() + ")").toList()));
            return saved;
        });
    }

    /** Sets or changes the party's PIN; when it has one, the current PIN must be given. */
    public Party setPin(Party party, String currentPin, String newPin) {
        String problem = PinRules.problem(newPin);
        if (problem != null) {
            throw new RuleViolation("pin", problem);
        }
        return store.inTransaction(() -> {
            requireCurrentPin(party, currentPin);
            parties.setPinHash(party.id(), PinRules.hash(newPin));
            audit.append(party.workshopId(), Actor.of(party), AuditKind.PIN_SET, party.id(), Map.of());
            return party.withPin(true);
        });
    }

    public Party clearPin(Party party, String currentPin) {
        return store.inTransaction(() -> {
            requireCurrentPin(party, currentPin);
            parties.setPinHash(party.id(), null);
            audit.append(party.workshopId(), Actor.of(party), AuditKind.PIN_CLEARED, party.id(), Map.of());
            return party.withPin(false);
        });
    }

    /** The outcome of a PIN check: accepted, or refused with the wait before the next try. */
    public record PinCheck(boolean accepted, long secondsToWait, int triesLeft, String message) {
    }

    /**
     * Checks the PIN a party typed at the handover. Five wrong PINs in a row make the next try wait
     * thirty seconds. A party without a PIN is always accepted.
     */
    public synchronized PinCheck checkPin(Party party, String pin) {
        return store.inTransaction(() -> {
            // The count lives in the store: restarting Parley does not cut the wait short.
            PinGuard guard = parties.pinGuard(party.id());
            long wait = secondsLeft(guard);
            if (wait > 0) {
                return new PinCheck(false, wait, guard.triesLeft(), "Too many wrong PINs. Wait " + wait
                        + " seconds, then try again.");
            }
            String hash = parties.pinHash(party.id());
            if (hash == null || PinRules.matches(pin, hash)) {
                guard.succeeded();
                parties.savePinGuard(party.id(), guard);
                return new PinCheck(true, 0, PinGuard.ALLOWED_FAILURES, "");
            }
            guard.failed(store.now());
            parties.savePinGuard(party.id(), guard);
            long next = secondsLeft(guard);
            if (next > 0) {
                return new PinCheck(false, next, 0, "Wrong PIN. That was the fifth in a row: wait " + next
                        + " seconds before the next try.");
            }
            return new PinCheck(false, 0, guard.triesLeft(), "Wrong PIN. " + guard.triesLeft()
                    + (guard.triesLeft() == 1 ? " try left" : " tries left") + " before a 30-second wait.");
        });
    }

    private long secondsLeft(PinGuard guard) {
        return (long) Math.ceil(guard.waitLeft(store.now()).toMillis() / 1000.0);
    }

    private void requireCurrentPin(Party party, String currentPin) {
        String hash = parties.pinHash(party.id());
        if (hash != null && (currentPin == null || !PinRules.matches(currentPin, hash))) {
            throw new RuleViolation("currentPin", "The current PIN of " + party.label() + " is not right.");
        }
    }

    private void checkName(String name, long exceptId) {
        String problem = NameRules.workshopNameProblem(name);
        if (problem != null) {
            throw new RuleViolation("name", problem);
        }
        workshops.findByName(name).filter(w -> w.id() != exceptId).ifPresent(w -> {
            throw new RuleViolation("name", "A workshop named \"" + w.name() + "\" already exists; choose another name.");
        });
        if (name.strip().toLowerCase(Locale.ROOT).equals("agreed")) {
            throw new RuleViolation("name", "\"agreed\" is reserved by the command line; choose another name.");
        }
    }
}
