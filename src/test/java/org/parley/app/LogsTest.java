package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.ConsoleHandler;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogsTest {

    @TempDir
    Path folder;

    @AfterEach
    void detachTheLog() {
        Logs.install(folder.resolve("elsewhere"));
    }

    @Test
    void theLogRotatesIntoAFewNumberedFilesOfBoundedSize() throws Exception {
        Logs.install(folder, false, 4_000, 3);
        Logger log = Logger.getLogger("rotation");

        for (int i = 0; i < 200; i++) {
            log.info("record " + i + " " + "x".repeat(80));
        }

        assertThat(folder.resolve("parley.log")).exists();
        assertThat(folder.resolve("parley.log.1")).exists();
        assertThat(folder.resolve("parley.log.2")).exists();
        assertThat(folder.resolve("parley.log.3")).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(name -> name.startsWith("parley.log")
                    && !name.endsWith(".lck"));
        }
        for (String name : new String[] {"parley.log", "parley.log.1", "parley.log.2"}) {
            assertThat(Files.size(folder.resolve(name))).isLessThan(4_000 + 200);
        }
        // The newest records are in parley.log, the ones before in parley.log.1.
        assertThat(Files.readString(folder.resolve("parley.log"))).contains("record 199");
        assertThat(Files.readString(folder.resolve("parley.log.1"))).doesNotContain("record 199").contains("record 1");
    }

    @Test
    void theShippedLimitsAreFiveFilesOfTwoMegabytes() {
        assertThat(Logs.LIMIT).isEqualTo(2 * 1024 * 1024);
        assertThat(Logs.COUNT).isEqualTo(5);
    }

    @Test
    void theConsoleGetsNoRecordUnlessVerbose() {
        Logger root = Logger.getLogger("");
        root.addHandler(new ConsoleHandler());

        Logs.install(folder);
        assertThat(Arrays.stream(root.getHandlers())).noneMatch(ConsoleHandler.class::isInstance);

        Logs.install(folder, true);
        assertThat(Arrays.stream(root.getHandlers())).filteredOn(ConsoleHandler.class::isInstance).hasSize(1);
        assertThat(Logs.file()).isEqualTo(folder.resolve("parley.log"));
    }
}
