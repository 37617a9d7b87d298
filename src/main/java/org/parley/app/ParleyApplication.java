package org.parley.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import atlantafx.base.theme.PrimerLight;
import org.parley.app.service.Services;
import org.parley.app.service.StoreOpener;
import org.parley.domain.ParleyException;
import org.parley.store.ServerAddress;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.ui.UiFonts;
import org.parley.ui.common.Failures;
import org.parley.ui.common.FxDialogService;
import org.parley.ui.common.FxTaskRunner;
import org.parley.ui.common.UncaughtErrors;
import org.parley.ui.shell.WindowState;
import org.parley.ui.shell.Workbench;
import org.parley.ui.welcome.WelcomeView;
import org.parley.ui.welcome.WelcomeViewModel;

/**
 * The workbench window: gets its store before the window shows (the welcome screen on a first start), and closes it
 * after the window is gone.
 */
public final class ParleyApplication extends Application {

    private static final Logger LOG = Logger.getLogger(ParleyApplication.class.getName());
    private static volatile Path storeFile;
    /** The server's database named instead of a file, with the password from PGPASSWORD; null for a file. */
    private static volatile ServerAddress server;
    /** Where a server store's log and window place go, as it has no folder here; null for a file. */
    private static volatile Path serverFolder;
    private static volatile String serverPassword;
    private static volatile Path defaultStoreFile;
    private static volatile int exitCode;
    private static volatile PrintWriter terminal;
    private static volatile boolean verbose;
    private static volatile boolean createEncrypted;

    private final StoreOpener opener = new StoreOpener(Clock.systemUTC());
    private Services services;
    private Workbench workbench;
    private FxTaskRunner tasks;
    private Throwable startupFailure;

    /**
     * Shows the window on the store at {@code file} until it is closed; returns the exit code. With no store at
     * {@code defaultStore} and none named instead ({@code file} is the default), the welcome screen asks how to start.
     * A store that cannot be opened is also said on {@code err}, the terminal, for a start from a shell.
     */
    static int open(Path file, Path defaultStore, PrintWriter err, boolean verboseLog, boolean createEncrypted) {
        ParleyApplication.createEncrypted = createEncrypted;
        server = null;
        storeFile = file;
        defaultStoreFile = defaultStore;
        return launch(err, verboseLog);
    }

    /**
     * Shows the window on a store on a PostgreSQL server (issue 17) until it is closed; returns the exit code. Its log
     * goes to {@code logFolder}, and the window's place is kept there too, since the store has no folder here.
     */
    static int openOnServer(ServerAddress address, String password, Path logFolder, PrintWriter err,
            boolean verboseLog) {
        server = address;
        serverPassword = password;
        serverFolder = logFolder;
        storeFile = null;
        defaultStoreFile = null;
        return launch(err, verboseLog);
    }

    /** Shows the window on the store chosen above until it is closed; returns the exit code. */
    private static int launch(PrintWriter err, boolean verboseLog) {
        terminal = err;
        verbose = verboseLog;
        exitCode = 0;
        Application.launch(ParleyApplication.class);
        return exitCode;
    }

