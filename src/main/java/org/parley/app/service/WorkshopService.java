package org.parley.app.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.domain.Actor;
import org.parley.domain.AuditKind;
import org.parley.domain.CriterionDraft;
import org.parley.domain.NameRules;
import org.parley.domain.Party;
import org.parley.domain.PinGuard;
import org.parley.domain.PinRules;
import org.parley.domain.RuleViolation;
import org.parley.domain.SealVerification;
import org.parley.domain.Seat;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.domain.WorkshopSummary;
import org.parley.store.AgreementRepository;
import org.parley.store.AssessmentRepository;
import org.parley.store.AuditLog;
import org.parley.store.CriterionRepository;
import org.parley.store.PartyRepository;
import org.parley.store.Leases;
import org.parley.store.Store;
import org.parley.store.WorkshopRepository;

/** Creating, naming and removing workshops; their parties, PINs and value criteria. */
public final class WorkshopService {

    public static final int MAX_IDLE_LOCK_MINUTES = 240;

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
    public Workshop create(String name, Consent consent) {
        Actor actor = consent.actor();
        return store.inTransaction(() -> {
            checkName(name, -1);
            Workshop workshop = workshops.insert(name);
            Map<String, String> labels = new LinkedHashMap<>();
            for (Seat seat : Seat.values()) {
                Party party = parties.insert(workshop.id(), seat, seat.defaultRole(), seat.defaultRole(),
                        seat.defaultColour());
                labels.put(Long.toString(party.id()), party.label());
            }
            int position = 0;
            for (String criterion : ValueCriterion.DEFAULT_NAMES) {
                criteria.insert(workshop.id(), ++position, criterion, 1.0);
            }
            // The parties' names and the criteria are recorded, so that verify sees them changed behind Parley's back.
            audit.append(workshop.id(), actor, AuditKind.WORKSHOP_CREATED, workshop.id(), Map.of("name", workshop.name(),
                    SealVerification.LABELS, labels,
                    SealVerification.CRITERIA, criteriaText(criteria.forWorkshop(workshop.id()))));
            return workshop;
        });
    }

    public void rename(long workshopId, String name, Consent consent) {
        Actor actor = consent.actor();
        store.inTransaction(() -> {
            checkName(name, workshopId);
            String old = workshop(workshopId).name();
            workshops.rename(workshopId, name);
            audit.append(workshopId, actor, AuditKind.WORKSHOP_RENAMED, workshopId,
                    Map.of("from", old, "to", name.strip()));
        });
    }

    /**
     * Whether the workshop may be deleted, whose consent that needs and what would go with it: a question anyone
     * may ask, so the window can refuse before asking the person to confirm. {@link #delete} applies the same rule.
     */
    public Deletion deletion(long workshopId) {
        return store.inTransaction(() -> {
            String name = workshop(workshopId).name();
            int signed = agreements.signedInWorkshop(workshopId);
            String refusal = signed == 0 ? null : "\u201C" + name + "\u201D cannot be deleted: " + (signed == 1
                    ? "one of its agreements was" : signed + " of its agreements were") + " signed by both "
                    + "parties, and the register keeps every signed agreement.";
            int drafts = (int) agreements.forWorkshop(workshopId).stream().filter(a -> a.isDraft()).count();
            return new Deletion(refusal, assessments.anyInWorkshop(workshopId),
                    workshops.summaries().stream().filter(w -> w.id() == workshopId)
                            .mapToInt(WorkshopSummary::initiativeCount).sum(), drafts,
                    "delete \u201C" + name + "\u201D, which has assessments");
        });
    }

