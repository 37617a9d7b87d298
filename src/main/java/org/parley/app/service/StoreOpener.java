package org.parley.app.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.parley.domain.ParleyException;
import org.parley.store.PassphraseException;
import org.parley.store.ServerAddress;
import org.parley.store.Store;
import org.parley.store.StoreKey;

/**
 * Opens the store the window works on, or creates it, as the person chose before the window showed (the welcome
 * screen, a new store's dialog, an encrypted store's passphrase), and keeps it open until the window closes it. The
 * command line opens its store once per command instead.
 */
public final class StoreOpener implements AutoCloseable {

    /** Wrong passphrases before Parley gives up on an encrypted store, in the window and on the command line. */
    public static final int PASSPHRASE_TRIES = 3;

    private final Clock clock;
    private Store store;

    public StoreOpener(Clock clock) {
        this.clock = clock;
    }

    /** An encrypted store's passphrase that does not open it; the store is not touched, and it may be typed again. */
    public static final class WrongPassphrase extends ParleyException {
        WrongPassphrase(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** True when there is a store file at {@code file} (with or without its suffix). */
    public boolean exists(Path file) {
        return Files.exists(Store.normalise(file));
    }

    /** True when the store at {@code file} is encrypted, so that its passphrase is asked before it opens. */
    public boolean encrypted(Path file) {
        return Store.isEncrypted(file);
    }

    /**
     * Why {@code file}, chosen to be opened, cannot be a Parley store, in words that say what to do; null when it may
     * be one (opening it checks the rest: a damaged, foreign or newer store is refused there, untouched).
     */
    public String problemWith(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute + " is a folder. Choose the store file in it, whose name ends in " + Store.FILE_SUFFIX
                    + ".";
        }
        if (!Files.isRegularFile(absolute)) {
            return "There is no file at " + absolute + ". Choose a store file, whose name ends in " + Store.FILE_SUFFIX
                    + ", or create a new store.";
        }
        if (!absolute.getFileName().toString().endsWith(Store.FILE_SUFFIX)) {
            return absolute.getFileName() + " is not a Parley store: Parley keeps each store in one file whose name "
                    + "ends in " + Store.FILE_SUFFIX + ", such as parley" + Store.FILE_SUFFIX + ". Choose such a file, "
                    + "or create a new store. (A register or initiatives CSV file is imported from within a store.)";
        }
        return null;
    }

    /**
     * Creates a store at {@code file}, where there must be none, and opens it: encrypted under {@code passphrase}
     * (wiped afterwards), or plain when it is null; with the sample workshop, or empty.
     */
    public Services create(Path file, char[] passphrase, boolean withSample) {
        Path absolute = Store.normalise(file);
        if (Files.exists(absolute)) {
            wipe(passphrase);
            throw new ParleyException("There is a store at " + absolute + " already, and Parley never creates a store "
                    + "over one: open it instead.");
        }
        Store opened = openStore(absolute, passphrase);
        try {
            return withSample ? Services.openedOn(opened) : new Services(opened);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Opens the existing store at {@code file}, encrypted under {@code passphrase} (wiped afterwards), or plain when it
     * is null.
     *
     * @throws WrongPassphrase when the passphrase does not open it
     */
    public Services open(Path file, char[] passphrase) {
        Path absolute = Store.normalise(file);
        if (!Files.exists(absolute)) {
            wipe(passphrase);
            throw new ParleyException("There is no store at " + absolute + ". It may have been moved or renamed: "
                    + "choose it where it is now, or create a new store.");
        }
        Store opened;
        try {
            opened = openStore(absolute, passphrase);
        } catch (PassphraseException e) {
            if (e.wrongPassphrase()) {
                throw new WrongPassphrase(e.getMessage(), e);
            }
            throw e;
        }
        try {
            return Services.openedOn(opened);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private Store openStore(Path absolute, char[] passphrase) {
        if (store != null) {
            wipe(passphrase);
            throw new IllegalStateException("A store is open already: " + store.file());
        }
        StoreKey key = null;
        if (passphrase != null) {
            try {
                key = StoreKey.derive(passphrase);
            } finally {
                wipe(passphrase);
            }
        }
        store = Store.open(absolute, clock, key);
        return store;
    }

    private static void wipe(char[] passphrase) {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * Connects to a store on a PostgreSQL server (issue 17); the password from {@code PGPASSWORD}, or null for
     * {@code ~/.pgpass}. A server's database is not filled with the sample workshop.
     */
    public Services connect(ServerAddress address, String password) {
        if (store != null) {
            throw new IllegalStateException("A store is open already: " + store.location());
        }
        store = Store.connect(address, password, clock);
        return new Services(store);
    }

    /** The store opened, or null while none is. */
    public Path file() {
        return store == null ? null : store.file();
    }

    /** Closes the store it opened, if any. */
    @Override
    public void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
