package org.parley.app.service;

import java.util.List;
import java.util.Locale;
import org.parley.domain.NameRules;
import org.parley.domain.Party;
import org.parley.domain.RuleViolation;
import org.parley.domain.Seat;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.domain.WorkshopSummary;
import org.parley.store.CriterionRepository;
import org.parley.store.PartyRepository;
import org.parley.store.Store;
import org.parley.store.WorkshopRepository;

/** Creating, naming and removing workshops, and naming their parties. */
public final class WorkshopService {

    private final Store store;
    private final WorkshopRepository workshops;
    private final PartyRepository parties;
    private final CriterionRepository criteria;

    public WorkshopService(Store store) {
        this.store = store;
        this.workshops = new WorkshopRepository(store);
        this.parties = new PartyRepository(store);
        this.criteria = new CriterionRepository(store);
    }

    public List<WorkshopSummary> workshops() {
        return workshops.summaries();
    }

    /** A new workshop with the default parties (CISO, CTO) and the four default criteria, equally weighted. */
    public Workshop create(String name) {
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
            return workshop;
        });
    }

    public void rename(long workshopId, String name) {
        store.inTransaction(() -> {
            checkName(name, workshopId);
            workshops.rename(workshopId, name);
        });
    }

    public void delete(long workshopId) {
        workshops.delete(workshopId);
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

    public List<ValueCriterion> criteria(long workshopId) {
        return criteria.forWorkshop(workshopId);
    }

    /** Renames a party; the two role labels must differ because they name the register's columns. */
    public Party renameParty(Party party, String displayName, String roleLabel) {
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
            return party.withNames(displayName.strip(), roleLabel.strip());
        });
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
