package org.parley.app.service;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.parley.domain.Actor;
import org.parley.domain.AuditKind;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.RegisterRow;
import org.parley.domain.RuleViolation;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.exchange.CsvOptions;
import org.parley.exchange.ExchangeCancelledException;
import org.parley.exchange.ExchangeProgress;
import org.parley.exchange.InitiativeExporter;
import org.parley.exchange.InitiativeImportPlan;
import org.parley.exchange.InitiativeImporter;
import org.parley.exchange.ScoresImportPlan;
import org.parley.exchange.ScoresImporter;
import org.parley.exchange.RegisterExporter;
import org.parley.store.AssessmentRepository;
import org.parley.store.AuditLog;
import org.parley.store.InitiativeRepository;
import org.parley.store.Store;

/** CSV in and out: importing initiatives (checked first, applied all or nothing), exporting them and the register. */
public final class ExchangeService {

    private final Store store;
    private final WorkshopService workshops;
    private final InitiativeService initiativeService;
    private final AssessmentRepository assessments;
    private final RegisterService register;
    private final InitiativeRepository initiatives;
    private final AuditLog audit;

    public ExchangeService(Store store, WorkshopService workshops, InitiativeService initiativeService,
                           RegisterService register) {
        this.store = store;
        this.workshops = workshops;
        this.initiativeService = initiativeService;
        this.assessments = new AssessmentRepository(store);
        this.register = register;
        this.initiatives = new InitiativeRepository(store);
        this.audit = new AuditLog(store);
    }

    /** Reads and checks an initiatives file against a workshop; writes nothing. */
    public InitiativeImportPlan previewInitiatives(long workshopId, Path file, ExchangeProgress progress) {
        Set<Long> ids = new HashSet<>();
        initiatives.forWorkshop(workshopId).forEach(i -> ids.add(i.id()));
        return read(file, () -> InitiativeImporter.parse(file, ids, progress));
    }

    /** Reads and checks one party's scores file against a workshop's initiatives and criteria; writes nothing. */
    public ScoresImportPlan previewScores(long workshopId, Path file, ExchangeProgress progress) {
        List<Initiative> all = initiatives.forWorkshop(workshopId);
        List<ValueCriterion> criteria = workshops.criteria(workshopId);
        return read(file, () -> ScoresImporter.parse(file, all, criteria, progress));
    }

    /**
     * Applies a checked plan in one transaction: every row or none. A cancel midway rolls everything back.
     * Updates keep the fields the file did not have. A plan with nothing in it changes nothing and records
     * nothing: an event of "0 added, 0 updated" would only say that a file was opened.
     */
    public ImportResult applyInitiatives(long workshopId, InitiativeImportPlan plan, Consent consent,
                                         ExchangeProgress progress) {
        if (plan.rejected()) {
            throw new RuleViolation(plan.summary());
        }
        if (plan.isEmpty()) {
            return new ImportResult(0, 0);
        }
        Actor actor = consent.actor();
        return store.inTransaction(() -> {
            long total = plan.additions().size() + plan.updates().size();
            long done = 0;
            for (InitiativeDraft draft : plan.additions()) {
                checkCancelled(progress);
                initiatives.insert(workshopId, draft);
                progress.update(++done, total);
            }
            for (InitiativeImportPlan.Update update : plan.updates()) {
                checkCancelled(progress);
                Initiative current = initiatives.find(update.id())
                        .filter(i -> i.workshopId() == workshopId)
                        .orElseThrow(() -> new RuleViolation("Initiative " + update.id()
                                + " is no longer in this workshop; nothing was imported."));
                InitiativeDraft changed = update.applyTo(current.toDraft());
                if (initiativeService.wouldChange(current, changed)) {
                    try {
                        initiativeService.requireChangeable(current, consent, "change");
                    } catch (RuleViolation e) {
                        throw new RuleViolation(e.field(), e.getMessage() + " Nothing was imported.");
                    }
                    initiatives.update(update.id(), changed);
                }
                progress.update(++done, total);
            }
            checkCancelled(progress);
            audit.append(workshopId, actor, AuditKind.INITIATIVES_IMPORTED, workshopId,
                    Map.of("added", plan.addCount(), "updated", plan.updateCount()));
            return new ImportResult(plan.addCount(), plan.updateCount());
        });
    }

    /** How many initiatives an import added and updated. */
    public record ImportResult(int added, int updated) {

        public String describe() {
            return added + (added == 1 ? " initiative" : " initiatives") + " added, " + updated + " updated";
        }
    }

    /**
     * How many initiatives applying the plan would change once scoring has started in the workshop: changing
     * them needs both parties (see {@link InitiativeService#update}); 0 before scoring starts.
     */
    public int changesNeedingBoth(long workshopId, InitiativeImportPlan plan) {
        if (!assessments.anyInWorkshop(workshopId)) {
            return 0;
        }
        // The workshop's initiatives read once, not once per row of the file.
        Map<Long, Initiative> byId = new HashMap<>();
        initiatives.forWorkshop(workshopId).forEach(i -> byId.put(i.id(), i));
        int changes = 0;
        for (InitiativeImportPlan.Update update : plan.updates()) {
            Initiative current = byId.get(update.id());
            changes += current != null && initiativeService.wouldChange(current, update.applyTo(current.toDraft()))
                    ? 1 : 0;
        }
        return changes;
    }

