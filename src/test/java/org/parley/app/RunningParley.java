package org.parley.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.parley.app.service.Consent;
import org.parley.app.service.Services;
import org.parley.domain.Actor;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.ui.common.Failures;
import org.parley.ui.common.ScriptedDialogs;

/**
 * A Parley that keeps its store open, as the window does, for {@link ConsoleTest}: it reads lines from standard input
 * and says on its terminal what the window would. {@code save NAME} creates a workshop and prints {@code saved NAME},
 * or "Saving: " and the words the window's failure dialog shows; {@code sh COMMAND} runs a shell command in this
 * process's namespaces (to fill its disk, or make its store read-only) and prints {@code sh} and its exit code.
 */
public final class RunningParley {

    private RunningParley() {
    }

    public static void main(String[] args) throws Exception {
        // As Main does: the terminal is held, and whatever libraries print goes to the log.
        PrintStream terminal = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Logs.captureConsole();
        Path file = Store.normalise(Path.of(args[0]));
        Logs.install(file.getParent(), false);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        try (Store store = Store.open(file)) {
            Services services = Services.openedOn(store);
            Failures.explainWith(error -> StoreException.explain(file, error));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("sh ")) {
                    Process shell = new ProcessBuilder("sh", "-c", line.substring(3))
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    terminal.println("sh " + shell.waitFor());
                } else if (line.startsWith("save ")) {
                    String name = line.substring(5);
                    try {
                        services.workshops().create(name, Consent.nobody(Actor.WINDOW));
                        terminal.println("saved " + name);
                    } catch (RuntimeException e) {
                        Failures.report(dialogs, "Saving", e);
                        List<String> shown = dialogs.shown();
                        terminal.println(shown.remove(shown.size() - 1));
                    }
                }
            }
        }
    }
}
