package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path folder;

    /** What one run of the command line printed, and its exit code. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(Map<String, String> environment, String... args) {
        return runWithInput("", environment, args);
    }

    /** Runs the command line on the store {@code store}: {@code --db store} and then {@code args}. */
    static Run runOn(Path store, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = store.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(Map.of(), all);
    }

    /** Runs the command line with {@code input} as its standard input, e.g. PINs for --pin-stdin. */
    /** Runs on {@code store} with {@code --pin-stdin}, giving {@code pins} one per line, as a script would. */
    static Run runWithPins(Path store, java.util.List<String> pins, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--db";
        all[1] = store.toString();
        all[2] = "--pin-stdin";
        System.arraycopy(args, 0, all, 3, args.length);
        return runWithInput(String.join("\n", pins) + "\n", Map.of(), all);
    }

    /** The sample parties' PINs, seat one first, as {@code reveal} and {@code appetite agreed} ask them. */
    static final java.util.List<String> SAMPLE_PINS = java.util.List.of(
            org.parley.app.service.SampleWorkshop.FIRST_PIN, org.parley.app.service.SampleWorkshop.SECOND_PIN);

    static Run runWithInput(String input, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment,
                new java.io.BufferedReader(new java.io.StringReader(input)));
        return new Run(code, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void workshopsListsTheSampleWorkshopOfANewStore() {
        Path store = folder.resolve("cli.mv.db");

        Run result = run("--db", store.toString(), "workshops");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines().toList())
                .first().asString().contains("ID").contains("INITIATIVES").contains("NAME");
        assertThat(result.out()).containsPattern("\\s+1\\s+14\\s+FY27 strategy offsite");
    }

    @Test
    void theEnvironmentVariableChoosesTheStoreWhenNoOptionDoes() {
        Path store = folder.resolve("from-env");

        Run result = run(Map.of("PARLEY_DB", store.toString()), "workshops");

        assertThat(result.exitCode()).isZero();
        assertThat(folder.resolve("from-env.mv.db")).exists();
        assertThat(folder.resolve(Logs.FILE_NAME)).exists();
    }

    @Test
    void helpPrintsUsageWithEveryCommandAndExitsZero() {
        Run result = run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: parley", "--db", "workshops", "Exit codes");
        // The command-line table of design.md, each with its description.
        for (String command : List.of("workshops", "import", "import-scores", "reveal", "appetite", "report", "export",
                "verify", "verify-register")) {
            assertThat(result.out()).containsPattern("(?m)^  " + command + " +[A-Z]\\w+");
        }
    }

    @Test
    void anUnknownCommandPrintsUsageOnStderrAndExitsTwo() {
        Run result = run("--db", folder.resolve("x").toString(), "frobnicate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("frobnicate").contains("Usage: parley");
        assertThat(folder.resolve("x.mv.db")).doesNotExist();
    }

    @Test
    void anUnwritableStoreFailsWithExitOneAndAMessage() throws Exception {
        Path file = java.nio.file.Files.writeString(folder.resolve("plain-file"), "x");

        Run result = run("--db", file.resolve("store.mv.db").toString(), "workshops");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("parley: Parley cannot write its store at");
    }
}
