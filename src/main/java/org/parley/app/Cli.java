package org.parley.app;

import org.parley.app.service.BuildInfo;
import org.parley.app.service.Consent;
import org.parley.domain.Actor;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.app.service.Services;
import org.parley.domain.ParleyException;
import org.parley.domain.Party;
import org.parley.domain.RuleViolation;
import org.parley.store.PassphraseException;
import org.parley.store.ServerAddress;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.store.StoreKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line: with no command it opens the window; every command works without a display. */
@Command(name = "parley",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Parley: the CISO and the CTO agree which initiatives go ahead, and with how much risk.%n"
                + "With no command, opens the workbench window.",
        footer = {"", "Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage.",
                "The store is --db PATH, else $PARLEY_DB, else ~/.parley/parley.mv.db; either may be a PostgreSQL",
                "server's database, postgresql://host:5432/parley?user=NAME, with the password in $PGPASSWORD or",
                "~/.pgpass.",
                "An encrypted store's passphrase is asked in the terminal, or read from $PARLEY_PASSPHRASE."},
        subcommands = {WorkshopCommands.Workshops.class, WorkshopCommands.Sessions.class, StoreCommands.Backup.class, StoreCommands.ListBackups.class,
                StoreCommands.Restore.class, StoreCommands.Encrypt.class, StoreCommands.Decrypt.class, ExchangeCommands.Import.class, ScoringCommands.ImportScores.class,
                ScoringCommands.Reveal.class, DivergenceCommands.SetAppetite.class, DivergenceCommands.Report.class,
                QuantCommands.SetTolerance.class, QuantCommands.Quant.class,
                ExchangeCommands.ExportRegister.class, BoardPackCommands.WriteBoardPack.class, AuditCommands.Verify.class, AuditCommands.VerifyRegister.class,
                GeneratorCommands.Generate.class, TransferCommands.Transfer.class})
