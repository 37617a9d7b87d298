package org.parley.app.service;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.parley.domain.Actor;
import org.parley.domain.AuditKind;
import org.parley.domain.Initiative;
import org.parley.domain.Party;
import org.parley.domain.RegisterRow;
import org.parley.domain.RuleViolation;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.exchange.CsvOptions;
import org.parley.exchange.ExchangeProgress;
import org.parley.exchange.InitiativeExporter;
import org.parley.exchange.InitiativeImportPlan;
import org.parley.exchange.InitiativeImporter;
import org.parley.exchange.ScoresImportPlan;
import org.parley.exchange.ScoresImporter;
import org.parley.exchange.RegisterExporter;
import org.parley.store.AuditLog;
import org.parley.store.InitiativeRepository;
import org.parley.store.Store;

/**
 * CSV in and out: importing initiatives (checked first, applied all or nothing by {@link InitiativeImport}),
 * checking a scores file, exporting initiatives and the register.
 */
public final class ExchangeService {

    /** Rows written to a statement when applying an import: large enough to save round trips, small in memory. */
    static final int CHUNK = 1_000;

    private final Store store;
    private final WorkshopService workshops;
    private final InitiativeImport initiativeImport;
    private final RegisterService register;
    private final InitiativeRepository initiatives;
    private final AuditLog audit;

    public ExchangeService(Store store, WorkshopService workshops, InitiativeService initiativeService,
                           RegisterService register) {
        this.store = store;
        this.workshops = workshops;
        this.initiativeImport = new InitiativeImport(store, initiativeService);
        this.register = register;
        this.initiatives = new InitiativeRepository(store);
        this.audit = new AuditLog(store);
    }

    /** Reads and checks an initiatives file against a workshop; writes nothing. */
    public InitiativeImportPlan previewInitiatives(long workshopId, Path file, ExchangeProgress progress) {
        Set<Long> ids = initiatives.idsOf(workshopId);
        return read(file, () -> InitiativeImporter.parse(file, ids, progress));
    }

    /** Reads and checks one party's scores file against a workshop's initiatives and criteria; writes nothing. */
    public ScoresImportPlan previewScores(long workshopId, Path file, ExchangeProgress progress) {
        List<Initiative> all = initiatives.forWorkshop(workshopId);
        List<ValueCriterion> criteria = workshops.criteria(workshopId);
        return read(file, () -> ScoresImporter.parse(file, all, criteria, progress));
    }

    /**
     * Applies a checked plan in one transaction: every row or none. A cancel midway rolls everything back; see
     * {@link InitiativeImport#apply}.
     */
    public ImportResult applyInitiatives(long workshopId, InitiativeImportPlan plan, Consent consent,
                                         ExchangeProgress progress) {
        return initiativeImport.apply(workshopId, plan, consent, progress);
    }

    /** How many initiatives an import added and updated. */
    public record ImportResult(int added, int updated) {

        public String describe() {
            return added + (added == 1 ? " initiative" : " initiatives") + " added, " + updated + " updated";
        }
    }

    /**
     * How many initiatives applying the plan would change once scoring has started in the workshop: changing
     * them needs both parties (see {@link InitiativeService#update}); 0 before scoring starts. Reads a plan's file
     * again then, so call it off the FX thread.
     */
    public int changesNeedingBoth(long workshopId, InitiativeImportPlan plan) {
        return initiativeImport.changesNeedingBoth(workshopId, plan);
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
        Set<Long> ids = existing == null ? Set.of() : initiatives.idsOf(existing.id());
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
        return exportRegisterCounted(workshopId, file, includeUnagreed, options, progress, actor).rows();
    }

    /** What an export of the register wrote: its rows, and how many of them have a current signed agreement. */
    public record RegisterExport(int rows, int agreed) {
    }

    /** As {@link #exportRegister}, saying also how many rows written are agreed, from the rows it read once. */
    public RegisterExport exportRegisterCounted(long workshopId, Path file, boolean includeUnagreed,
                                                CsvOptions options, ExchangeProgress progress, Actor actor) {
        refuseFolder(file, "register.csv");
        Workshop workshop = workshops.workshop(workshopId);
        List<Party> parties = workshops.parties(workshopId);
        List<RegisterRow> rows = register.rows(workshopId);
        int written = write(file, () -> RegisterExporter.export(file, workshop.name(), parties, rows, includeUnagreed,
                options, progress));
        audit.append(workshopId, actor, AuditKind.REGISTER_EXPORTED, workshopId,
                Map.of("rows", written, "all", includeUnagreed, "file", file.getFileName().toString()));
        return new RegisterExport(written, (int) rows.stream().filter(RegisterRow::agreed).count());
    }

    /** An export names a file, not a folder: said with a file in that folder to name instead. */
    static void refuseFolder(Path file, String example) {
        if (Files.isDirectory(file)) {
            throw new RuleViolation(file.toAbsolutePath() + " is a folder. Name a file in it, such as "
                    + file.toAbsolutePath().resolve(example) + ".");
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
            throw new RuleViolation("There is no file " + file.toAbsolutePath() + ". Check the path and try again.", e);
        } catch (AccessDeniedException e) {
            throw new RuleViolation("Parley may not read " + file.toAbsolutePath() + " (permission denied).", e);
        } catch (IOException e) {
            throw new RuleViolation("Could not read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    static <T> T write(Path file, FileWork<T> work) {
        try {
            return work.run();
        } catch (NoSuchFileException e) {
            throw new RuleViolation("The folder of " + file.toAbsolutePath() + " does not exist. Choose another place.",
                    e);
        } catch (AccessDeniedException e) {
            throw new RuleViolation("Parley may not write " + file.toAbsolutePath()
                    + " (permission denied). Choose another place.", e);
        } catch (IOException e) {
            throw new RuleViolation("Could not write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
