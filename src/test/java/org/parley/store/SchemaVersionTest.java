package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.TestStores;

class SchemaVersionTest {

    @TempDir
    Path folder;

    @Test
    void latestIsTheNewestMigrationScript() throws Exception {
        int newest = Math.max(versions("db/migration").stream().mapToInt(Integer::intValue).max().orElseThrow(),
                versions("db/vendor/h2").stream().mapToInt(Integer::intValue).max().orElse(0));
        assertThat(SchemaVersion.LATEST).as("SchemaVersion.LATEST names the newest migration").isEqualTo(newest);
    }

    @Test
    void everyDatabaseHasItsOwnScriptForEachStepThatDiffersAndNoneForOneThatDoesNot() throws Exception {
        List<Integer> h2 = versions("db/vendor/h2");
        assertThat(versions("db/vendor/postgresql")).as("the same steps differ for every database").isEqualTo(h2);
        assertThat(versions("db/migration")).as("a step is common or differs, never both").doesNotContainAnyElementsOf(h2);
    }

    /** The versions of the scripts in a folder of the migrations, in order. */
    private static List<Integer> versions(String folder) throws Exception {
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources").resolve(folder))) {
            return scripts.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().toList();
        }
    }

    @Test
    void aStoreAtTheLatestVersionIsCurrentAndReopensWithoutFlyway() throws Exception {
        try (Store store = TestStores.open(folder)) {
            assertThat(SchemaVersion.of(store.dataSource())).isEqualTo(new SchemaVersion.Applied(SchemaVersion.LATEST,
                    false));
            assertThat(SchemaVersion.of(store.dataSource()).current()).isTrue();
        }
        try (Store store = TestStores.open(folder)) {
            assertThat(store.createdNow()).isFalse();
            new WorkshopRepository(store).insert("still writable");
        }
    }

    @Test
    void aStoreAnOlderParleyLeftIsBroughtUpToDate() throws Exception {
        // A store as the previous version left it: migrated up to the step before the newest.
        String url = "jdbc:h2:file:" + folder.resolve("test") + ";FILE_LOCK=FS";
        org.flywaydb.core.Flyway.configure().dataSource(url, "parley", "").locations(Migrations.locations(Migrations.H2))
                .target(String.valueOf(SchemaVersion.LATEST - 1)).load().migrate();
        try (var connection = java.sql.DriverManager.getConnection(url, "parley", "");
             var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }

        try (Store store = TestStores.open(folder)) {
            assertThat(store.createdNow()).isFalse();
            assertThat(SchemaVersion.of(store.dataSource()).current()).isTrue();
        }
    }
}