public final class Cli implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(Cli.class.getName());
    /** Where PostgreSQL's own tools take a password from, so Parley does too; never from the command line. */
    static final String PGPASSWORD = "PGPASSWORD";
    /** The folder of the log of a command on a server's store, which has no folder of its own on this computer. */
    static final String PARLEY_LOG = "PARLEY_LOG";

    @Option(names = "--db", paramLabel = "PATH|URL", description = "The store file to use, e.g. ./team.mv.db, or a "
            + "database on a PostgreSQL server, e.g. postgresql://db.example.com:5432/parley?user=amira.")
    private String db;

    /** Spelled out for {@link Main}, which must know before parsing whether the console stays quiet. */
    static final String VERBOSE = "--verbose";

    @Option(names = VERBOSE, description = "Also print the log on stderr: libraries' warnings and stack traces. "
            + "Without it they go only to " + Logs.FILE_NAME + " beside the store.")
    private boolean verbose;

    @Option(names = "--pin-stdin", description = "Read the PINs a command needs from standard input, one per line, "
            + "instead of asking in the terminal.")
    private boolean pinStdin;

    @Option(names = "--encrypted", description = "Create the store encrypted when it does not exist yet, under a "
            + "passphrase of at least 12 characters, typed twice in the terminal or read from $"
            + Passphrases.ENVIRONMENT_VARIABLE + ". An existing store is encrypted with the encrypt command.")
    private boolean encrypted;

    private BufferedReader in;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;

    private Cli(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return execute(args, out, err, environment, new BufferedReader(
                new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with {@code in} as standard input, where {@code --pin-stdin} reads PINs from. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment,
                              BufferedReader in) {
        Cli cli = new Cli(environment);
        cli.in = in;
        CommandLine commandLine = new CommandLine(cli);
        // Every command answers --help with its own usage, not just the top level.
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // Bad usage always shows the usage, suggestions or not, and exits 2.
        commandLine.setParameterExceptionHandler((error, arguments) -> {
            CommandLine cmd = error.getCommandLine();
            cmd.getErr().println(error.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(error, cmd.getErr());
            cmd.usage(cmd.getErr());
            return CommandLine.ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> cli.fail(error, cmd.getErr()));
        return commandLine.execute(args);
    }

    /**
     * A failed command: one {@code parley: } line in words on stderr, exit 1. A full disk or a read-only store is
     * said as such; a failure nobody foresaw is named, and its stack trace, like any the person does not see, goes to
     * the log.
     */
    int fail(Throwable error, PrintWriter err) {
        Throwable explained = StoreLocation.namesServer(db, environment) ? error
                : StoreException.explain(storeFile(), error);
        if (explained instanceof ParleyException) {
            boolean hidden = explained != error || error.getCause() != null;
            LOG.log(hidden ? Level.WARNING : Level.INFO, "Command failed: " + explained.getMessage(), hidden ? error : null);
            err.println("parley: " + explained.getMessage());
        } else {
            LOG.log(Level.SEVERE, "Command failed", error);
            Path log = Logs.file();
            err.println("parley: unexpected error (" + error.getClass().getSimpleName() + "). "
                    + (log != null ? "The details are in " + log + "." : "Run it again with " + VERBOSE + " to see them."));
        }
        return 1;
    }

    /** No command: the window. */
    @Override
    public Integer call() {
        Optional<ServerAddress> server = server();
        if (server.isPresent()) {
            return ParleyApplication.openOnServer(server.get(), environment.get(PGPASSWORD), serverLogFolder(), err(),
                    verbose);
        }
        return ParleyApplication.open(storeFile(), StoreLocation.defaultFile(), err(), verbose, encrypted);
    }

    /**
     * The store file; a store on a server has none, and a command that works on the file itself is refused there in
     * words.
     */
    Path storeFile() {
        server().ifPresent(address -> {
            throw new RuleViolation("db", "The store " + address + " is on a PostgreSQL server, and this works on a "
                    + "store file. The server keeps its database: back it up with pg_dump (README, Team server).");
        });
        return StoreLocation.resolve(db, environment);
    }

    /** A server's store has no folder of its own here: its log goes to PARLEY_LOG, else beside the default store. */
    Path serverLogFolder() {
        String logs = environment.get(PARLEY_LOG);
        return logs != null && !logs.isBlank() ? Path.of(logs.strip()) : StoreLocation.defaultFile().getParent();
    }

    /** The server's database that --db or PARLEY_DB names, if it names one. */
    Optional<ServerAddress> server() {
        return StoreLocation.server(db, environment);
    }

    /** The store file, with the log installed beside it, for a command that works on the file itself. */
    Path storeFileWithLog() {
        Path file = storeFile();
        Logs.install(file.getParent(), verbose);
        return file;
    }

    /** Opens the store for one command and closes it afterwards. */
    <T> T withServices(Function<Services, T> command) {
        return withStore(store -> command.apply(Services.openedOn(store)));
    }

    /**
     * Opens the store, asking for its passphrase when it is encrypted (or created with {@code --encrypted}), for one
     * command; closes it afterwards. In a terminal a wrong passphrase may be typed again, three tries in all.
     */
    <T> T withStore(Function<Store, T> command) {
        Optional<ServerAddress> server = server();
        if (server.isPresent()) {
            Logs.install(serverLogFolder(), verbose);
            try (Store store = connect(server.get())) {
                return command.apply(store);
            }
        }
        Path file = storeFileWithLog();
        for (int attempt = 1; ; attempt++) {
            StoreKey key = storeKey(file);
            try (Store store = Store.open(file, Clock.systemUTC(), key)) {
                return command.apply(store);
            } catch (PassphraseException e) {
                if (!e.wrongPassphrase() || !passphrases().interactive() || attempt == Passphrases.TRIES) {
                    throw e;
                }
                err().println("parley: that passphrase does not open the store; try again (" + (Passphrases.TRIES
                        - attempt) + " left).");
            }
        }
    }

    /**
     * Opens a second store, named as --db names one, a file or a server's database, for a command between two stores;
     * closes it afterwards. A file that does not exist yet is created empty, encrypted with {@code --encrypted}.
     */
    <T> T withOtherStore(String location, Function<Store, T> command) {
        Optional<ServerAddress> server = StoreLocation.server(location, Map.of());
        if (server.isPresent()) {
            try (Store store = connect(server.get())) {
                return command.apply(store);
            }
        }
        Path file = StoreLocation.resolve(location, Map.of());
        try (Store store = Store.open(file, Clock.systemUTC(), storeKey(file))) {
            return command.apply(store);
        }
    }

    /** Connects to a server's database, the password from PGPASSWORD, else ~/.pgpass as the driver reads it. */
    private Store connect(ServerAddress address) {
        return Store.connect(address, environment.get(PGPASSWORD), Clock.systemUTC());
    }

    /** The key of the store at {@code file}: asked when it is encrypted or about to be created encrypted, else null. */
    StoreKey storeKey(Path file) {
        if (Store.isEncrypted(file)) {
            return passphrases().existing(file);
        }
        if (encrypted) {
            if (Files.exists(file)) {
                throw new RuleViolation("--encrypted", "The store " + file + " exists and is not encrypted; "
                        + "--encrypted only creates new stores. Encrypt it with: parley --db " + file + " encrypt");
            }
            return passphrases().chosen(file);
        }
        if (passphrases().given()) {
            // Set for a script, and not used: said, so that nobody believes a plain store is encrypted.
            err().println("parley: " + Passphrases.ENVIRONMENT_VARIABLE + " is set, but the store " + file
                    + (Files.exists(file) ? " is not encrypted, so it was not used."
                    : " is created plain: --encrypted was not given.") + " Encrypt the store with: parley --db " + file
                    + " encrypt");
        }
        return null;
    }

    Passphrases passphrases() {
        return new Passphrases(environment, err());
    }

    /**
     * Makes sure {@code party} is the one acting: a party with a PIN gives it, typed in the terminal or read
     * from standard input with {@code --pin-stdin}, checked with the window's guard (five wrong in a row wait
     * thirty seconds). A party without a PIN is taken at its word, as at the window.
     */
    Consent confirm(Services services, Party party) {
        return services.consents().confirm(party, party.hasPin() ? readPin(party) : null);
    }

    /** Both parties' consent, each giving its PIN as {@link #confirm} asks it, seat one first. */
    Consent confirmBoth(Services services, long workshopId) {
        Consent both = Consent.nobody(Actor.COMMAND_LINE);
        for (Party party : services.workshops().parties(workshopId)) {
            both = both.and(confirm(services, party));
        }
        return both;
    }

    /** The PIN of a party that has one, typed in the terminal or read from standard input as {@link #confirm} does. */
    String pinOf(Party party) {
        return readPin(party);
    }

    private String readPin(Party party) {
        if (pinStdin) {
            try {
                String line = in.readLine();
                if (line == null) {
                    throw new RuleViolation("pin", "Standard input ended before the PIN of " + party.label() + ".");
                }
                return line.strip();
            } catch (IOException e) {
                throw new RuleViolation("pin", "Could not read the PIN of " + party.label() + ": " + e.getMessage());
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new RuleViolation("pin", party.label() + " has a PIN. Run the command in a terminal to type it, "
                    + "or give it on standard input with --pin-stdin.");
        }
        char[] typed = console.readPassword("PIN of %s: ", party.label());
        return typed == null ? "" : new String(typed);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }


    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Parley " + BuildInfo.version(),
                    "Java " + BuildInfo.runtime()};
        }
    }
}
