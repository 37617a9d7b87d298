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
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * Everything Parley knows, migrated by Flyway when opened: by default the local H2 file, which one process at a
 * time may own (H2's file lock refuses a second one, and we turn that refusal into advice); or a database on a
 * PostgreSQL server that many share (issue 17, decision 0036). This class is the open store, its transactions and
 * its recovery from a refused write; {@link StoreOpening} opens a file, {@link ServerOpening} a server's database.
 */
public final class Store implements AutoCloseable {

    /** H2 appends this to the database name; people name the file, H2 wants the name. */
    public static final String FILE_SUFFIX = ".mv.db";
    /** The key of the advisory lock that guards the audit chain on a server: "PARLEY" in ASCII. */
    private static final long AUDIT_CHAIN_LOCK = 0x5041524C4559L;

    private final Path file;
    /** The server's database, or null for a file store; then {@link #server} is null too. */
    private final ServerAddress address;
    private final HikariDataSource server;
    /** Who this opening is, for the workshop leases of a server (a file has one owner and needs none). */
    private final StoreSession session = StoreSession.here();
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
        this.address = null;
        this.server = null;
        this.backupOnOpening = backupOnOpening;
        this.key = key;
        this.created = created;
        this.pool = pool;
        this.clock = clock;
        Settings settings = new Settings().withExecuteLogging(false);
        this.base = DSL.using(new DefaultConfiguration().set(new Connections()).set(SQLDialect.H2).set(settings));
    }

    private Store(ServerAddress address, HikariDataSource server, Clock clock) {
        this.file = null;
        this.address = address;
        this.server = server;
        this.backupOnOpening = null;
        this.key = null;
        // A new database on a server is not filled with the sample workshop: others may share it.
        this.created = false;
        this.clock = clock;
        // The generated names are H2's upper case; PostgreSQL created them in lower case. Rendered in lower case, also
        // where the driver quotes them itself (the columns whose generated keys it returns).
        Settings settings = new Settings().withExecuteLogging(false).withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderNameCase(RenderNameCase.LOWER);
        this.base = DSL.using(new DefaultConfiguration().set(new Connections()).set(SQLDialect.POSTGRES)
                .set(settings));
    }

    /**
     * Connects to the Parley database on a PostgreSQL server and brings it up to date.
     *
     * @param password from {@code PGPASSWORD}, or null for the server's own means: {@code ~/.pgpass}, trust, peer
     */
    public static Store connect(ServerAddress address, String password, Clock clock) {
        return new Store(address, ServerOpening.open(address, password), clock);
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

    /** The store's file, or null for a store on a server. */
    public Path file() {
        return file;
    }

    /** The folder the store lives in, where the log goes beside it; null for a store on a server. */
    public Path folder() {
        return file == null ? null : file.getParent();
    }

    /** True for a store on a PostgreSQL server, false for a file. */
    public boolean onServer() {
        return server != null;
    }

    StoreSession session() {
        return session;
    }

    /** Where the store is, as people name it: its file, or its server address (never with a password). */
    public String location() {
        return file != null ? file.toString() : address.toString();
    }

    /** True when the store is encrypted. */
    public boolean encrypted() {
        return key != null;
    }

    /** The store's backups, encrypted like the store. */
    public Backups backups() {
        if (onServer()) {
            throw new StoreException("A store on a server is backed up by the server: pg_dump -Fc -h "
                    + address.host() + " -U " + address.user() + " " + address.database() + " (README, Team server).");
        }
        return Backups.of(file, key, clock);
    }

    /** The backup this opening took, if it took one (it does not when the store is new or unchanged). */
    public Optional<Path> backupOnOpening() {
        return Optional.ofNullable(backupOnOpening);
    }

    DataSource dataSource() {
        return onServer() ? server : pool;
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
            if (onServer()) {
                throw ServerOpening.busy(e);
            }
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

    /** A column's name as this database keeps it, for JDBC calls that name columns themselves (generated keys). */
    String columnName(Field<?> column) {
        return onServer() ? column.getName().toLowerCase(Locale.ROOT) : column.getName();
    }

    /**
     * Makes the caller's transaction the only one that appends to the audit chain until it ends, so that writers on
     * a server never both read the same head and fork the chain. A file has one owner, whose row lock suffices.
     */
    void lockAuditChain() {
        if (onServer()) {
            dsl().execute("SELECT pg_advisory_xact_lock(" + AUDIT_CHAIN_LOCK + ")");
        }
    }

    @Override
    public void close() {
        if (onServer()) {
            try {
                inTransaction(() -> new Leases(this).releaseAll());
            } catch (RuntimeException e) {
                // The server is gone or refuses: the leases free themselves after their timeout.
            }
            server.close();
            return;
        }
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
            if (onServer()) {
                try {
                    return server.getConnection();
                } catch (SQLException e) {
                    throw new DataAccessException("Error getting a connection to the store " + address, e);
                }
            }
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
                throw new DataAccessException("Error closing a connection to the store " + location(), e);
            }
        }
    }
}
