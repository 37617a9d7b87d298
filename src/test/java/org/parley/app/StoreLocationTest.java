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
        Path chosen = StoreLocation.resolve(Path.of("/tmp/option"), Map.of("PARLEY_DB", "/tmp/env"));
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
        assertThat(StoreLocation.resolve(Path.of("~/teams/a"), Map.of())).isEqualTo(HOME.resolve("teams/a.mv.db"));
        assertThat(StoreLocation.resolve(null, Map.of("PARLEY_DB", "~/b.mv.db"))).isEqualTo(HOME.resolve("b.mv.db"));
    }
}