    /**
     * Removes the workshop with everything in it; refused once any of its agreements was signed by both, and
     * needs both parties once anyone has submitted an assessment in it.
     */
    public void delete(long workshopId, Consent consent) {
        Actor actor = consent.actor();
        store.inTransaction(() -> {
            // Before anything is removed: another session changing the workshop refuses its deletion.
            new Leases(store).claim(workshopId);
            Deletion deletion = deletion(workshopId);
            if (deletion.refused()) {
                throw new RuleViolation(deletion.refusal());
            }
            if (deletion.needsBoth()) {
                ConsentRule.requireBoth(consent, workshopId, deletion.decision());
            }
            String name = workshop(workshopId).name();
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

    /**
     * Renames a party: the party itself, or both together, since the names stand in the register and its columns.
     * The two role labels must differ because they name the register's columns.
     */
    public Party renameParty(Party party, String displayName, String roleLabel, Consent consent) {
        if (!consent.includes(party)) {
            // Its own name a party changes alone; the other's only with both.
            ConsentRule.requireBoth(consent, party.workshopId(), "rename " + party.label());
        }
        Actor actor = consent.actor();
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
     * Replaces the workshop's value criteria. Before anyone scores, anyone may; afterwards only both parties
     * together may rename or reweigh them, and none may be added or removed, so that every assessment stays
     * scored on the same criteria.
     */
    public List<ValueCriterion> updateCriteria(long workshopId, List<CriterionDraft> drafts, Consent consent) {
        String problem = CriterionDraft.problem(drafts);
        if (problem != null) {
            throw new RuleViolation("criteria", problem);
        }
        Actor actor = consent.actor();
        return store.inTransaction(() -> {
            if (assessments.anyInWorkshop(workshopId)) {
                ConsentRule.requireBoth(consent, workshopId, "change the value criteria once scoring has started");
                Set<Long> kept = new HashSet<>();
                drafts.forEach(d -> kept.add(d.id()));
                Set<Long> existing = new HashSet<>();
                criteria.forWorkshop(workshopId).forEach(c -> existing.add(c.id()));
                if (!kept.equals(existing)) {
                    throw new RuleViolation("criteria", "Once scoring has started, criteria can be renamed and "
                            + "reweighed but not added or removed, so that every assessment is scored on the same "
                            + "criteria.");
                }
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
            audit.append(workshopId, actor, AuditKind.CRITERIA_CHANGED, workshopId,
                    Map.of(SealVerification.CRITERIA, criteriaText(saved)));
            return saved;
        });
    }

    /** Minutes without input before the window covers itself until the party at the laptop gives its PIN; 0 for never. */
    public int idleLockMinutes(long workshopId) {
        return workshops.idleLockMinutes(workshopId);
    }

    /** Sets the idle lock: either party may, since it guards the screen of whoever is at the laptop. */
    public void setIdleLockMinutes(long workshopId, int minutes, Consent consent) {
        ConsentRule.requireAnyParty(consent, workshopId, "change the idle lock");
        if (minutes < 0 || minutes > MAX_IDLE_LOCK_MINUTES) {
            throw new RuleViolation("idleLock", "The idle lock is 0 (never) to " + MAX_IDLE_LOCK_MINUTES + " minutes.");
        }
        store.inTransaction(() -> {
            workshops.setIdleLockMinutes(workshopId, minutes);
            audit.append(workshopId, consent.actor(), AuditKind.SETTINGS_CHANGED, workshopId,
                    Map.of("idleLockMinutes", minutes));
        });
    }

    /** The ISO 4217 code the workshop's loss amounts are in: EUR unless both parties chose another. */
    public String currency(long workshopId) {
        return workshops.currency(workshopId);
    }

    /**
     * Sets the currency of the loss amounts, three upper-case letters such as EUR or USD. Both parties, since every
     * estimate and tolerance of either is read in it; nothing is converted.
     */
    public void setCurrency(long workshopId, String currency, Consent consent) {
        ConsentRule.requireBoth(consent, workshopId, "change the currency");
        String code = currency == null ? "" : currency.strip();
        if (!code.matches("[A-Z]{3}")) {
            throw new RuleViolation("currency", "A currency is three upper-case letters, such as EUR or USD, not \""
                    + code + "\".");
        }
        store.inTransaction(() -> {
            workshops.setCurrency(workshopId, code);
            audit.append(workshopId, consent.actor(), AuditKind.SETTINGS_CHANGED, workshopId, Map.of("currency", code));
        });
    }

    /** The criteria as the audit log records them: "Growth (weight 1.0)", in their order. */
    static List<String> criteriaText(List<ValueCriterion> criteria) {
        return criteria.stream().map(c -> c.name() + " (weight " + c.weight() + ")").toList();
    }

    void checkName(String name, long exceptId) {
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
