package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The local H2 file that holds everything Parley knows, migrated by Flyway when opened. One process at a
 * time may own it: H2's file lock refuses a second one, and we turn that refusal into advice. This class is the
 * open store, its transactions and its recovery from a refused write; {@link StoreOpening} opens the file.
 */
public final class Store implements AutoCloseable {

    /** H2 appends this to the database name; people name the file, H2 wants the name. */
    public static final String FILE_SUFFIX = ".mv.db";

    private final Path file;
    /** Replaced by {@link #reopen} when H2 gave up on the file after a failed write. */
    private volatile JdbcConnectionPool pool;
    /** Set by a write the system refused: the next action opens the store anew before it starts. */
    private volatile boolean refused;
    private final DSLContext base;
    private final Clock clock;
    private final ThreadLocal<DSLContext> transaction = new ThreadLocal<>();
    private final boolean created;
    private final StoreKey key;
    private final Path backupOnOpening;

    private Store(Path file, JdbcConnectionPool pool, Clock clock, StoreKey key, boolean created, Path backupOnOpening) {
        this.file = file;
        this.backupOnOpening = backupOnOpening;
        this.key = key;
        this.created = created;
        this.pool = pool;
        this.clock = clock;
        Settings settings = new Settings().withExecuteLogging(false);
        this.base = DSL.using(new DefaultConfiguration().set(new Connections()).set(SQLDialect.H2).set(settings));
    }

    public static Store open(Path file) {
        return open(file, Clock.systemUTC());
    }

    public static Store open(Path file, Clock clock) {
        return open(file, clock, null);
    }

    /**
     * Opens (creating when absent) and migrates the store at {@code file}, e.g. {@code ~/.parley/parley.mv.db},
     * taking a backup of it first when it changed since the newest one. {@code key} opens an encrypted store, or
     * creates one; null for a plain store.
     */
    public static Store open(Path file, Clock clock, StoreKey key) {
        return open(file, clock, key, true);
    }

    static Store open(Path file, Clock clock, StoreKey key, boolean backUp) {
        Path absolute = normalise(file);
        StoreOpening.Opened opened = StoreOpening.open(absolute, clock, key, backUp);
        return new Store(absolute, opened.pool(), clock, key, opened.created(), opened.backup());
    }

    /** True when the file at {@code file} is an encrypted store, which opens only with its passphrase. */
    public static boolean isEncrypted(Path file) {
        Path absolute = normalise(file);
        return Files.isRegularFile(absolute) && ExistingStore.isEncrypted(absolute);
    }

    /** Accepts the file with or without H2's suffix; a directory gets the default file name inside it. */
    public static Path normalise(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            absolute = absolute.resolve("parley" + FILE_SUFFIX);
        }
        String text = absolute.toString();
        return text.endsWith(FILE_SUFFIX) ? absolute : Path.of(text + FILE_SUFFIX);
    }

    public Path file() {
        return file;
    }

    /** The folder the store lives in; the log file goes beside it. */
    public Path folder() {
        return file.getParent();
    }

    /** True when the store is encrypted. */
    public boolean encrypted() {
        return key != null;
    }

    /** The store's backups, encrypted like the store. */
    public Backups backups() {
        return Backups.of(file, key, clock);
    }

    /** The backup this opening took, if it took one (it does not when the store is new or unchanged). */
    public Optional<Path> backupOnOpening() {
        return Optional.ofNullable(backupOnOpening);
    }

    DataSource dataSource() {
        return pool;
    }

    /** True when this opening created the store, so that the first start can fill it with a sample. */
    public boolean createdNow() {
        return created;
    }

    /** The time now, to the microsecond: what a TIMESTAMP column keeps, so a hash of it reads back the same. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Runs {@code work} in one transaction; joins the caller's transaction when there is one. */
    public <T> T inTransaction(Supplier<T> work) {
        if (transaction.get() != null) {
            return work.get();
        }
        try {
            return base.transactionResult(configuration -> {
                transaction.set(configuration.dsl());
                try {
                    return work.get();
                } finally {
                    transaction.remove();
                }
            });
        } catch (RuntimeException e) {
            Throwable explained = StoreException.explain(file, e);
            if (explained != e) {
                // H2 closed the database as the write failed. The next action opens the store anew, once it can be
                // written, rather than let H2's pool reopen it by itself: read-only for good, were the file still so.
                refused = true;
                throw (StoreException) explained;
            }
            throw e;
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    DSLContext dsl() {
        DSLContext current = transaction.get();
        return current != null ? current : base;
    }

    OffsetDateTime timestamp() {
        return OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
    }

    @Override
    public void close() {
        boolean compact = false;
        // SHUTDOWN closes the database even if a connection was not given back, so no lock file outlives the
        // process. Plain JDBC: jOOQ would ask the closed database for an update count. (No trace file is written.)
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement()) {
            compact = !connection.isReadOnly() && Files.isWritable(folder())
                    && StoreCompaction.FileUse.of(pool).worthCompacting();
            statement.execute("SHUTDOWN");
        } catch (SQLException | RuntimeException e) {
            // Already closed by H2 itself, e.g. after a fatal error; disposing the pool is all that is left.
            compact = false;
        }
        pool.dispose();
        if (compact) {
            StoreCompaction.compact(file, key, clock);
        }
    }

    /**
     * Opens the store anew after a refused write, once the file can be written again: H2 has closed the database (its
     * pool's connections are dead), and a connection it opened by itself meanwhile would be read-only for good. The
     * opening is the same as at the start, with its checks, so the recovered store is one Parley would open.
     */
    private synchronized void reopen(JdbcConnectionPool failed) {
        if (pool != failed) {
            return;
        }
        // Until an opening succeeds, every action tries again: the cause may be gone by then.
        refused = true;
        if (!Files.isWritable(file) || !Files.isWritable(folder())) {
            throw new StoreReadOnlyException(file, null);
        }
        // First: while the old pool's connections are open, H2 hands a new connection the database they hold.
        failed.dispose();
        // With the key it was opened with; no backup, as the store is the one this process had open.
        pool = StoreOpening.open(file, clock, key, false).pool();
        refused = false;
    }

    /** The pool's connections, after a reopening when a write was refused or H2 closed the database. */
    private final class Connections implements ConnectionProvider {

        @Override
        public Connection acquire() {
            JdbcConnectionPool current = pool;
            if (refused) {
                reopen(current);
                current = pool;
            }
            try {
                return current.getConnection();
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                    throw new DataAccessException("Error getting connection from the store " + file, e);
                }
            }
            // H2 closed the database after a failure this store did not see, such as a failed read.
            reopen(current);
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                throw new DataAccessException("Error getting connection from the store " + file, e);
            }
        }

        @Override
        public void release(Connection connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new DataAccessException("Error closing a connection to the store " + file, e);
            }
        }
    }
}
