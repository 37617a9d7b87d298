package org.parley.store;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Opening a store file: the checks that come first, H2's lock, the backup of what was found, the migration, and
 * the words for each way it can fail. An existing file that fails is put back as it was found.
 */
final class StoreOpening {

    private StoreOpening() {
    }

    /** What an opening gives the {@link Store}: its pool, whether it created the file, and the backup it took. */
    record Opened(JdbcConnectionPool pool, boolean created, Path backup) {
    }

    /** Opens the store at {@code absolute}, a {@link Store#normalise normalised} path; see {@link Store#open}. */
    static Opened open(Path absolute, Clock clock, StoreKey key, boolean backUp) {
        ensureWritable(absolute);
        try {
            return openChecked(absolute, clock, key, backUp);
        } catch (UnreadableStoreException e) {
            // What to do next: the newest backup that opens, and the command that restores it.
            throw new UnreadableStoreException(e.getMessage() + BackupWords.adviceFor(Backups.of(absolute, key, clock), absolute, key != null),
                    e.getCause());
        }
    }

    private static Opened openChecked(Path absolute, Clock clock, StoreKey key, boolean backUp) {
        String name = absolute.toString().substring(0, absolute.toString().length() - Store.FILE_SUFFIX.length());
        ExistingStore existing = Files.exists(absolute) ? new ExistingStore(absolute, name) : null;
        if (existing != null) {
            boolean encrypted = ExistingStore.isEncrypted(absolute);
            if (encrypted && key == null) {
                throw PassphraseException.needed(absolute);
            }
            if (!encrypted && key != null) {
                throw new StoreException("The store " + absolute + " is not encrypted, so it needs no passphrase. "
                        + "To encrypt it, run: parley --db " + absolute + " encrypt");
            }
            // A file that is there is never created over: it is checked first, and refused whole when it is
            // damaged, foreign or newer, so the evidence stays as it was for a restore.
            existing.checkBeforeOpening();
        }
        // FILE_LOCK=FS: the one-owner rule, held by the operating system, which drops it with a killed process (so a
        // restart after a crash opens at once). IFEXISTS keeps an existing store from being replaced should it vanish
        // between the check and the opening. WRITE_DELAY=0: a commit is in the file when it returns (decision 0014).
        // No trace file: H2 quotes statements in it. CIPHER=AES: H2's file encryption (decision 0019). H2 never moves
        // chunks inside the file, which can lose one; a store is compacted by copying when closed (decision 0024).
        String url = "jdbc:h2:file:" + name + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0"
                + StoreCompaction.NO_IN_PLACE_COMPACTION
                + (existing != null ? ";IFEXISTS=TRUE" : "") + (key != null ? ";CIPHER=AES" : "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "parley", key != null ? key.connectionPassword() : "");
        boolean created = false;
        Path backup = null;
        try {
            pool.getConnection().close();
            if (existing != null) {
                existing.checkOpened(pool);
                if (backUp) {
                    // Before the migration: a backup of the store as this Parley found it.
                    backup = Backups.of(absolute, key, clock).takeOnOpening(pool).orElse(null);
                }
            }
            // A store already at this Parley's schema needs no Flyway, which scans the class path and validates every
            // script: a second or more of every command (decision 0021).
            if (existing == null || !SchemaVersion.of(pool).current()) {
                created = Flyway.configure()
                        .dataSource(pool)
                        .locations(Migrations.locations(Migrations.H2))
                        .load()
                        .migrate().initialSchemaVersion == null;
            }
        } catch (SQLException e) {
            pool.dispose();
            StoreException failure = translate(absolute, e);
            if (existing != null && !(failure instanceof StoreInUseException)) {
                existing.putBack();
            }
            throw failure;
        } catch (StoreException e) {
            pool.dispose();
            if (existing != null) {
                existing.putBack();
            }
            throw e;
        } catch (FlywayException e) {
            pool.dispose();
            if (existing != null) {
                existing.putBack();
            }
            throw new UnreadableStoreException("The Parley store " + absolute + " could not be brought up to date: "
                    + e.getMessage() + ". Parley has not changed it.", e);
        } catch (RuntimeException e) {
            // Whatever else failed (a library's own exception): the file is put back all the same.
            pool.dispose();
            if (existing != null) {
                existing.putBack();
            }
            throw e;
        } finally {
            if (existing != null) {
                existing.done();
            }
        }
        if (existing != null) {
            existing.removeLeftovers();
        }
        return new Opened(pool, created, backup);
    }

    private static void ensureWritable(Path file) {
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw notWritable(file, "its folder " + folder + " cannot be created (" + reason(e) + ")", e);
        }
        if (!Files.isWritable(folder)) {
            throw notWritable(file, "its folder " + folder + " is not writable", null);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw notWritable(file, "the file is read-only", null);
        }
    }

    private static StoreException notWritable(Path file, String why, Throwable cause) {
        return new StoreException("Parley cannot write its store at " + file + ": " + why + ". "
                + "Choose a location you can write with --db PATH or the PARLEY_DB environment variable.", cause);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT) + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static StoreException translate(Path file, SQLException e) {
        if (DiskFullException.isCause(e)) {
            return new DiskFullException(file, e);
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StoreInUseException(file, e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return PassphraseException.wrong(file, e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) {
            return new UnreadableStoreException("The file " + file + " is not a Parley store this version can read, "
                    + "and Parley has not changed it.", e);
        }
        IOException io = ioCause(e);
        if (io instanceof EOFException) {
            return new UnreadableStoreException("The store " + file + " ends before its own records do (it was cut "
                    + "short): it is damaged, and Parley has not changed it.", e);
        }
        if (io != null) {
            return notWritable(file, "H2 cannot use the path (" + reason(io) + ")", e);
        }
        // Opening runs no statement of ours, so H2's words hold no entered text; its error code is for the log.
        String words = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s*\\[\\d+-\\d+]$", "");
        return new UnreadableStoreException("The Parley store " + file + " could not be opened: " + words
                + ". Parley has not changed it.", e);
    }

    private static IOException ioCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }
}
