package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.TestStores;

class StoreTest {

    @TempDir
    Path folder;

    @Test
    void anEmptyFolderGetsANewStoreMigratedToTheLatestSchema() {
        try (Store store = TestStores.open(folder)) {
            assertThat(store.createdNow()).isTrue();
            assertThat(Files.exists(folder.resolve("test.mv.db"))).isTrue();
            List<String> tables = store.dsl().fetch(
                    "select table_name from information_schema.tables where table_schema = 'PUBLIC'")
                    .getValues(0, String.class);
            assertThat(tables).contains("WORKSHOP", "PARTY", "VALUE_CRITERION", "INITIATIVE", "INITIATIVE_TAG",
                    "flyway_schema_history");
        }
    }

    @Test
    void reopeningAStoreKeepsItsContentAndDoesNotCountAsNew() {
        try (Store store = TestStores.open(folder)) {
            new WorkshopRepository(store).insert("Q3 review");
        }
        try (Store store = TestStores.open(folder)) {
            assertThat(store.createdNow()).isFalse();
            assertThat(new WorkshopRepository(store).findByName("q3 REVIEW")).isPresent();
        }
    }

    @Test
    void closingTheStoreLeavesOnlyTheStoreBehindAndItOpensAgainAtOnce() throws Exception {
        try (Store store = TestStores.open(folder)) {
            new WorkshopRepository(store).insert("Q3 review");
        }
        // A copy an opening killed midway left behind goes once the store has opened again.
        Files.writeString(folder.resolve(".test.mv.db.123.before-opening"), "an older state");

        try (Store store = TestStores.open(folder)) {
            assertThat(new WorkshopRepository(store).findByName("Q3 review")).isPresent();
        }

        assertThat(folder.toFile().list()).as("no lock, trace or copy outlives the store's closing")
                .containsExactlyInAnyOrder("test.mv.db", Backups.FOLDER);
    }

    @Test
    void anEmptyStoreFileIsRefusedNotReplacedByANewStore() throws Exception {
        Path file = Files.createFile(folder.resolve("team.mv.db"));

        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessage("The store " + file + " is empty (0 bytes): it is damaged, and Parley has not changed "
                        + "it. There is no backup of it in " + folder.resolve("backups") + ". Choose another store "
                        + "with --db PATH.");
        assertThat(Files.size(file)).isZero();
        assertThat(folder.toFile().list()).containsExactly("team.mv.db");
    }

    @Test
    void aTruncatedStoreIsRefusedAndLeftAsItWas() throws Exception {
        Path file;
        try (Store store = TestStores.open(folder)) {
            file = store.file();
            new WorkshopRepository(store).insert("Q3 review");
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, 8192));

        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The store " + file + " ")
                .hasMessageEndingWith(": it is damaged, and Parley has not changed it. There is no backup of it in "
                        + folder.resolve("backups") + ". Choose another store with --db PATH.");
        assertThat(Files.readAllBytes(file)).isEqualTo(java.util.Arrays.copyOf(whole, 8192));
        assertThat(folder.toFile().list()).containsExactly("test.mv.db");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedUntouched() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.mv.db"), "initiative,decision\r\n");

        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessage("The file " + file + " is not a Parley store (it is not an H2 database), and Parley has "
                        + "not changed it. There is no backup of it in " + folder.resolve("backups") + ". Choose "
                        + "another store with --db PATH.");
        assertThat(Files.readString(file)).isEqualTo("initiative,decision\r\n");
    }

    @Test
    void aStoreWrittenByANewerParleyIsRefusedUntouched() throws Exception {
        Path file;
        try (Store store = TestStores.open(folder)) {
            file = store.file();
            store.dsl().execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") values (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, "
                    + "'parley', 1, true)");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The store " + file + " was written by a newer Parley (schema version 99).");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theFileMayBeNamedWithOrWithoutH2sSuffixOrAsAFolder() throws Exception {
        assertThat(Store.normalise(folder.resolve("team"))).isEqualTo(folder.resolve("team.mv.db"));
        assertThat(Store.normalise(folder.resolve("team.mv.db"))).isEqualTo(folder.resolve("team.mv.db"));
        Path directory = Files.createDirectory(folder.resolve("dir"));
        assertThat(Store.normalise(directory)).isEqualTo(directory.resolve("parley.mv.db"));
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedWithAWayOut() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("locked"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        // Root writes past permissions; not into a process's own folder under /proc, which no one may write.
        Path locked = Files.isWritable(readOnly) ? Path.of("/proc/self") : readOnly;
        Assumptions.assumeFalse(Files.isWritable(locked), "no folder here that this user cannot write");
        assertThatThrownBy(() -> Store.open(locked.resolve("parley.mv.db")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(locked.resolve("parley.mv.db").toString())
                .hasMessageContaining("is not writable")
                .hasMessageContaining("--db PATH");
    }

    @Test
    void aPathUnderAFileIsRefusedBeforeAnythingIsCreated() throws Exception {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> Store.open(file.resolve("parley.mv.db")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot be created")
                .hasMessageContaining("PARLEY_DB");
    }

    @Test
    void aFileThatIsNotAStoreIsRefusedWithoutBeingChanged() throws Exception {
        Path notAStore = Files.writeString(folder.resolve("notes.mv.db"), "these are my notes, not a database");
        assertThatThrownBy(() -> Store.open(notAStore))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(notAStore.toString());
        assertThat(Files.readString(notAStore)).isEqualTo("these are my notes, not a database");
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Store store = TestStores.open(folder)) {
            WorkshopRepository workshops = new WorkshopRepository(store);
            assertThatThrownBy(() -> store.inTransaction(() -> {
                workshops.insert("Half done");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(workshops.findByName("Half done")).isEmpty();
        }
    }
}
