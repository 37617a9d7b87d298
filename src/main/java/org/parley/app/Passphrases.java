package org.parley.app;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.parley.app.service.StoreOpener;
import org.parley.domain.RuleViolation;
import org.parley.domain.PassphraseRules;
import org.parley.store.StoreKey;

/**
 * Where the command line gets a store's passphrase: {@code PARLEY_PASSPHRASE} for scripts, else typed in the terminal
 * without echo. It is stretched into the store's key at once and never kept, logged or printed.
 */
final class Passphrases {

    static final String ENVIRONMENT_VARIABLE = "PARLEY_PASSPHRASE";
    /** Wrong passphrases typed in a terminal before the command gives up. */
    static final int TRIES = StoreOpener.PASSPHRASE_TRIES;

    private final Map<String, String> environment;
    private final PrintWriter err;

    Passphrases(Map<String, String> environment, PrintWriter err) {
        this.environment = environment;
        this.err = err;
    }

    /** True when the passphrase is typed (so a wrong one may be typed again), false when the environment gives it. */
    boolean interactive() {
        return fromEnvironment() == null && System.console() != null;
    }

    /** True when a passphrase can be had: from the environment, or typed in a terminal. */
    boolean available() {
        return fromEnvironment() != null || System.console() != null;
    }

    /** True when {@value #ENVIRONMENT_VARIABLE} is set, whether or not the store needs it. */
    boolean given() {
        return fromEnvironment() != null;
    }

    /** The key of the encrypted store (or backup) at {@code file}. */
    StoreKey existing(Path file) {
        char[] passphrase = fromEnvironment();
        if (passphrase == null) {
            passphrase = typed("Passphrase of " + file + ": ", file);
        }
        try {
            return StoreKey.derive(passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** A new passphrase for {@code file}: from the environment, or typed twice. Refused in words when too short. */
    StoreKey chosen(Path file) {
        char[] passphrase = fromEnvironment();
        if (passphrase == null) {
            err.println("Choose a passphrase for " + file + ": at least " + PassphraseRules.MIN_LENGTH + " characters. "
                    + "Without it the store cannot be opened, and Parley cannot recover it.");
            err.flush();
            passphrase = typed("New passphrase: ", file);
            PassphraseRules.requireValid(passphrase);
            char[] repeat = typed("The same passphrase again: ", file);
            boolean same = Arrays.equals(passphrase, repeat);
            Arrays.fill(repeat, '\0');
            if (!same) {
                Arrays.fill(passphrase, '\0');
                throw new RuleViolation("passphrase", "The two passphrases differ; nothing was changed. Run the "
                        + "command again.");
            }
        }
        try {
            return StoreKey.derive(passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    private char[] fromEnvironment() {
        String value = environment.get(ENVIRONMENT_VARIABLE);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    private static char[] typed(String prompt, Path file) {
        Console console = System.console();
        if (console == null) {
            throw new RuleViolation("passphrase", "The store " + file + " needs a passphrase. Run the command in a "
                    + "terminal to type it, or set " + ENVIRONMENT_VARIABLE + " for a script.");
        }
        char[] typed = console.readPassword("%s", prompt);
        return typed == null ? new char[0] : typed;
    }
}
