package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.RegisterRow;
import org.parley.testing.TestServers;
import org.parley.testing.TestStores;

/**
 * A store on a real PostgreSQL server: the same migrations, the same code and the same results as a file, and the
 * refusals a shared server needs.
 */
class ServerStoreTest {

    @TempDir
    Path folder;

    @Test
    void theSampleWorkshopOnAServerHasTheRegisterAFileHasAndItsChainVerifies() {
        List<String> onFile;
        try (Store file = TestStores.open(folder)) {
            onFile = register(new Services(file));
        }
        try (Store server = TestServers.open()) {
            assertThat(server.onServer()).isTrue();
            assertThat(server.createdNow()).as("a shared server gets no sample by itself").isFalse();
            Services services = new Services(server);
            List<String> onServer = register(services);

            assertThat(onServer).hasSize(14).isEqualTo(onFile);
            assertThat(services.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aSecondConnectionFindsTheDatabaseCurrentAndItsData() throws Exception {
        ServerAddress database = TestServers.newDatabase();
        long workshop;
        try (Store first = TestServers.open(database, TestStores.CLOCK)) {
            workshop = new Services(first).sample().create().id();
        }
        try (Store second = TestServers.open(database, TestStores.CLOCK)) {
            // Read as for a file, so the second opening skips Flyway.
            assertThat(SchemaVersion.of(second.dataSource())).isEqualTo(new SchemaVersion.Applied(SchemaVersion.LATEST,
                    false));
            Services services = new Services(second);
            assertThat(services.workshops().workshop(workshop).name()).isEqualTo("FY27 strategy offsite");
            assertThat(services.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aDatabaseWithTablesThatAreNotParleysIsRefusedUntouched() {
        ServerAddress database = TestServers.newDatabase();
        TestServers.sql(database, "CREATE TABLE invoices (id INT)");

        assertThatThrownBy(() -> TestServers.open(database, TestStores.CLOCK))
                .isInstanceOf(UnreadableStoreException.class)
                .hasMessageContaining("holds tables that are not Parley's");
        assertThatThrownBy(() -> TestServers.sql(database, "SELECT * FROM flyway_schema_history"))
                .hasRootCauseMessage("ERROR: relation \"flyway_schema_history\" does not exist\n  Position: 15");
    }

    @Test
    void aMissingDatabaseIsSaidWithTheCommandThatCreatesIt() {
        ServerAddress real = TestServers.newDatabase();
        ServerAddress missing = new ServerAddress(real.host(), real.port(), "nothing_here", real.user(),
                java.util.Map.of());

        assertThatThrownBy(() -> TestServers.open(missing, TestStores.CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("has no database nothing_here")
                .hasMessageContaining("createdb -h localhost -O postgres nothing_here");
    }

    @Test
    void aUserTheServerDoesNotKnowIsSaidWithWhomToAsk() {
        ServerAddress real = TestServers.newDatabase();
        ServerAddress stranger = new ServerAddress(real.host(), real.port(), real.database(), "nobody_here",
                java.util.Map.of());

        assertThatThrownBy(() -> TestServers.open(stranger, TestStores.CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("does not let the user nobody_here in")
                .hasMessageContaining("Ask its administrator for a login");
    }

    @Test
    void aServersStoreHasNoBackupsOfParleysOwn() {
        try (Store server = TestServers.open()) {
            assertThatThrownBy(server::backups).hasMessageContaining("pg_dump");
        }
    }

    private static List<String> register(Services services) {
        long workshop = services.sample().create().id();
        return services.register().rows(workshop).stream()
                .map(row -> String.join("|", RegisterRow.KEYS.stream().map(row::cell).toList())).toList();
    }
}
