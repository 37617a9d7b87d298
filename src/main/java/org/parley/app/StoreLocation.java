package org.parley.app;

import java.nio.file.Path;
import java.util.Map;
import org.parley.store.Store;

/** Where the store lives: {@code --db PATH}, else {@code PARLEY_DB}, else {@code ~/.parley/parley.mv.db}. */
public final class StoreLocation {

    public static final String ENVIRONMENT_VARIABLE = "PARLEY_DB";

    private StoreLocation() {
    }

    public static Path resolve(Path option, Map<String, String> environment) {
        String home = System.getProperty("user.home");
        if (option != null) {
            return Store.normalise(expandHome(option.toString(), home));
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Store.normalise(expandHome(fromEnvironment.strip(), home));
        }
        return defaultFile();
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
