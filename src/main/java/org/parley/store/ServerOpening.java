package org.parley.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Opens a store on a PostgreSQL server: a small pool of connections, a database that is empty or Parley's, and
 * Flyway bringing it up to date with the same scripts as a file store, plus those under {@code db/vendor/postgresql}
 * (decision 0036). Flyway takes PostgreSQL's advisory lock while it migrates, so two Parleys starting at once
 * cannot both run a script.
 */
final class ServerOpening {

    /** Enough for a window's background work and a command; the server's own limit is far above. */
    private static final int CONNECTIONS = 4;
    private static final long CONNECT_MILLIS = 10_000;
    static final int LOCK_WAIT_SECONDS = 15;

    private ServerOpening() {
    }

    static HikariDataSource open(ServerAddress address, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(CONNECTIONS);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_MILLIS);
        config.setPoolName("parley");
        // A change waits for another's locks at most this long, and a transaction left open (a laptop asleep
        // mid-change) is ended by the server, so that no one session can stop every other's writes.
        config.setConnectionInitSql("SET lock_timeout = '" + LOCK_WAIT_SECONDS + "s'; "
                + "SET idle_in_transaction_session_timeout = '60s'");
        // The first connection is made here, so that a wrong address or password is said now, in words.
        config.setInitializationFailTimeout(CONNECT_MILLIS);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw explain(address, e.getCause() instanceof SQLException sql ? sql : null, e);
        }
        try {
            checkParleys(pool, address);
            // As for a file (decision 0021): a database at this Parley's schema needs no Flyway, which scans the class
            // path and validates every script, a good part of a command's time.
            if (!SchemaVersion.of(pool).current()) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations(Migrations.locations(Migrations.POSTGRESQL))
                        .load()
                        .migrate();
            }
            return pool;
        } catch (SQLException e) {
            pool.close();
            throw explain(address, e, e);
        } catch (FlywayException e) {
            pool.close();
            throw new UnreadableStoreException("The Parley store at " + address + " could not be brought up to date: "
                    + e.getMessage() + ". Parley has not changed it.", e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** A database with tables but no Parley history is someone else's: refused before anything is written. */
    private static void checkParleys(HikariDataSource pool, ServerAddress address) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("SELECT COUNT(*) FILTER (WHERE table_name <> "
                     + "'flyway_schema_history'), COUNT(*) FILTER (WHERE table_name = 'flyway_schema_history') "
                     + "FROM information_schema.tables WHERE table_schema = current_schema()")) {
            tables.next();
            int others = tables.getInt(1);
            boolean history = tables.getInt(2) > 0;
            if (others > 0 && !history) {
                throw new UnreadableStoreException("The database " + address.database() + " on " + address.host()
                        + " holds tables that are not Parley's. Give Parley a database of its own (createdb "
                        + address.database() + "_parley, say), so that it never touches another application's data.",
                        null);
            }
        }
    }

    /**
     * A change the server gave up on because others held what it needed (a lock wait past its limit, a deadlock, a
     * conflicting transaction) said in words: nothing of it was written. Any other failure is returned as it is.
     */
    static RuntimeException busy(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && Set.of("55P03", "40P01", "40001").contains(sql.getSQLState())) {
                return new StoreException("The server was busy with other changes to Parley's store and did not let "
                        + "this one through within " + LOCK_WAIT_SECONDS + " seconds. Nothing was changed; try again "
                        + "in a moment.", failure);
            }
        }
        return failure;
    }

    /** The server's refusal in words, with what to do; the SQL state says which refusal it is. */
    private static StoreException explain(ServerAddress address, SQLException failure, Exception cause) {
        String state = failure == null || failure.getSQLState() == null ? "" : failure.getSQLState();
        String where = address.host() + ":" + address.port();
        if (state.startsWith("08")) {
            return new StoreException("Parley could not reach the PostgreSQL server at " + where + " ("
                    + message(failure) + "). Check that it runs and that its pg_hba.conf lets this computer in.",
                    cause);
        }
        if (state.equals("28000")) {
            return new StoreException("The PostgreSQL server at " + where + " does not let the user " + address.user()
                    + " in: " + message(failure) + ". Ask its administrator for a login, or name another with ?user= "
                    + "(README, Team server).", cause);
        }
        if (state.equals("28P01")) {
            return new StoreException("The PostgreSQL server at " + where + " refused the user " + address.user()
                    + ": " + message(failure) + ". Set PGPASSWORD, or add a line to ~/.pgpass ("
                    + address.host() + ":" + address.port() + ":" + address.database() + ":" + address.user()
                    + ":PASSWORD, readable by you alone).", cause);
        }
        if (state.equals("3D000")) {
            return new StoreException("The PostgreSQL server at " + where + " has no database " + address.database()
                    + ". Create it (createdb -h " + address.host() + " -O " + address.user() + " "
                    + address.database() + ") and start Parley again.", cause);
        }
        return new StoreException("Parley could not open the store at " + address + ": " + message(cause), cause);
    }

    private static String message(Exception e) {
        return e == null || e.getMessage() == null ? "no reason given" : e.getMessage().strip();
    }
}
