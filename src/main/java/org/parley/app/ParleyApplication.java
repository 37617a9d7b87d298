package org.parley.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import atlantafx.base.theme.PrimerLight;
import org.parley.app.service.Services;
import org.parley.domain.ParleyException;
import org.parley.store.PassphraseException;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.StoreKey;
import org.parley.ui.UiFonts;
import org.parley.ui.common.Failures;
import org.parley.ui.common.FxDialogService;
import org.parley.ui.common.FxTaskRunner;
import org.parley.ui.common.UncaughtErrors;
import org.parley.ui.shell.StoreDialogs;
import org.parley.ui.shell.WindowState;
import org.parley.ui.shell.Workbench;

/** The workbench window: opens the store before the window shows, and closes it after the window is gone. */
public final class ParleyApplication extends Application {

    /** Wrong passphrases before the window gives up, as on the command line. */
    private static final int PASSPHRASE_TRIES = Passphrases.TRIES;
    private static final Logger LOG = Logger.getLogger(ParleyApplication.class.getName());
    private static volatile Path storeFile;
    private static volatile int exitCode;
    private static volatile PrintWriter terminal;
    private static volatile boolean verbose;
    private static volatile boolean createEncrypted;

    private Store store;
    private Services services;
    private FxTaskRunner tasks;
    private Throwable startupFailure;
    /** True when the store must be asked about before it opens: it is encrypted, or it is not there yet. */
    private boolean askFirst;

    /**
     * Shows the window on the store at {@code file} until it is closed; returns the exit code. A store that cannot
     * be opened is also said on {@code err}, the terminal, for a start from a shell.
     */
    static int open(Path file, PrintWriter err, boolean verboseLog, boolean createEncrypted) {
        ParleyApplication.createEncrypted = createEncrypted;
        storeFile = file;
        terminal = err;
        verbose = verboseLog;
        exitCode = 0;
        Application.launch(ParleyApplication.class);
        return exitCode;
    }

    @Override
    public void init() {
        // init() runs off the FX thread, which is where the store may be opened and migrated.
        Path file = Objects.requireNonNull(storeFile, "store file");
        Logs.install(file.getParent(), verbose);
        if (Store.isEncrypted(file) || !Files.exists(Store.normalise(file))) {
            askFirst = true;
            return;
        }
        try {
            store = Store.open(file);
            services = Services.openedOn(store);
            LOG.info("Opened the store " + file);
        } catch (RuntimeException e) {
            startupFailure = e;
            if (store != null) {
                store.close();
                store = null;
            }
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (startupFailure != null) {
            refuseToStart(startupFailure);
            return;
        }
        if (askFirst) {
            // Between the dialogs and the window no window shows: JavaFX must not take that for the end.
            Platform.setImplicitExit(false);
            boolean opened = openAsked();
            Platform.setImplicitExit(true);
            if (!opened) {
                Platform.exit();
                return;
            }
        }
        FxDialogService dialogs = new FxDialogService(stage);
        // The window's failures know nothing of the store; a full disk or a read-only file under it is said in words
        // all the same.
        Path file = services.storeFile();
        Failures.explainWith(error -> StoreException.explain(file, error));
        UncaughtErrors.install(dialogs);
        tasks = new FxTaskRunner();
        // The font before any view: labels are sized by the font they are first styled with.
        UiFonts.load();
        Workbench workbench = new Workbench(services, tasks, dialogs, stage::close);
        Scene scene = new Scene(workbench.view());
        scene.getStylesheets().add(Objects.requireNonNull(
                ParleyApplication.class.getResource("/org/parley/ui/parley.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Parley");
        stage.getIcons().addAll(AppIcon.images());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        // At most the screen's visual bounds: a laptop at 1280×800 must not lose the status bar below its edge.
        WindowState window = WindowState.beside(services.storeFile());
        window.placeOn(stage);
        window.restoreAndKeep(stage, workbench);
        stage.setOnCloseRequest(event -> {
            if (!workbench.mayClose()) {
                event.consume();
            }
        });
        stage.show();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (store != null) {
            store.close();
            LOG.info("Closed the store " + store.file());
        }
    }

    /**
     * Before anything else: the passphrase of an encrypted store (three tries; a wrong one changes nothing), or how to
     * create a store that is not there yet. False when the person quit or the store did not open (already said).
     */
    private boolean openAsked() {
        Path file = Store.normalise(storeFile);
        try {
            if (Store.isEncrypted(file)) {
                String problem = "";
                for (int attempt = 1; ; attempt++) {
                    char[] passphrase = StoreDialogs.passphrase(file.toString(), problem).showAndWait().orElse(null);
                    if (passphrase == null) {
                        Platform.exit();
                        return false;
                    }
                    try {
                        store = offTheFxThread(() -> Store.open(file, Clock.systemUTC(), derive(passphrase)));
                        break;
                    } catch (PassphraseException e) {
                        if (!e.wrongPassphrase() || attempt == PASSPHRASE_TRIES) {
                            throw new StoreException("The passphrase did not open the store " + file + " in "
                                    + PASSPHRASE_TRIES + " tries. The store is not damaged and has not been changed: "
                                    + "start Parley again to try once more.", e);
                        }
                        int left = PASSPHRASE_TRIES - attempt;
                        problem = "That passphrase does not open the store. Capitals and spaces count. " + left
                                + (left == 1 ? " try" : " tries") + " left.";
                    }
                }
            } else {
                StoreDialogs.NewStore choice = StoreDialogs.newStore(file.toString(), createEncrypted).showAndWait()
                        .orElse(null);
                if (choice == null) {
                    Platform.exit();
                    return false;
                }
                store = offTheFxThread(() -> Store.open(file, Clock.systemUTC(),
                        choice.encrypted() ? derive(choice.passphrase()) : null));
            }
            Store opened = store;
            services = offTheFxThread(() -> Services.openedOn(opened));
            LOG.info("Opened the store " + file + (store.encrypted() ? " (encrypted)" : ""));
            return true;
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
                store = null;
            }
            refuseToStart(e);
            return false;
        }
    }

    /**
     * Runs {@code work} (stretching a passphrase, opening and migrating a store, creating the sample) on its own thread
     * while the FX thread goes on serving events in a nested loop, and returns its result or throws its failure.
     */
    private static <T> T offTheFxThread(Supplier<T> work) {
        Object loop = new Object();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            Object result;
            try {
                result = new Done<>(work.get());
            } catch (RuntimeException | Error e) {
                result = e;
            }
            outcome.set(result);
            Platform.runLater(() -> Platform.exitNestedEventLoop(loop, null));
        }, "Opening the store");
        worker.setDaemon(true);
        worker.start();
        Platform.enterNestedEventLoop(loop);
        Object result = outcome.get();
        if (result instanceof RuntimeException e) {
            throw e;
        }
        if (result instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = ((Done<T>) result).value();
        return value;
    }

    private record Done<T>(T value) {
    }

    private static StoreKey derive(char[] passphrase) {
        try {
            return StoreKey.derive(passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** The store could not be opened: say why and what to do, in a dialog and on stderr, then leave. */
    private void refuseToStart(Throwable failure) {
        exitCode = 1;
        Throwable explained = StoreException.explain(storeFile, failure);
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