    /**
     * The command line's import: into the workshop of that name or id, created with the default parties
     * and criteria when none has that name. A rejected file creates nothing, nor does a file without rows, nor,
     * unless {@code allowMultiline}, a file with a cell that looks like an unclosed quote swallowed lines
     * ({@link ImportOutcome#result} is null then). {@code consentFor} is asked for the consent to apply the plan, given
     * the workshop and how many of its changes need both parties.
     */
    public ImportOutcome importInitiatives(String workshopName, Path file, boolean allowMultiline,
                                           BiFunction<Workshop, Integer, Consent> consentFor) {
        Workshop existing = workshops.workshops().stream()
                .filter(w -> w.name().equalsIgnoreCase(workshopName.strip())
                        || Long.toString(w.id()).equals(workshopName.strip()))
                .findFirst().map(w -> workshops.workshop(w.id())).orElse(null);
        Set<Long> ids = new HashSet<>();
        if (existing != null) {
            initiatives.forWorkshop(existing.id()).forEach(i -> ids.add(i.id()));
        }
        InitiativeImportPlan plan = read(file, () -> InitiativeImporter.parse(file, ids, ExchangeProgress.NONE));
        if (plan.rejected() || plan.isEmpty() || plan.findings().hasWarnings() && !allowMultiline) {
            return new ImportOutcome(existing, false, plan, null);
        }
        Consent consent = consentFor.apply(existing, existing == null ? 0 : changesNeedingBoth(existing.id(), plan));
        return store.inTransaction(() -> {
            Workshop target = existing != null ? existing : workshops.create(workshopName, consent);
            ImportResult result = applyInitiatives(target.id(), plan, consent, ExchangeProgress.NONE);
            return new ImportOutcome(target, existing == null, plan, result);
        });
    }

    /** What the command line's import did: the plan, and the result when it was applied. */
    public record ImportOutcome(Workshop workshop, boolean created, InitiativeImportPlan plan, ImportResult result) {
    }

    /** Writes the workshop's initiatives in the import format, so they can be edited and imported back. */
    public int exportInitiatives(long workshopId, Path file, CsvOptions options, ExchangeProgress progress) {
        List<Initiative> all = initiatives.forWorkshop(workshopId);
        write(file, () -> {
            InitiativeExporter.export(file, all, options, progress);
            return null;
        });
        return all.size();
    }

    /**
     * Writes the workshop's risk register (design.md, "CSV contracts"): one row per initiative with a current
     * signed agreement or, with {@code includeUnagreed}, per initiative. Records who exported how many rows to
     * which file name; a cancelled or failed export writes nothing and records nothing.
     *
     * @return the number of rows written, the header not counted
     */
    public int exportRegister(long workshopId, Path file, boolean includeUnagreed, CsvOptions options,
                              ExchangeProgress progress, Actor actor) {
        if (Files.isDirectory(file)) {
            throw new RuleViolation(file.toAbsolutePath() + " is a folder. Name a file in it, such as "
                    + file.toAbsolutePath().resolve("register.csv") + ".");
        }
        Workshop workshop = workshops.workshop(workshopId);
        List<Party> parties = workshops.parties(workshopId);
        List<RegisterRow> rows = register.rows(workshopId);
        int written = write(file, () -> RegisterExporter.export(file, workshop.name(), parties, rows, includeUnagreed,
                options, progress));
        audit.append(workshopId, actor, AuditKind.REGISTER_EXPORTED, workshopId,
                Map.of("rows", written, "all", includeUnagreed, "file", file.getFileName().toString()));
        return written;
    }

    private static void checkCancelled(ExchangeProgress progress) {
        if (progress.cancelled()) {
            throw new ExchangeCancelledException("Import cancelled; nothing was imported.");
        }
    }

    /** Work on a file the person named. */
    interface FileWork<T> {
        T run() throws IOException;
    }

    static <T> T read(Path file, FileWork<T> work) {
        try {
            return work.run();
        } catch (NoSuchFileException e) {
            throw new RuleViolation("There is no file " + file.toAbsolutePath() + ". Check the path and try again.");
        } catch (AccessDeniedException e) {
            throw new RuleViolation("Parley may not read " + file.toAbsolutePath() + " (permission denied).");
        } catch (IOException e) {
            throw new RuleViolation("Could not read " + file.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    static <T> T write(Path file, FileWork<T> work) {
        try {
            return work.run();
        } catch (NoSuchFileException e) {
            throw new RuleViolation("The folder of " + file.toAbsolutePath() + " does not exist. Choose another place.");
        } catch (AccessDeniedException e) {
            throw new RuleViolation("Parley may not write " + file.toAbsolutePath()
                    + " (permission denied). Choose another place.");
        } catch (IOException e) {
            throw new RuleViolation("Could not write " + file.toAbsolutePath() + ": " + e.getMessage());
        }
    }
}
