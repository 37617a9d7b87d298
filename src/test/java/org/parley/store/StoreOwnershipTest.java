package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testing.TestStores;

/** One process owns a store; a second one, a real separate JVM, is told so and leaves it alone. */
class StoreOwnershipTest {

    @TempDir
    Path folder;

    @Test
    void aSecondProcessIsToldWhoOwnsTheStoreAndWhatToDo() throws Exception {
        try (Store store = TestStores.open(folder)) {
            new WorkshopRepository(store).insert("Owned");

            Process second = runParley("--db", store.file().toString(), "workshops");
            String stderr = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            String stdout = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(stdout).isEmpty();
            assertThat(stderr)
                    .contains(store.file().toString())
                    .contains("already open in another Parley window")
                    .contains("--db PATH");
            assertThat(Files.list(folder)).extracting(p -> p.getFileName().toString())
                    .as("the second process created nothing beside the store but its log line")
                    .allMatch(name -> name.startsWith("test.") || name.equals("parley.log"));
            assertThat(new WorkshopRepository(store).summaries()).extracting("name").containsExactly("Owned");
        }
    }

    private static Process runParley(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.parley.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("PARLEY_DB");
        return builder.start();
    }
}
