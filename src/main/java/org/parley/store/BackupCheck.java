package org.parley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/** Opens a store file taken out of a backup, read-only, and says what it holds: the check before any restore. */
final class BackupCheck {

    private BackupCheck() {
    }

    /**
     * Opens the extracted copy read-only and counts what it holds; the words name {@code shown}, the user's file.
     *
     * @param key the passphrase's key, or null when none was given
     */
    static Backups.Contents contentsOf(Path extracted, Path shown, StoreKey key) {
        boolean encrypted = Store.isEncrypted(extracted);
        if (encrypted && key == null) {
            throw new PassphraseException("The backup " + shown.getFileName() + " is encrypted: give its passphrase "
                    + "(PARLEY_PASSPHRASE, or typed in the terminal) to check or restore it.", false, null);
        }
        String name = extracted.toString().substring(0, extracted.toString().length() - Store.FILE_SUFFIX.length());
        String url = "jdbc:h2:file:" + name + ";ACCESS_MODE_DATA=r;FILE_LOCK=NO;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0"
                + (encrypted ? ";CIPHER=AES" : "");
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("parley");
        source.setPassword(encrypted ? key.connectionPassword() : "");
        // The first connection holds the database open while Flyway reads its history through others.
        try (Connection connection = source.getConnection()) {
            ExistingStore.checkParleyData(source, shown, "backup");
            return new Backups.Contents(count(connection, "SELECT COUNT(*) FROM WORKSHOP"),
                    count(connection, "SELECT COUNT(*) FROM AGREEMENT WHERE STATUS = 'FROZEN'"), encrypted);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                throw new PassphraseException("That passphrase does not open the backup " + shown.getFileName()
                        + ". Check it (capitals and spaces count); the backup may also have been taken under an "
                        + "earlier passphrase.", true, e);
            }
            throw new StoreException("The backup " + shown.getFileName() + " does not open as a Parley store: it is "
                    + "damaged or not one of Parley's.", e);
        } catch (UnreadableStoreException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
