package org.parley.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parley.app.service.BackupService;
import org.parley.app.service.BuildInfo;
import org.parley.ui.common.Failures;
import org.parley.app.service.Services;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.JointConsent;
import org.parley.ui.common.PinPrompt;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;
import org.parley.ui.audit.AuditViewModel;
import org.parley.ui.divergence.AppetitesViewModel;
import org.parley.ui.divergence.BoardPackFigures;
import org.parley.ui.divergence.DivergenceViewModel;
import org.parley.ui.divergence.LossesViewModel;
import org.parley.ui.handover.ConsentCoverViewModel;
import org.parley.ui.handover.HandoverViewModel;
import org.parley.ui.session.SessionBarViewModel;
import org.parley.ui.handover.LockViewModel;
import org.parley.ui.initiatives.InitiativesViewModel;
import org.parley.ui.initiatives.TransferViewModel;
import org.parley.ui.negotiation.NegotiationViewModel;
import org.parley.ui.register.BoardPackViewModel;
import org.parley.ui.register.RegisterViewModel;
import org.parley.ui.scoring.ScoringViewModel;
import org.parley.ui.workshops.CriteriaViewModel;
import org.parley.ui.workshops.CurrencyViewModel;
import org.parley.ui.workshops.IdleLockViewModel;
import org.parley.ui.workshops.PartiesViewModel;
import org.parley.ui.workshops.WorkshopsViewModel;

/** Builds the view models of the window over the services, and the main view over them. */
public final class Workbench {

    private final Services services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Runnable close;
    private final WorkbenchState state = new WorkbenchState();
    private final WorkshopsViewModel workshops;
    private final PartiesViewModel parties;
    private final TransferViewModel transfer;
    private final PinPrompt pins;
    // The view models of the pages, made when their page is first shown (decision 0029).
    private final Lazy<InitiativesViewModel> initiatives;
    private final Lazy<ScoringViewModel> scoring;
    private final Lazy<CriteriaViewModel> criteria;
    private final Lazy<DivergenceViewModel> divergence;
    private final Lazy<AppetitesViewModel> appetites;
    private final Lazy<LossesViewModel> losses;
    private final Lazy<NegotiationViewModel> negotiation;
    private final Lazy<AuditViewModel> audit;
    private final Lazy<RegisterViewModel> register;
    private final BoardPackViewModel boardPack;
    private final HandoverViewModel handover;
    private final SessionBarViewModel session;
    private final JointConsent jointConsent;
    private final ConsentCoverViewModel cover;
    private final LockViewModel lock;
    private final Lazy<IdleLockViewModel> idleLock;
    private final Lazy<CurrencyViewModel> currency;
    private MainView view;
    /** Renews the lease of the workshop in view on a server's store; null for a file. */
    private final SessionKeeper keeper;

