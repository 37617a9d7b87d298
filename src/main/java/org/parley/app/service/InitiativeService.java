package org.parley.app.service;

import java.util.List;
import java.util.Map;
import org.parley.domain.Actor;
import org.parley.domain.AuditKind;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.InitiativeRules;
import org.parley.domain.RuleViolation;
import org.parley.store.AgreementRepository;
import org.parley.store.AuditLog;
import org.parley.store.InitiativeRepository;
import org.parley.store.Store;

/** Adding, changing and removing the initiatives of a workshop. */
public final class InitiativeService {

    private final Store store;
    private final InitiativeRepository initiatives;
    private final AgreementRepository agreements;
    private final AuditLog audit;

    public InitiativeService(Store store) {
        this.store = store;
        this.initiatives = new InitiativeRepository(store);
        this.agreements = new AgreementRepository(store);
        this.audit = new AuditLog(store);
    }

    public List<Initiative> initiatives(long workshopId) {
        return initiatives.forWorkshop(workshopId);
    }

    public Initiative add(long workshopId, InitiativeDraft draft, Actor actor) {
        requireTitle(draft);
        return store.inTransaction(() -> {
            Initiative added = initiatives.insert(workshopId, draft);
            audit.append(workshopId, actor, AuditKind.INITIATIVE_ADDED, added.id(), Map.of("title", added.title()));
            return added;
        });
    }

    public Initiative update(long initiativeId, InitiativeDraft draft, Actor actor) {
        requireTitle(draft);
        return store.inTransaction(() -> {
            Initiative before = initiatives.find(initiativeId).orElseThrow(() -> new RuleViolation(
                    "Initiative " + initiativeId + " no longer exists; it may have been deleted."));
            Initiative after = initiatives.update(initiativeId, draft);
            audit.append(after.workshopId(), actor, AuditKind.INITIATIVE_EDITED, initiativeId,
                    Map.of("title", after.title(), "changed", changedFields(before, after)));
            return after;
        });
    }

    /** Removes the initiative; refused once any version of its agreement was signed by both. */
    public void delete(long initiativeId, Actor actor) {
        store.inTransaction(() -> {
            Initiative before = initiatives.find(initiativeId).orElseThrow(() -> new RuleViolation(
                    "Initiative " + initiativeId + " no longer exists; it may have been deleted."));
            if (agreements.signedForInitiative(initiativeId) > 0) {
                throw new RuleViolation("\u201C" + before.title() + "\u201D cannot be deleted: its agreement was "
                        + "signed by both parties, and the register keeps every signed agreement.");
            }
            agreements.deleteDrafts(initiativeId);
            initiatives.delete(initiativeId);
            audit.append(before.workshopId(), actor, AuditKind.INITIATIVE_DELETED, initiativeId,
                    Map.of("title", before.title()));
        });
    }

    private static List<String> changedFields(Initiative before, Initiative after) {
        List<String> changed = new java.util.ArrayList<>();
        if (!before.title().equals(after.title())) {
            changed.add("title");
        }
        if (!before.description().equals(after.description())) {
            changed.add("description");
        }
        if (!before.category().equals(after.category())) {
            changed.add("category");
        }
        if (!before.sponsor().equals(after.sponsor())) {
            changed.add("sponsor");
        }
        if (!sameCost(before.estimatedCost(), after.estimatedCost())) {
            changed.add("estimated_cost");
        }
        if (!before.tags().equals(after.tags())) {
            changed.add("tags");
        }
        return changed;
    }

    private static boolean sameCost(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void requireTitle(InitiativeDraft draft) {
        String problem = InitiativeRules.titleProblem(draft.title());
        if (problem != null) {
            throw new RuleViolation("title", problem);
        }
    }
}
