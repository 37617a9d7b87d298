package org.parley.ui.welcome;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.parley.app.service.Services;
import org.parley.app.service.StoreOpener;
import org.parley.domain.ParleyException;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.DialogService.NewStore;
import org.parley.ui.common.Failures;
import org.parley.ui.common.TaskRunner;

/**
 * Gets the window its store before the window opens. On a first start, the welcome screen's three ways in: the sample
 * workshop, an empty store (plain or encrypted), or a store file chosen. For a store named on the command line, the
 * questions it needs first: how to create it, or its passphrase. Opening, creating and the sample run in the
 * background; what is refused is said on the welcome screen, which stays for another choice.
 */
public final class WelcomeViewModel {

    private static final Logger LOG = Logger.getLogger(WelcomeViewModel.class.getName());

    private final StoreOpener opener;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Path defaultStore;
    private final boolean encryptNew;
    private final Consumer<Services> opened;
    private final Runnable quit;
    /** The welcome screen's questions end on it again: a cancel changes nothing, a refusal is said there. */
    private final Ending onTheWelcomeScreen;

    // properties
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyStringWrapper doing = new ReadOnlyStringWrapper(this, "doing", "");

    /**
     * @param defaultStore where the sample and an empty store are created
     * @param encryptNew   whether a new store's dialog starts with encryption ticked ({@code --encrypted})
     * @param opened       gets the services over the store once it is open, on the FX thread
     * @param quit         closes Parley
     */
    public WelcomeViewModel(StoreOpener opener, TaskRunner tasks, DialogService dialogs, Path defaultStore,
                            boolean encryptNew, Consumer<Services> opened, Runnable quit) {
        this.opener = opener;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.defaultStore = defaultStore;
        this.encryptNew = encryptNew;
        this.opened = opened;
        this.quit = quit;
        this.onTheWelcomeScreen = new Ending("Cancel", "choose it again to try once more", () -> { }, this::refused);
    }

    /** What ends a question: its cancel button's name, how to try a passphrase again, a cancel, a refusal. */
    private record Ending(String cancel, String tryAgain, Runnable cancelled, Consumer<Throwable> failed) {
    }

    // properties

    /** Why the last choice opened no store, and what to do; empty when nothing was refused. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while a store is being opened or created: the choices wait. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** What is being done while working, such as "Creating the sample workshop…". */
    public ReadOnlyStringProperty doingProperty() {
        return doing.getReadOnlyProperty();
    }

    public Path defaultStore() {
        return defaultStore;
    }

    // commands

    /** Creates the store at the default place with the sample workshop, asking first whether to encrypt it. */
    public void openSample() {
        create(defaultStore, true, onTheWelcomeScreen);
    }

    /** Creates an empty store at the default place, asking first whether to encrypt it. */
    public void createEmpty() {
        create(defaultStore, false, onTheWelcomeScreen);
    }

    /** Opens a store file the person chooses, with its passphrase when it is encrypted. */
    public void openExisting() {
        if (working.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseOpenFile("Open a Parley store", "Parley stores (*.mv.db)", "*.mv.db");
        if (chosen.isEmpty()) {
            return;
        }
        String why = opener.problemWith(chosen.get());
        if (why != null) {
            problem.set(why);
            return;
        }
        open(chosen.get(), onTheWelcomeScreen);
    }

    public void quit() {
        quit.run();
    }

    /**
     * For the store named on the command line, which is not there yet: asks how to create it and creates it with the
     * sample workshop. A cancel quits; {@code refused} gets what stopped it.
     */
    public void createNamed(Path file, Consumer<Throwable> refused) {
        create(file, true, named(refused));
    }

    /**
     * For the store named on the command line, which is there: opens it, asking for its passphrase when it is
     * encrypted. A cancel quits; {@code refused} gets what stopped it.
     */
    public void openNamed(Path file, Consumer<Throwable> refused) {
        open(file, named(refused));
    }

    private Ending named(Consumer<Throwable> refused) {
        return new Ending("Quit", "start Parley again to try once more", quit, refused);
    }

    private void create(Path file, boolean withSample, Ending ending) {
        if (working.get()) {
            return;
        }
        Optional<NewStore> choice = dialogs.askNewStore(file.toString(), withSample, encryptNew, ending.cancel());
        if (choice.isEmpty()) {
            ending.cancelled().run();
            return;
        }
        char[] passphrase = choice.get().passphrase();
        run(withSample ? "Creating the sample workshop" : "Creating the store",
                () -> opener.create(file, passphrase, withSample), ending.failed());
    }

    private void open(Path file, Ending ending) {
        if (opener.encrypted(file)) {
            askPassphrase(file, 1, "", ending);
        } else {
            run("Opening the store", () -> opener.open(file, null), ending.failed());
        }
    }

    /** Asks the passphrase; a wrong one may be typed again, {@link StoreOpener#PASSPHRASE_TRIES} in all. */
    private void askPassphrase(Path file, int attempt, String refusedBefore, Ending ending) {
        Optional<char[]> passphrase = dialogs.askPassphrase(file.toString(), refusedBefore, ending.cancel());
        if (passphrase.isEmpty()) {
            ending.cancelled().run();
            return;
        }
        run("Opening the encrypted store", () -> opener.open(file, passphrase.get()), error -> {
            if (!(error instanceof StoreOpener.WrongPassphrase)) {
                ending.failed().accept(error);
            } else if (attempt < StoreOpener.PASSPHRASE_TRIES) {
                int left = StoreOpener.PASSPHRASE_TRIES - attempt;
                askPassphrase(file, attempt + 1, "That passphrase does not open the store. Capitals and spaces count. "
                        + left + (left == 1 ? " try" : " tries") + " left.", ending);
            } else {
                ending.failed().accept(new ParleyException("The passphrase did not open the store " + file + " in "
                        + StoreOpener.PASSPHRASE_TRIES + " tries. The store is not damaged and has not been changed: "
                        + ending.tryAgain() + ".", error));
            }
        });
    }

    private void run(String what, Callable<Services> work, Consumer<Throwable> failed) {
        problem.set("");
        doing.set(what + "\u2026");
        working.set(true);
        tasks.run(what, work, services -> {
            working.set(false);
            doing.set("");
            opened.accept(services);
        }, error -> {
            working.set(false);
            doing.set("");
            failed.accept(error);
        });
    }

    /** On the welcome screen, a refusal is said under the choices, which stay for another one. */
    private void refused(Throwable error) {
        ParleyException words = Failures.find(error, ParleyException.class);
        if (words != null) {
            LOG.log(words.getCause() != null ? Level.WARNING : Level.INFO, "Refused: " + words.getMessage(),
                    words.getCause());
            problem.set(words.getMessage());
        } else {
            Failures.report(dialogs, "Parley could not open the store", error);
            problem.set("Parley could not open the store: something unexpected happened, and its details are in the "
                    + "log. Try again, or choose another store.");
        }
    }
}
