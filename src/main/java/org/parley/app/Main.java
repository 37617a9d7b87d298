package org.parley.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Entry point of {@code parley.jar}. It does not extend {@code Application}, so that the JavaFX runtime
 * can be loaded from the class path of a plain jar, and so that commands run without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // The terminal, held before libraries' prints are sent to the log: what Parley says still reaches it.
        PrintStream terminalOut = System.out;
        PrintStream terminalErr = System.err;
        if (!List.of(args).contains(Cli.VERBOSE)) {
            Logs.captureConsole();
        }
        PrintWriter out = new PrintWriter(terminalOut, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(terminalErr, true, StandardCharsets.UTF_8);
        int exitCode = Cli.execute(args, out, err, System.getenv());
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
