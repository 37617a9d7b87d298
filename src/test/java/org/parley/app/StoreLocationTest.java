package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    private static final Path HOME = Path.of(System.getProperty("user.home"));

    @Test
    void theDefaultIsParleyDbInTheHomeFolder() {
        assertThat(StoreLocation.resolve(null, Map.of())).isEqualTo(HOME.resolve(".parley/parley.mv.db"));
    }

    @Test
    void theOptionWinsOverTheEnvironment() {
        Path chosen = StoreLocation.resolve("/tmp/option", Map.of("PARLEY_DB", "/tmp/env"));
        assertThat(chosen).isEqualTo(Path.of("/tmp/option.mv.db"));
    }

    @Test
    void theEnvironmentIsUsedWhenThereIsNoOption() {
        assertThat(StoreLocation.resolve(null, Map.of("PARLEY_DB", "/tmp/env.mv.db")))
                .isEqualTo(Path.of("/tmp/env.mv.db"));
        assertThat(StoreLocation.resolve(null, Map.of("PARLEY_DB", "  "))).isEqualTo(HOME.resolve(".parley/parley.mv.db"));
    }

    @Test
    void aLeadingTildeMeansTheHomeFolder() {
        assertThat(StoreLocation.resolve("~/teams/a", Map.of())).isEqualTo(HOME.resolve("teams/a.mv.db"));
        assertThat(StoreLocation.resolve(null, Map.of("PARLEY_DB", "~/b.mv.db"))).isEqualTo(HOME.resolve("b.mv.db"));
    }

    @Test
    void aServerAddressFromTheOptionOrTheEnvironmentIsNoFile() {
        assertThat(StoreLocation.server("postgresql://db.example.com/parley?user=amira", Map.of()))
                .hasValueSatisfying(address -> assertThat(address.toString())
                        .isEqualTo("postgresql://db.example.com:5432/parley?user=amira"));
        assertThat(StoreLocation.server(null, Map.of("PARLEY_DB", "postgres://db:5433/team"))).hasValueSatisfying(
                address -> assertThat(address.port()).isEqualTo(5433));
        assertThat(StoreLocation.server("/tmp/postgresql.mv.db", Map.of("PARLEY_DB", "postgresql://db/x"))).isEmpty();
        assertThat(StoreLocation.server(null, Map.of())).isEmpty();
    }
}
