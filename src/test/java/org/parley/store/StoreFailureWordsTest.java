package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.TestStores;

/**
 * Store failures in words: a full disk, a store made read-only, a lock file a failed start left behind, a path H2
 * cannot use.
 */
class StoreFailureWordsTest {

    @TempDir
    Path folder;

    /** The system's own "disk full": writing to /dev/full fails with ENOSPC, as a full disk does. */
    private static IOException diskFull() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs /dev/full");
        try {
            Files.write(full, new byte[8192]);
        } catch (IOException e) {
            return e;
        }
        throw new AssertionError("/dev/full accepted a write");
    }

    @Test
    void aFullDiskBeneathH2AndJooqIsFoundAndSaidInWords() {
        IOException enospc = diskFull();
        SQLException h2 = new SQLException("General error: \"Writing to channel failed\" [50000-232]", "HY000", 50000,
                new IllegalStateException("Writing to channel failed", enospc));
        RuntimeException jooq = new RuntimeException("SQL [insert into NOTE ...]", h2);
        Path store = folder.resolve("parley.mv.db");

        Throwable explained = StoreException.explain(store, jooq);

        assertThat(enospc).hasMessageContaining("No space left on device");
        assertThat(explained).isInstanceOf(DiskFullException.class).hasCause(jooq)
                .hasMessage("The disk holding " + folder + " is full: free some space on it and try again. "
                        + "Nothing of this change was saved; what was saved before is kept.");
    }

    @Test
    void otherFailuresAreLeftAsTheyAre() {
        RuntimeException other = new RuntimeException(new SQLException("Table \"X\" not found", "42S02", 42102,
                new IOException("Permission denied")));

        assertThat(StoreException.explain(folder.resolve("parley.mv.db"), other)).isSameAs(other);
        assertThat(DiskFullException.isCause(other)).isFalse();
    }

    @Test
    void aStoreMadeReadOnlyBeneathH2AndJooqIsFoundAndSaidInWords() {
        // The system's words for EROFS; ConsoleTest makes a store immutable for real, where they are EPERM's.
        SQLException h2 = new SQLException("General error: \"Writing to channel failed\" [50000-232]", "HY000", 50000,
                new IllegalStateException("Writing to channel failed", new IOException("Read-only file system")));
        SQLException reopenedReadOnly = new SQLException("The database is read only", "90097", 90097);
        Path store = folder.resolve("parley.mv.db");

        assertThat(StoreException.explain(store, new RuntimeException("SQL [insert into NOTE ...]", h2)))
                .isInstanceOf(StoreReadOnlyException.class)
                .hasMessage("Parley cannot write its store " + store + ": the file, its folder or its drive has been "
                        + "made read-only. Make it writable again and try again. Nothing of this change was saved; "
                        + "what was saved before is kept.");
        assertThat(StoreException.explain(store, reopenedReadOnly)).isInstanceOf(StoreReadOnlyException.class);
    }

    @Test
    void onlyTheSystemsWordsOfAFailedWriteSayReadOnly() {
        RuntimeException rule = new RuntimeException("Operation not permitted: the agreement is signed");
        StoreException opening = new StoreException("Parley cannot write its store at x: the file is read-only.",
                new IOException("Read-only file system"));

        assertThat(StoreException.explain(folder.resolve("parley.mv.db"), rule)).isSameAs(rule);
        assertThat(StoreException.explain(folder.resolve("parley.mv.db"), opening)).isSameAs(opening);
    }

    @Test
    void anEmptyLockFileLeftByAFailedStartDoesNotKeepTheStoreClosed() throws Exception {
        try (Store store = TestStores.open(folder)) {
            new WorkshopRepository(store).insert("Kept");
        }
        Files.createFile(folder.resolve("test.lock.db"));

        try (Store store = TestStores.open(folder)) {
            assertThat(new WorkshopRepository(store).findByName("Kept")).isPresent();
        }
    }

    @Test
    void aPathH2CannotUseIsSaidWithTheSystemsReason() {
        Path tooLong = folder.resolve("x".repeat(300) + Store.FILE_SUFFIX);

        assertThatThrownBy(() -> Store.open(tooLong))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Parley cannot write its store at " + tooLong)
                .hasMessageContaining("File name too long")
                .hasMessageNotContaining("[8000-232]");
    }
}
