package org.parley.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.parley.store.Store;

/** Real H2 stores in a test's temporary folder, migrated by Flyway like the one people use. */
public final class TestStores {

    /** A fixed clock, so stored times are predictable: 2026-11-23 09:00 UTC. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    private TestStores() {
    }

    public static Store open(Path folder) {
        return Store.open(folder.resolve("test" + Store.FILE_SUFFIX), CLOCK);
    }
}
