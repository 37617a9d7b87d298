package org.parley.app.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.domain.Actor;
import org.parley.domain.AuditKind;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.InitiativeRules;
import org.parley.domain.RuleViolation;
import org.parley.store.AgreementRepository;
import org.parley.store.AssessmentRepository;
import org.parley.store.AuditLog;
import org.parley.store.InitiativeRepository;
import org.parley.store.Store;

/** Adding, changing and removing the initiatives of a workshop. */
public final class InitiativeService {

    /** Follows the verb in what both parties agree to: "delete an initiative once scoring has started". */
    private static final String SCORING_STARTED = " an initiative once scoring has started";

    private final Store store;
    private final InitiativeRepository initiatives;
    private final AgreementRepository agreements;
    private final AssessmentRepository assessments;
    private final AuditLog audit;

    public InitiativeService(Store store) {
        this.store = store;
        this.initiatives = new InitiativeRepository(store);
        this.agreements = new AgreementRepository(store);
        this.assessments = new AssessmentRepository(store);
        this.audit = new AuditLog(store);
    }

    public List<Initiative> initiatives(long workshopId) {
        return initiatives.forWorkshop(workshopId);
    }

    /** Adds an initiative: anyone at the laptop may, since nobody has scored it yet. */
    public Initiative add(long workshopId, InitiativeDraft draft, Consent consent) {
        requireTitle(draft);
        Actor actor = consent.actor();
        return store.inTransaction(() -> {
            Initiative added = initiatives.insert(workshopId, draft);
            audit.append(workshopId, actor, AuditKind.INITIATIVE_ADDED, added.id(), Map.of("title", added.title()));
            return added;
        });
    }

    /**
     * Adds many initiatives at once, as an import does: in batches of {@link ExchangeService#CHUNK}, with one event
     * for all of them rather than one each. Anyone at the laptop may, since nobody has scored them yet.
     */
    public void addAll(long workshopId, List<InitiativeDraft> drafts, Consent consent) {
        drafts.forEach(InitiativeService::requireTitle);
        Actor actor = consent.actor();
        store.inTransaction(() -> {
            for (int from = 0; from < drafts.size(); from += ExchangeService.CHUNK) {
                initiatives.insertAll(workshopId, drafts.subList(from, Math.min(drafts.size(),
                        from + ExchangeService.CHUNK)));
            }
            audit.append(workshopId, actor, AuditKind.INITIATIVES_IMPORTED, workshopId,
                    Map.of("added", drafts.size(), "updated", 0));
        });
    }

    /**
     * Changes an initiative. Once scoring has started in the workshop, what is scored changes only with both
     * parties; once an agreement on it was signed, never: the agreement holds the initiative as signed, and an
     * amendment is the way.
     */
    public Initiative update(long initiativeId, InitiativeDraft draft, Consent consent) {
        return update(initiativeId, draft, (Initiative) null, consent);
    }

    /**
     * As {@link #update(long, InitiativeDraft, Consent)}, for a form that read the initiative as {@code read}: refused
     * when it changed since, as another session on a shared server may have changed it, so that a save never quietly
     * undoes someone else's newer change.
     */
    public Initiative update(long initiativeId, InitiativeDraft draft, Initiative read, Consent consent) {
        requireTitle(draft);
        Actor actor = consent.actor();
        return store.inTransaction(() -> {
            Initiative before = find(initiativeId);
            if (read != null && !read.equals(before)) {
                throw new ChangedElsewhereException(before);
            }
            if (changedFields(before, draftApplied(before, draft)).isEmpty()) {
                return before;
            }
            requireChangeable(before, consent, "change");
            Initiative after = initiatives.update(initiativeId, draft);
            audit.append(after.workshopId(), actor, AuditKind.INITIATIVE_EDITED, initiativeId,
                    Map.of("title", after.title(), "changed", changedFields(before, after)));
            return after;
        });
    }

