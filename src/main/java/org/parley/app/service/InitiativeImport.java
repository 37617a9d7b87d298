package org.parley.app.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.Actor;
import org.parley.domain.AuditKind;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.RuleViolation;
import org.parley.exchange.ExchangeCancelledException;
import org.parley.exchange.ExchangeProgress;
import org.parley.exchange.InitiativeImportPlan;
import org.parley.store.AssessmentRepository;
import org.parley.store.AuditLog;
import org.parley.store.InitiativeRepository;
import org.parley.store.Store;

/**
 * Applying a checked initiatives file to a workshop: a chunk at a time from the file read again, in one
 * transaction, with the changes to initiatives already scored held to the rule that both parties agree.
 */
final class InitiativeImport {

    private final Store store;
    private final InitiativeService initiativeService;
    private final AssessmentRepository assessments;
    private final InitiativeRepository initiatives;
    private final AuditLog audit;

    InitiativeImport(Store store, InitiativeService initiativeService) {
        this.store = store;
        this.initiativeService = initiativeService;
        this.assessments = new AssessmentRepository(store);
        this.initiatives = new InitiativeRepository(store);
        this.audit = new AuditLog(store);
    }

    /**
     * Applies a checked plan in one transaction: every row or none. A cancel midway rolls everything back.
     * Updates keep the fields the file did not have. A plan with nothing in it changes nothing and records
     * nothing: an event of "0 added, 0 updated" would only say that a file was opened. The file is read again and
     * written in chunks, so that memory does not grow with it; a file changed since it was checked is refused.
     */
    ExchangeService.ImportResult apply(long workshopId, InitiativeImportPlan plan, Consent consent,
                                       ExchangeProgress progress) {
        if (plan.rejected()) {
            throw new RuleViolation(plan.summary());
        }
        if (plan.isEmpty()) {
            return new ExchangeService.ImportResult(0, 0);
        }
        Actor actor = consent.actor();
        return store.inTransaction(() -> {
            long total = (long) plan.addCount() + plan.updateCount();
            long[] done = {0};
            forEachChunk(plan, new InitiativeImportPlan.Chunks() {
                @Override
                public void additions(List<InitiativeDraft> drafts) {
                    checkCancelled(progress);
                    initiatives.insertAll(workshopId, drafts);
                    progress.update(done[0] += drafts.size(), total);
                }

                @Override
                public void updates(List<InitiativeImportPlan.Update> updates) {
                    checkCancelled(progress);
                    Changes changes = changes(workshopId, updates, true);
                    try {
                        initiativeService.requireChangeable(changes.before(), consent, "change");
                    } catch (RuleViolation e) {
                        throw new RuleViolation(e.field(), e.getMessage() + " Nothing was imported.", e);
                    }
                    initiatives.updateAll(changes.after());
                    progress.update(done[0] += updates.size(), total);
                }
            }, progress);
            checkCancelled(progress);
            audit.append(workshopId, actor, AuditKind.INITIATIVES_IMPORTED, workshopId,
                    Map.of("added", plan.addCount(), "updated", plan.updateCount()));
            return new ExchangeService.ImportResult(plan.addCount(), plan.updateCount());
        });
    }

    /** Rows handed over a chunk at a time, {@link ExchangeService#CHUNK} to a statement. */
    private static void forEachChunk(InitiativeImportPlan plan, InitiativeImportPlan.Chunks chunks,
                                     ExchangeProgress progress) {
        ExchangeService.read(plan.file(), () -> {
            plan.forEachChunk(ExchangeService.CHUNK, chunks, progress);
            return null;
        });
    }

    /**
     * The updates that would change their initiative, in file order: the initiatives as they are and as they would
     * be. An update of an initiative that is gone or in another workshop fails the import when {@code strict}, else
     * is left out.
     */
    private Changes changes(long workshopId, List<InitiativeImportPlan.Update> updates, boolean strict) {
        Map<Long, Initiative> current = initiatives.findAll(updates.stream().map(InitiativeImportPlan.Update::id)
                .toList());
        List<Initiative> before = new ArrayList<>();
        Map<Long, InitiativeDraft> after = new LinkedHashMap<>();
        for (InitiativeImportPlan.Update update : updates) {
            Initiative initiative = current.get(update.id());
            if (initiative == null || initiative.workshopId() != workshopId) {
                if (strict) {
                    throw new RuleViolation("Initiative " + update.id()
                            + " is no longer in this workshop; nothing was imported.");
                }
                continue;
            }
            InitiativeDraft changed = update.applyTo(initiative.toDraft());
            if (initiativeService.wouldChange(initiative, changed)) {
                before.add(initiative);
                after.put(update.id(), changed);
            }
        }
        return new Changes(before, after);
    }

    /** Initiatives an import changes, as they are and, by id, as they will be. */
    private record Changes(List<Initiative> before, Map<Long, InitiativeDraft> after) {
    }

    /**
     * How many initiatives applying the plan would change once scoring has started in the workshop: changing
     * them needs both parties (see {@link InitiativeService#update}); 0 before scoring starts. Reads a plan's file
     * again then, so call it off the FX thread.
     */
    int changesNeedingBoth(long workshopId, InitiativeImportPlan plan) {
        if (plan.updateCount() == 0 || !assessments.anyInWorkshop(workshopId)) {
            return 0;
        }
        int[] changes = {0};
        forEachChunk(plan, new InitiativeImportPlan.Chunks() {
            @Override
            public void additions(List<InitiativeDraft> drafts) {
            }

            @Override
            public void updates(List<InitiativeImportPlan.Update> updates) {
                changes[0] += changes(workshopId, updates, false).before().size();
            }
        }, ExchangeProgress.NONE);
        return changes[0];
    }

    private static void checkCancelled(ExchangeProgress progress) {
        if (progress.cancelled()) {
            throw new ExchangeCancelledException("Import cancelled; nothing was imported.");
        }
    }
}