    @Override
    public void init() {
        if (server != null) {
            Logs.install(serverFolder, verbose);
            try {
                services = opener.connect(server, serverPassword);
                // The pool has what it needs; the process keeps the password no longer than that.
                serverPassword = null;
                LOG.info("Connected to the store " + server);
            } catch (RuntimeException e) {
                startupFailure = e;
                opener.close();
            }
            return;
        }
        // init() runs off the FX thread, which is where a plain store that is there may be opened and migrated. One
        // that is encrypted, or not there yet, is asked about first.
        Path file = Objects.requireNonNull(storeFile, "store file");
        Logs.install(file.getParent(), verbose);
        if (!opener.exists(file) || opener.encrypted(file)) {
            return;
        }
        try {
            services = opener.open(file, null);
            LOG.info("Opened the store " + file);
        } catch (RuntimeException e) {
            startupFailure = e;
            opener.close();
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (startupFailure != null) {
            refuseToStart(startupFailure);
            return;
        }
        FxDialogService dialogs = new FxDialogService(stage);
        UncaughtErrors.install(dialogs);
        tasks = new FxTaskRunner();
        // The font before any view: labels are sized by the font they are first styled with.
        UiFonts.load();
        stage.setTitle("Parley");
        stage.getIcons().addAll(AppIcon.images());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        if (services != null) {
            showWorkbench(stage, dialogs);
            return;
        }
        WelcomeViewModel welcome = new WelcomeViewModel(opener, tasks, dialogs, defaultStoreFile, createEncrypted,
                opened -> {
                    services = opened;
                    Path file = opened.storeFile();
                    // The log goes beside the store, wherever the person chose it.
                    Logs.install(file.getParent(), verbose);
                    LOG.info("Opened the store " + file);
                    showWorkbench(stage, dialogs);
                    Platform.setImplicitExit(true);
                }, Platform::exit);
        Path file = Store.normalise(storeFile);
        if (file.equals(defaultStoreFile) && !opener.exists(file)) {
            show(stage, new WelcomeView(welcome), WindowState.beside(file));
            return;
        }
        // A store named on the command line: its questions come before any window, which must not be taken for the end.
        Platform.setImplicitExit(false);
        if (opener.exists(file)) {
            welcome.openNamed(file, this::refuseToStart);
        } else {
            welcome.createNamed(file, this::refuseToStart);
        }
    }

    private void showWorkbench(Stage stage, FxDialogService dialogs) {
        // The window's failures know nothing of the store; a full disk or a read-only file under it is said in words
        // all the same.
        Path file = services.storeFile();
        if (file != null) {
            Failures.explainWith(error -> StoreException.explain(file, error));
        }
        workbench = new Workbench(services, tasks, dialogs, stage::close);
        WindowState window = file != null ? WindowState.beside(file)
                : WindowState.forServer(serverFolder, server.host(), server.port(), server.database());
        show(stage, workbench.view(), window);
        window.restoreAndKeep(stage, workbench);
        stage.setOnCloseRequest(event -> {
            if (!workbench.mayClose()) {
                event.consume();
            }
        });
    }

    /** Shows {@code view} in the window, within the screen's visual bounds: a laptop at 1280×800 sees it whole. */
    private static void show(Stage stage, Parent view, WindowState window) {
        Scene scene = new Scene(view);
        scene.getStylesheets().add(Objects.requireNonNull(
                ParleyApplication.class.getResource("/org/parley/ui/parley.css")).toExternalForm());
        stage.setScene(scene);
        window.placeOn(stage);
        stage.show();
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.stop();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
        Path file = opener.file();
        opener.close();
        if (file != null) {
            LOG.info("Closed the store " + file);
        }
    }

    /** The store could not be opened: say why and what to do, in a dialog and on stderr, then leave. */
    private void refuseToStart(Throwable failure) {
        exitCode = 1;
        Throwable explained = server != null ? failure : StoreException.explain(storeFile, failure);
        String message = explained instanceof ParleyException ? explained.getMessage()
                : "Parley could not start: " + failure.getClass().getSimpleName() + ". The details are in "
                + (Logs.file() != null ? Logs.file() : Logs.FILE_NAME) + ".";
        // The person reads the message; whatever lies beneath it is for the log.
        if (!(explained instanceof ParleyException)) {
            LOG.log(Level.SEVERE, "Startup failed", failure);
        } else if (explained != failure || failure.getCause() != null) {
            LOG.log(Level.WARNING, "Startup failed: " + message, failure);
        }
        PrintWriter err = terminal;
        if (err != null) {
            err.println("parley: " + message);
            err.flush();
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle("Parley cannot open its store");
        alert.setHeaderText("Parley cannot open its store");
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
        Platform.exit();
    }
}
