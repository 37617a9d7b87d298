package org.parley.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parley.domain.RuleViolation;

/**
 * A store on a PostgreSQL server, as {@code --db} and {@code PARLEY_DB} name it:
 * {@code postgresql://host[:port]/database[?user=name&sslmode=require…]}. It never holds a password: Parley refuses
 * one in the address, where the shell's history and the process list would keep it, and takes it from
 * {@code PGPASSWORD} or {@code ~/.pgpass}, as PostgreSQL's own tools do.
 *
 * @param parameters the query's other settings, passed to the JDBC driver as they are (sslmode, sslrootcert, …)
 */
public record ServerAddress(String host, int port, String database, String user, Map<String, String> parameters) {

    public static final int DEFAULT_PORT = 5432;
    private static final Set<String> SCHEMES = Set.of("postgresql", "postgres");
    /** Settings that would put a secret in the address. */
    private static final Set<String> REFUSED = Set.of("password", "sslpassword");
    /**
     * The driver's settings an address may carry: how to reach the server and trust it. Others are refused, since some
     * of pgJDBC's load a class or write a file of the address's choosing (socketFactory, sslfactory, loggerFile).
     */
    static final Set<String> ALLOWED = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey", "connectTimeout",
            "socketTimeout", "loginTimeout", "tcpKeepAlive", "currentSchema", "targetServerType", "gssEncMode");

    public ServerAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        parameters = Map.copyOf(parameters);
    }

    /** True when {@code text} is meant as a server address rather than a file, from its scheme alone. */
    public static boolean isServer(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return SCHEMES.stream().anyMatch(scheme -> lower.startsWith(scheme + "://"))
                || lower.startsWith("jdbc:postgresql:");
    }

    /**
     * Reads an address; the user defaults to {@code defaultUser} (the login name, as psql's does).
     *
     * @throws RuleViolation naming what is wrong and what to write instead
     */
    public static ServerAddress parse(String text, String defaultUser) {
        String typed = text.strip();
        String uri = typed.regionMatches(true, 0, "jdbc:", 0, 5) ? typed.substring(5) : typed;
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            throw new RuleViolation("db", "\u201C" + typed + "\u201D is not a server address: " + e.getReason()
                    + ". Write it as postgresql://host:5432/parley?user=NAME.");
        }
        if (parsed.getRawUserInfo() != null) {
            String user = decode(parsed.getRawUserInfo());
            if (user.contains(":")) {
                throw passwordRefused();
            }
            throw new RuleViolation("db", "Name the user as ?user=" + user + " at the end of the address, not before "
                    + "the host.");
        }
        if (parsed.getHost() == null || parsed.getHost().isBlank()) {
            throw new RuleViolation("db", "The server address " + typed + " names no host. Write it as "
                    + "postgresql://host:5432/parley?user=NAME.");
        }
        String path = parsed.getRawPath() == null ? "" : parsed.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isBlank() || database.contains("/")) {
            throw new RuleViolation("db", "The server address " + typed + " names no database after the host, as in "
                    + "postgresql://" + parsed.getHost() + "/parley.");
        }
        Map<String, String> parameters = query(parsed.getRawQuery());
        for (String key : parameters.keySet()) {
            if (REFUSED.contains(key.toLowerCase(Locale.ROOT))) {
                throw passwordRefused();
            }
            if (!key.equals("user") && !ALLOWED.contains(key)) {
                throw new RuleViolation("db", "Parley does not pass \u201C" + key + "\u201D to the server's driver. "
                        + "An address may set " + String.join(", ", new TreeSet<>(ALLOWED)) + ".");
            }
        }
        String user = parameters.remove("user");
        if (user == null || user.isBlank()) {
            user = defaultUser;
        }
        return new ServerAddress(parsed.getHost(), parsed.getPort() < 0 ? DEFAULT_PORT : parsed.getPort(), database,
                user, parameters);
    }

    private static RuleViolation passwordRefused() {
        return new RuleViolation("db", "Parley takes no password in the server address, where the shell's history "
                + "would keep it. Remove it, and set PGPASSWORD or add a line to ~/.pgpass "
                + "(host:port:database:user:password, readable by you alone).");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.put(key, value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The JDBC URL, with the user and the other settings but never a password. */
    public String jdbcUrl() {
        String settings = parameters.entrySet().stream()
                .map(e -> "&" + encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining());
        return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + encode(database) + "?user=" + encode(user)
                + "&ApplicationName=Parley" + settings;
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** As people write it, e.g. in "Store: postgresql://db.example.com:5432/parley?user=amira". */
    @Override
    public String toString() {
        return "postgresql://" + hostForUrl() + ":" + port + "/" + database + "?user=" + user;
    }
}
