package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * H2's online backup of an open store: a consistent copy of its file, encrypted when the store is, zipped with the
 * audit chain's head in the comment, owner-only, and in place only once complete.
 */
final class OnlineBackup {

    private static final Logger LOG = Logger.getLogger(OnlineBackup.class.getName());

    private OnlineBackup() {
    }

    /** The hash of the newest audit event, or "empty": what a backup of this state of the store is known by. */
    static String auditHead(DataSource source) {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT HASH FROM AUDIT_EVENT ORDER BY ID DESC LIMIT 1")) {
            return rows.next() ? rows.getString(1) : "empty";
        } catch (SQLException e) {
            throw new StoreException("Parley could not read the audit log of the store to back it up.", e);
        }
    }

    /**
     * Writes the backup to {@code destination}, through a hidden file beside it.
     *
     * @param store  the store's file, named in the log and in what goes wrong
     * @param opened the open store
     * @param head   its {@link #auditHead}
     * @param intoBackupsFolder true when {@code destination} is in the backups folder, which is made owner-only
     */
    static Path take(Path store, DataSource opened, String head, Path destination, boolean intoBackupsFolder) {
        Path folder = destination.getParent();
        Path temp = folder.resolve("." + destination.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            if (intoBackupsFolder) {
                StoreFiles.createPrivateFolder(folder);
            }
            try (Connection connection = opened.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + temp.toString().replace("'", "''") + "'");
            }
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            BackupZip.writeAuditHead(temp, head);
            Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backed up " + store + " to " + destination);
            return destination;
        } catch (SQLException | IOException e) {
            StoreFiles.deleteQuietly(temp);
            if (DiskFullException.isCause(e)) {
                throw new DiskFullException(store, e);
            }
            throw new StoreException("Parley could not back up the store " + store + " into " + folder + " ("
                    + StoreFiles.reason(e) + "). Check that the folder can be written and the disk has room.", e);
        } catch (UnsupportedOperationException e) {
            StoreFiles.deleteQuietly(temp);
            throw new StoreException("Parley keeps backups only on file systems with owner-only permissions; "
                    + folder + " has none.", e);
        }
    }
}