    /**
     * Removes the initiative: refused once any version of its agreement was signed by both, and needs both
     * parties once scoring has started in the workshop.
     */
    public void delete(long initiativeId, Consent consent) {
        Actor actor = consent.actor();
        store.inTransaction(() -> {
            Initiative before = find(initiativeId);
            requireChangeable(before, consent, "delete");
            agreements.deleteDrafts(initiativeId);
            initiatives.delete(initiativeId);
            audit.append(before.workshopId(), actor, AuditKind.INITIATIVE_DELETED, initiativeId,
                    Map.of("title", before.title()));
        });
    }

    /**
     * Whether the initiative may be deleted, whose consent that needs and what would go with it: a question anyone
     * may ask, so the window can refuse before asking the person to confirm. {@link #delete} applies the same rule.
     */
    public Deletion deletion(long initiativeId) {
        return store.inTransaction(() -> {
            Initiative initiative = find(initiativeId);
            return new Deletion(refusal(initiative, "delete"), assessments.anyInWorkshop(initiative.workshopId()), 0,
                    agreements.draft(initiativeId).isPresent() ? 1 : 0, "delete" + SCORING_STARTED);
        });
    }

    /**
     * The rule for changing or deleting an initiative: never once signed; with both parties once scoring has
     * started in the workshop; by anyone before. It asks whether the workshop is being scored, not whether this
     * initiative is: the answer must not tell one party which initiatives the other has scored.
     */
    void requireChangeable(Initiative initiative, Consent consent, String verb) {
        requireChangeable(List.of(initiative), consent, verb);
    }

    /**
     * The same rule for a batch of one workshop's initiatives, as an import changes them: refused as for the
     * first initiative that fails it, with a query for the batch rather than two for each initiative.
     */
    void requireChangeable(List<Initiative> batch, Consent consent, String verb) {
        if (batch.isEmpty()) {
            return;
        }
        Set<Long> signed = agreements.signedAmong(batch.stream().map(Initiative::id).toList());
        boolean consentChecked = false;
        for (Initiative initiative : batch) {
            if (signed.contains(initiative.id())) {
                throw new RuleViolation(refusal(initiative.title(), verb));
            }
            if (!consentChecked && assessments.anyInWorkshop(initiative.workshopId())) {
                ConsentRule.requireBoth(consent, initiative.workshopId(), verb + SCORING_STARTED);
            }
            consentChecked = true;
        }
    }

    /** Why no consent lets anyone {@code verb} the initiative, or null: its agreement was signed. */
    private String refusal(Initiative initiative, String verb) {
        if (agreements.signedForInitiative(initiative.id()) == 0) {
            return null;
        }
        return refusal(initiative.title(), verb);
    }

    private static String refusal(String title, String verb) {
        return "\u201C" + title + "\u201D cannot be " + verb + "d: its agreement was signed by both "
                + "parties on the initiative as it stands, and the register keeps every signed agreement. Amend the "
                + "agreement to record a change.";
    }

    private Initiative find(long initiativeId) {
        return initiatives.find(initiativeId).orElseThrow(() -> new RuleViolation(
                "Initiative " + initiativeId + " no longer exists; it may have been deleted."));
    }

    /** True when applying {@code draft} would change anything of {@code before}. */
    public boolean wouldChange(Initiative before, InitiativeDraft draft) {
        return !changedFields(before, draftApplied(before, draft)).isEmpty();
    }

    private static Initiative draftApplied(Initiative before, InitiativeDraft draft) {
        return new Initiative(before.id(), before.workshopId(), draft.title().strip(), draft.description(),
                draft.category(), draft.sponsor(), draft.estimatedCost(), draft.tags(), before.updatedAt());
    }

    private static List<String> changedFields(Initiative before, Initiative after) {
        List<String> changed = new ArrayList<>();
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

    private static boolean sameCost(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void requireTitle(InitiativeDraft draft) {
        String problem = InitiativeRules.titleProblem(draft.title());
        if (problem != null) {
            throw new RuleViolation("title", problem);
        }
    }
}
