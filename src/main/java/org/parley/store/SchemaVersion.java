package org.parley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The schema version a store holds, read from Flyway's history table with one query. Flyway itself scans the class
 * path and validates every script on each call, a second or more of every command; a store already at the
 * {@link #LATEST} version needs none of that (decision 0021).
 */
final class SchemaVersion {

    /** The newest migration of {@link Migrations}; {@code SchemaVersionTest} keeps the two in step. */
    static final int LATEST = 11;

    /**
     * What the history says: the highest version applied, or -1 when there is no history (not a Parley store);
     * {@code failed} when a migration is recorded as failed, which Flyway must then report.
     */
    record Applied(int version, boolean failed) {
        boolean parley() {
            return version >= 0;
        }

        boolean newer() {
            return version > LATEST;
        }

        boolean current() {
            return version == LATEST && !failed;
        }
    }

    private SchemaVersion() {
    }

    static Applied of(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            // CURRENT_SCHEMA: H2's PUBLIC in a file, the search path's first schema on a PostgreSQL server.
            try (ResultSet table = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = 'flyway_schema_history'")) {
                table.next();
                if (table.getInt(1) == 0) {
                    return new Applied(-1, false);
                }
            }
            int highest = -1;
            boolean failed = false;
            try (ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM "
                    + "\"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                while (rows.next()) {
                    highest = Math.max(highest, major(rows.getString(1)));
                    failed |= !rows.getBoolean(2);
                }
            }
            return new Applied(highest, failed);
        }
    }

    /** "6" is 6; a version this Parley cannot read ("7.1", "x") counts as newer than any it knows. */
    private static int major(String version) {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
