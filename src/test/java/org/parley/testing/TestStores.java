package org.parley.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.app.service.Services;
import org.parley.store.ServerAddress;
import org.parley.store.Store;

/**
 * Real stores for the tests, migrated by Flyway like the one people use: an H2 file in the test's temporary folder, or,
 * when the build runs the tests again with {@code -Dparley.test.store=postgresql}, a database of the folder's own on
 * the embedded PostgreSQL server ({@link TestServers}), so that the same tests hold on both.
 */
public final class TestStores {

    /** A fixed clock, so stored times are predictable: 2026-11-23 09:00 UTC. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    private TestStores() {
    }

    /** The system property that chooses the kind of store: {@code file} (the default) or {@code postgresql}. */
    public static final String KIND = "parley.test.store";

    /** Each folder's database, so that opening a folder's store again opens the same one. */
    private static final Map<Path, ServerAddress> DATABASES = new ConcurrentHashMap<>();

    public static Store open(Path folder) {
        return open(folder, CLOCK);
    }

    /** As {@link #open(Path)}, with a clock of the test's own, e.g. one it moves on. */
    public static Store open(Path folder, Clock clock) {
        if (onServer()) {
            return Store.connect(DATABASES.computeIfAbsent(folder.toAbsolutePath(), f -> TestServers.newDatabase()),
                    null, clock);
        }
        return Store.open(folder.resolve("test" + Store.FILE_SUFFIX), clock);
    }

    /**
     * The services of a store with the sample workshop in it, as a new file store has it: {@link Services#openedOn}
     * fills a file store it created; a server's database is never filled by itself, so it is filled here when empty.
     */
    public static Services withSample(Store store) {
        if (!store.onServer()) {
            return Services.openedOn(store);
        }
        Services services = new Services(store);
        if (services.workshops().workshops().isEmpty()) {
            store.inTransaction(() -> services.sample().create());
        }
        return services;
    }

    /** True when this run's stores are on the PostgreSQL server. */
    public static boolean onServer() {
        return "postgresql".equals(System.getProperty(KIND));
    }
}
