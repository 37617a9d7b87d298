package org.parley.ui.initiatives;

import org.parley.app.service.Consent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.app.service.ExchangeService;
import org.parley.domain.Plurals;
import org.parley.domain.Workshop;
import org.parley.exchange.CsvOptions;
import org.parley.exchange.InitiativeImportPlan;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.ExchangeProgresses;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * Moving initiatives in and out as CSV. An import is read and checked first, shown as a preview, and only
 * then applied, all or nothing; both steps run in the background and can be cancelled.
 */
public final class TransferViewModel {

    private final JointConsent consent;
    private final ExchangeService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final Runnable afterImport;

    /** @param afterImport reloads what shows the initiatives, once an import is applied */
    public TransferViewModel(ExchangeService service, TaskRunner tasks, DialogService dialogs, WorkbenchState state,
                             Runnable afterImport, JointConsent consent) {
        this.consent = consent;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.afterImport = afterImport;
    }

    /** Asks for a file, checks it, shows what it would change, and applies it when the person agrees. */
    public void importInitiatives() {
        Workshop workshop = state.workshop();
        if (workshop == null) {
            return;
        }
        // A form with unsaved work is saved (or discarded) first, so the import reloads nothing typed away.
        state.leave(() -> chooseAndPreview(workshop));
    }

    private void chooseAndPreview(Workshop workshop) {
        dialogs.chooseOpenFile("Import initiatives", "CSV files", "*.csv").ifPresent(file ->
                tasks.runCancellable("Reading " + file.getFileName(),
                        progress -> service.previewInitiatives(workshop.id(), file, ExchangeProgresses.of(progress)),
                        plan -> preview(workshop, file, plan),
                        Failures.reportTo(dialogs, "Could not read the file"),
                        () -> state.tell("Import cancelled; nothing was imported.")));
    }

    /** Writes the workshop's initiatives as CSV in the import format. */
    public void exportInitiatives() {
        Workshop workshop = state.workshop();
        if (workshop == null) {
            return;
        }
        String name = workshop.name().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-initiatives.csv";
        dialogs.chooseSaveFile("Export initiatives", name, "CSV files", "*.csv").ifPresent(file ->
                tasks.runCancellable("Exporting initiatives",
                        progress -> service.exportInitiatives(workshop.id(), file, CsvOptions.DEFAULT, ExchangeProgresses.of(progress)),
                        count -> state.tell("Exported " + count + (count == 1 ? " initiative" : " initiatives")
                                + " to " + file + "."),
                        Failures.reportTo(dialogs, "Could not export the initiatives"),
                        () -> state.tell("Export cancelled; no file was written.")));
    }

    private void preview(Workshop workshop, Path file, InitiativeImportPlan plan) {
        String title = "Import " + file.getFileName();
        List<String> details = new ArrayList<>();
        if (plan.rejected()) {
            details.addAll(plan.findings().problemLines());
            details.addAll(plan.findings().warningLines());
            dialogs.confirmPreview(title, plan.summary(), details, null);
            state.tell("Nothing was imported: the file has problems.");
            return;
        }
        if (plan.isEmpty()) {
            dialogs.showInfo(title, plan.summary());
            return;
        }
        // Cells that look like an unclosed quote come first: the person decides whether their line breaks are meant.
        details.addAll(plan.findings().warningLines());
        // A plan keeps the first rows of each kind, not a large file's every row: those are listed, the rest counted.
        plan.firstAdditions().forEach(draft -> details.add("Add: " + draft.title()));
        more(details, plan.addCount() - plan.firstAdditions().size(), "addition", "additions");
        plan.firstUpdates().forEach(update -> details.add("Update #" + update.id() + ": " + update.draft().title()));
        more(details, plan.updateCount() - plan.firstUpdates().size(), "update", "updates");
        if (!dialogs.confirmPreview(title, plan.summary() + " Nothing is written until you choose Import.", details,
                "Import")) {
            state.tell("Import not applied; nothing changed.");
            return;
        }
        // Telling which updates change a scored initiative reads the file again: in the background.
        tasks.runCancellable("Checking " + file.getFileName(),
                progress -> service.changesNeedingBoth(workshop.id(), plan),
                changes -> {
                    if (changes == 0) {
                        apply(workshop, file, plan, state.consent());
                    } else {
                        // Scoring has started, so changing initiatives needs both parties: they agree first.
                        consent.ask("import " + file.getFileName() + ", which changes initiatives now that scoring "
                                + "has started", both -> apply(workshop, file, plan, both));
                    }
                },
                Failures.reportTo(dialogs, "Could not import the initiatives"),
                () -> state.tell("Import cancelled; nothing was imported."));
    }

    private static void more(List<String> details, int unlisted, String one, String many) {
        if (unlisted > 0) {
            details.add("\u2026 and " + Plurals.count(unlisted, "more " + one, "more " + many) + ", not listed.");
        }
    }

    private void apply(Workshop workshop, Path file, InitiativeImportPlan plan, Consent given) {
        tasks.runCancellable("Importing initiatives",
                progress -> service.applyInitiatives(workshop.id(), plan, given, ExchangeProgresses.of(progress)),
                result -> {
                    state.changed();
                    afterImport.run();
                    state.tell("Imported " + file.getFileName() + ": " + result.describe() + ".");
                },
                Failures.reportTo(dialogs, "Could not import the initiatives"),
                () -> state.tell("Import cancelled; nothing was imported."));
    }

}
