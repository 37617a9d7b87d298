package org.parley.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Gives a store file back the space its old versions took, by copying, never in place (decision 0024).
 *
 * <p>H2 2.3.232 moves chunks inside the file to shrink it, on closing and in its background writer, and that move can
 * lose a live chunk: the file is cut short before a chunk its map still points to (H2 issue 4247). Parley turns that
 * off ({@link #NO_IN_PLACE_COMPACTION}) and instead, when a closed store is mostly space its old versions took, has H2
 * write a compact copy ({@code SHUTDOWN COMPACT}, which copies the live data into a new file) of a private copy of the
 * store. The compact copy must hold the same rows, value for value, before it takes the store's place,
 * with the store's lock held from the first copy to the swap.
 */
final class StoreCompaction {

    /** H2's settings that move chunks inside the file: none, ever. */
    static final String NO_IN_PLACE_COMPACTION = ";MAX_COMPACT_TIME=0;AUTO_COMPACT_FILL_RATE=0";

    private static final Logger LOG = Logger.getLogger(StoreCompaction.class.getName());
    /** Below this much space to gain, a copy costs more than it saves. */
    private static final long LEAST_GAIN_BYTES = 4L * 1024 * 1024;

    private StoreCompaction() {
    }

    /** How much of an open store's file holds live data, from H2's own figures. */
    record FileUse(long fileBytes, int fillRate, int chunksFillRate) {

        static FileUse of(DataSource store) throws SQLException {
            long size = 0;
            int fill = 100;
            int chunksFill = 100;
            try (Connection connection = store.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE "
                         + "FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN "
                         + "('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
                while (rows.next()) {
                    switch (rows.getString(1)) {
                        case "info.FILE_SIZE" -> size = Long.parseLong(rows.getString(2));
                        case "info.FILL_RATE" -> fill = Integer.parseInt(rows.getString(2));
                        default -> chunksFill = Integer.parseInt(rows.getString(2));
                    }
                }
            }
            return new FileUse(size, fill, chunksFill);
        }

        /** The file's blocks in use, times the share of their pages still live. */
        long liveBytes() {
            return fileBytes * fillRate / 100 * chunksFillRate / 100;
        }

        /** Worth a copy when the old versions take more than the live data, and more than a few megabytes. */
        boolean worthCompacting() {
            long gain = fileBytes - liveBytes();
            return gain > LEAST_GAIN_BYTES && gain > liveBytes();
        }
    }

    /**
     * Compacts the closed store at {@code store}; {@code key} opens it when encrypted. Never fails the caller: when
     * another process opened the store meanwhile, or anything goes wrong, the store stays as it is and a warning is
     * logged.
     */
    static void compact(Path store, StoreKey key, Clock clock) {
        Path work = null;
        try (StoreSwap swap = StoreSwap.lock(store)) {
            if (!swap.storeExists()) {
                return;
            }
            work = Backups.of(store, key, clock).privateWorkFolder(".compact-");
            Path copy = work.resolve("compact" + Store.FILE_SUFFIX);
            swap.copyTo(copy);
            DataSource copied = dataSource(copy, key);
            Fingerprint before = Fingerprint.of(copied);
            shutdownCompact(copied);
            // The connection closed last closes the database (H2's default): no SHUTDOWN is needed after a look.
            Fingerprint after = Fingerprint.of(dataSource(copy, key));
            if (!after.equals(before)) {
                LOG.warning("The compact copy of " + store + " did not read the same as the store (" + before + ", "
                        + after + "); the store is kept as it was.");
                return;
            }
            Path staged = swap.stage(copy, StoreSwap.Staging.COMPACTED);
            long was = Files.size(store);
            swap.replace(staged);
            LOG.info("Compacted " + store + " from " + was + " to " + Files.size(store) + " bytes");
        } catch (StoreInUseException e) {
            LOG.info("Did not compact " + store + ": another window or command opened it.");
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not compact " + store + "; it is kept as it was", e);
        } finally {
            StoreFiles.deleteTree(work);
        }
    }

    static DataSource dataSource(Path copy, StoreKey key) {
        String text = copy.toString();
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + text.substring(0, text.length() - Store.FILE_SUFFIX.length())
                + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0" + NO_IN_PLACE_COMPACTION + (key != null ? ";CIPHER=AES" : ""));
        source.setUser("parley");
        source.setPassword(key != null ? key.connectionPassword() : "");
        return source;
    }

    private static void shutdownCompact(DataSource copy) throws SQLException {
        try (Connection connection = copy.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
    }

    /**
     * Every row of every table, as SHA-256 of its values in the order H2 keeps them (its keys', which a compact copy
     * keeps): a copy that lost, changed or added a row does not read the same.
     */
    record Fingerprint(List<String> tables) {

        static Fingerprint of(DataSource source) throws SQLException {
            try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
                List<String> names = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                List<String> tables = new ArrayList<>();
                for (String table : names) {
                    tables.add(table + "=" + digest(statement, table));
                }
                return new Fingerprint(tables);
            }
        }

        private static String digest(Statement statement, String table) throws SQLException {
            MessageDigest sha256;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("This Java runtime lacks SHA-256", e);
            }
            long count = 0;
            try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    count++;
                    for (int column = 1; column <= columns; column++) {
                        String value = rows.getString(column);
                        // A marker for NULL and one after each value: no two rows run into one another.
                        sha256.update((value == null ? "\u0000" : value + "\u0001").getBytes(StandardCharsets.UTF_8));
                    }
                    sha256.update((byte) '\n');
                }
            }
            return count + ":" + HexFormat.of().formatHex(sha256.digest());
        }
    }
}
