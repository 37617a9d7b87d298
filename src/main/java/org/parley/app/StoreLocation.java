package org.parley.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.parley.store.ServerAddress;
import org.parley.store.Store;

/**
 * Where the store lives: {@code --db}, else {@code PARLEY_DB}, else {@code ~/.parley/parley.mv.db}. Either names a
 * file or, from its scheme, a database on a PostgreSQL server ({@code postgresql://host:5432/parley?user=NAME}).
 */
public final class StoreLocation {

    public static final String ENVIRONMENT_VARIABLE = "PARLEY_DB";

    private StoreLocation() {
    }

    /** The store file named; see {@link #server} first, for a name that is a server address is no file. */
    public static Path resolve(String option, Map<String, String> environment) {
        String named = named(option, environment);
        return named == null ? defaultFile() : Store.normalise(expandHome(named, System.getProperty("user.home")));
    }

    /** The server's database named, if what is named is a server address rather than a file. */
    public static Optional<ServerAddress> server(String option, Map<String, String> environment) {
        if (!namesServer(option, environment)) {
            return Optional.empty();
        }
        return Optional.of(ServerAddress.parse(named(option, environment), System.getProperty("user.name", "parley")));
    }

    /**
     * Whether what is named is a server address, from its scheme alone: never fails, so that a failure's own report
     * can ask it of an address that would not read.
     */
    public static boolean namesServer(String option, Map<String, String> environment) {
        String named = named(option, environment);
        return named != null && ServerAddress.isServer(named);
    }

    private static String named(String option, Map<String, String> environment) {
        if (option != null) {
            return option.strip();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment.strip() : null;
    }

    /** The store when none is named: {@code ~/.parley/parley.mv.db}. */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".parley", "parley" + Store.FILE_SUFFIX);
    }

    /** Shells expand "~" only at the start of a word; "--db=~/x" and environment values arrive unexpanded. */
    private static Path expandHome(String path, String home) {
        if (path.equals("~")) {
            return Path.of(home);
        }
        if (path.startsWith("~/")) {
            return Path.of(home, path.substring(2));
        }
        return Path.of(path);
    }
}
