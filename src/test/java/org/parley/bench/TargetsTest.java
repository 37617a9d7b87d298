package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark of issue 12's targets, run once at a tiny size so that it cannot rot between benchmark runs. */
class TargetsTest {

    @TempDir
    Path work;

    @Test
    void theHarnessMeasuresEveryTargetAndPrintsACompleteTable() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Targets.run(List.of(20), 1, System.getProperty("java.class.path"), List.of("-XX:+UseSerialGC"), work,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        String table = printed.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("Machine: ", " cores, ", "Java ", "Java options: -XX:+UseSerialGC");
        List<String> rows = table.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| work")).toList();
        assertThat(rows).hasSize(4 + 7 + 4);
        assertThat(rows).filteredOn(row -> row.contains("\u2264")).hasSize(9)
                .allSatisfy(row -> assertThat(row).matches("\\| .+ \\| [-\\d,]+ \\| \\d+\\.\\d\\d \\| .+ \\| \\d+\\.\\d\\d "
                        + "\\| \\d+\\.\\d\u00d7 \\| \u2264 [\\d.]+\u00d7 (yes|no) \\|"));
    }
}