    /**
     * @param close closes the window; it is asked through {@link #requestClose()} so that unsaved edits
     *              are offered for saving first
     */
    public Workbench(Services services, TaskRunner tasks, DialogService dialogs, Runnable close) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.close = close;
        JointConsent consent = new JointConsent(services.consents(), tasks, dialogs, state);
        this.jointConsent = consent;
        this.workshops = new WorkshopsViewModel(services.workshops(), tasks, dialogs, state, consent);
        this.parties = new PartiesViewModel(services.workshops(), tasks, dialogs, state, services.consents(), consent);
        this.pins = new PinPrompt(tasks, state);
        this.initiatives = new Lazy<>(() -> new InitiativesViewModel(services.initiatives(), tasks, dialogs, state,
                consent));
        this.scoring = new Lazy<>(() -> new ScoringViewModel(services.scoring(), tasks, dialogs, state, consent));
        this.criteria = new Lazy<>(() -> new CriteriaViewModel(services.workshops(), services.scoring(), tasks, dialogs,
                state, consent));
        this.divergence = new Lazy<>(() -> new DivergenceViewModel(services.divergence(), tasks, dialogs, state));
        this.appetites = new Lazy<>(() -> new AppetitesViewModel(services.divergence(), tasks, dialogs, state,
                consent));
        this.losses = new Lazy<>(() -> new LossesViewModel(services.quant(), services.divergence(),
                services.workshops(), tasks, dialogs, state, consent));
        this.negotiation = new Lazy<>(() -> new NegotiationViewModel(services.divergence(), services.agreements(),
                services.notes(), tasks, dialogs, state, pins));
        this.audit = new Lazy<>(() -> new AuditViewModel(services.audit(), services.scoring(), tasks, dialogs, state));
        this.register = new Lazy<>(() -> new RegisterViewModel(services.register(), services.agreements(),
                services.exchange(), tasks, dialogs, state, () -> view.show(Section.NEGOTIATION)));
        // The File menu disables its item while a board pack is written, so this one is made with the menu.
        this.boardPack = new BoardPackViewModel(services.boardPack(), BoardPackFigures::drawOnFxThread, tasks, dialogs,
                state);
        // Imported initiatives show at once when their screen is in view, and when it is next shown otherwise.
        this.transfer = new TransferViewModel(services.exchange(), tasks, dialogs, state,
                () -> initiatives.ifMade(model -> model.inView().changed()), consent);
        this.handover = new HandoverViewModel(services.consents(), tasks, dialogs, state);
        this.session = new SessionBarViewModel(services.session(), tasks, dialogs, state);
        this.cover = new ConsentCoverViewModel(consent, pins, state);
        this.lock = new LockViewModel(services.consents(), services.workshops(), handover, tasks, dialogs, state);
        // Workshop setup's editor of the minutes; the lock reads them itself, so nothing reads them twice at start.
        this.idleLock = new Lazy<>(() -> new IdleLockViewModel(services.workshops(), tasks, dialogs, state,
                lock::useIdleMinutes));
        this.currency = new Lazy<>(() -> new CurrencyViewModel(services.workshops(), tasks, dialogs, state, consent));
        // A server's store: this window holds the lease of the workshop in view while it is open.
        this.keeper = services.storeFile() == null ? new SessionKeeper(services.leases(), state) : null;
        // A question left open when the laptop locks is not answered by whoever comes next: nothing is decided.
        lock.lockedProperty().addListener((obs, was, locked) -> {
            if (locked) {
                cover.dismiss();
                parties.bothPins().cancel();
            }
        });
    }

    /** The main view, built on first call; then opens the first workshop. */
    public MainView view() {
        if (view == null) {
            view = new MainView(this);
            workshops.start(-1);
        }
        return view;
    }

    /** Where the session of the workshop in hand stands. */
    public SessionBarViewModel session() {
        return session;
    }

    /** The other party's consent, asked behind a cover. */
    public JointConsent jointConsent() {
        return jointConsent;
    }

    /** The window is gone: stops what it kept running beside the store, before the store closes. */
    public void stop() {
        if (keeper != null) {
            keeper.stop();
        }
    }

    /**
     * True when the window may close now: nothing unsaved, or the person discarded it. With a save chosen, false,
     * and the window closes once the save succeeded; a failed save keeps it open with the work in it.
     */
    public boolean mayClose() {
        // Behind a cover, the lock or the handover, the person at the keyboard may not be the one whose unsaved work
        // the closing would ask about: the window stays until the cover is answered or cancelled.
        return !covered() && state.leaveNow(close);
    }

    public void requestClose() {
        if (!covered()) {
            state.leave(close);
        }
    }

    /** Whether the frame is out of the window: a question for one party, the lock, or a handover. */
    boolean covered() {
        return handover.targetProperty().get() != null || cover.askingProperty().get() != null
                || parties.bothPins().askingProperty().get() != null || lock.lockedProperty().get();
    }

    void showShortcuts() {
        dialogs.showShortcuts("Keyboard shortcuts", Shortcuts.ALL);
    }

    /** File ▸ Backups…: the backups, each checked by opening a copy in the background, and a backup on request. */
    void showBackups() {
        showBackups("");
    }

    private void showBackups(String news) {
        tasks.task("Checking the backups", () -> services.backups().list()).onSuccess(backups -> {
            String intro = news + "Parley backs up the store each time it opens it after a change, into "
                    + services.backups().folder() + ", keeping the newest " + BackupService.KEEP_LATEST + " and the newest of each "
                    + "day for " + BackupService.KEEP_DAYS + " days. Each backup below was opened to check what it holds.";
            List<DialogService.BackupRow> rows = backups.stream().map(b -> new DialogService.BackupRow(b.when(),
                    b.size(), b.opens() ? b.holds() : "Does not open: " + b.problem(),
                    b.file().getFileName().toString(), services.backups().restoreCommand(b))).toList();
            if (dialogs.showBackups("Backups", intro, rows)) {
                tasks.task("Backing up the store", () -> services.backups().backUpNow())
                        .onSuccess(taken -> showBackups("Backed up now: " + taken.file().getFileName() + " ("
                                + (taken.opens() ? taken.holds() : "it does not open: " + taken.problem()) + ").\n\n"))
                        .onFailure(Failures.reportTo(dialogs, "Could not back up the store"))
                        .start();
            }
        }).onFailure(Failures.reportTo(dialogs, "Could not list the backups")).start();
    }

    void showAbout() {
        dialogs.showInfo("About Parley " + BuildInfo.version(), "Parley helps a CISO and a CTO agree which initiatives "
                + "go ahead, and with how much security risk.\n\nVersion " + BuildInfo.version() + ", on Java "
                + BuildInfo.runtime() + " and JavaFX " + System.getProperty("javafx.runtime.version", "(unknown)")
                + ".\nStore: " + services.storeLocation()
                + "\n\nLicensed under the Apache License 2.0. The Noto Sans font is under the SIL Open Font License.");
    }

    WorkbenchState state() {
        return state;
    }

    TaskRunner tasks() {
        return tasks;
    }

    WorkshopsViewModel workshops() {
        return workshops;
    }

    InitiativesViewModel initiatives() {
        return initiatives.get();
    }

    PartiesViewModel parties() {
        return parties;
    }

    DivergenceViewModel divergence() {
        return divergence.get();
    }

    NegotiationViewModel negotiation() {
        return negotiation.get();
    }

    RegisterViewModel register() {
        return register.get();
    }

    BoardPackViewModel boardPack() {
        return boardPack;
    }

    AuditViewModel audit() {
        return audit.get();
    }

    AppetitesViewModel appetites() {
        return appetites.get();
    }

    LossesViewModel losses() {
        return losses.get();
    }

    TransferViewModel transfer() {
        return transfer;
    }

    CriteriaViewModel criteria() {
        return criteria.get();
    }

    ScoringViewModel scoring() {
        return scoring.get();
    }

    HandoverViewModel handover() {
        return handover;
    }

    ConsentCoverViewModel cover() {
        return cover;
    }

    /** The lock; tests shorten its minutes. */
    LockViewModel lock() {
        return lock;
    }

    IdleLockViewModel idleLock() {
        return idleLock.get();
    }

    CurrencyViewModel currency() {
        return currency.get();
    }

    /** A value made on first use, on the FX thread, as every view model is. */
    private static final class Lazy<T> {
        private final Supplier<T> make;
        private T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }

        void ifMade(Consumer<T> action) {
            if (value != null) {
                action.accept(value);
            }
        }
    }

    DialogService dialogs() {
        return dialogs;
    }

    /** The store's file, or its server address. */
    String storeLocation() {
        return services.storeLocation();
    }
}
