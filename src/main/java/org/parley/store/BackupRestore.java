package org.parley.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.h2.tools.ChangeFileEncryption;
import org.parley.domain.Actor;
import org.parley.domain.AuditKind;

/**
 * Puts a backup in place of the store: checks that it opens, keeps the store it replaces, swaps the files while
 * holding the store, and records the restore in the restored store's audit log.
 */
final class BackupRestore {

    private final Backups backups;
    private final Path store;
    private final StoreKey key;
    private final Clock clock;

    BackupRestore(Backups backups, Path store, StoreKey key, Clock clock) {
        this.backups = backups;
        this.store = store;
        this.key = key;
        this.clock = clock;
    }

    /** See {@link Backups#restore}. */
    Backups.Restored restore(Path zip) {
        boolean storeEncrypted = Store.isEncrypted(store);
        Path work = backups.privateWorkFolder(".restore-");
        Path kept = null;
        Backups.Contents contents;
        // Held until the swap: a window or command opening the store meanwhile would write to the file replaced.
        try (StoreSwap swap = StoreSwap.lock(store)) {
            Path extracted = BackupZip.extract(zip, work.resolve("restoring" + Store.FILE_SUFFIX), store);
            if (storeEncrypted && !Store.isEncrypted(extracted)) {
                encryptRestoredCopy(work, zip);
            }
            contents = BackupCheck.contentsOf(extracted, zip, key);
            Path staged = swap.stage(extracted, StoreSwap.Staging.RESTORING);
            if (swap.storeExists()) {
                kept = backups.keptStoreName("replaced");
            }
            swap.replace(staged, kept);
        } catch (IOException e) {
            if (DiskFullException.isCause(e)) {
                throw new DiskFullException(store, e);
            }
            throw new StoreException("Parley could not restore " + zip + " (" + StoreFiles.reason(e) + "). The store "
                    + store + " is as it was.", e);
        } finally {
            StoreFiles.deleteTree(work);
        }
        recordRestore(zip, kept);
        return new Backups.Restored(zip, kept, contents);
    }

    /**
     * A plain backup restored over an encrypted store is encrypted with the store's key first: a restore must not
     * leave the register readable on the disk because an older backup was taken before the store was encrypted.
     */
    private void encryptRestoredCopy(Path work, Path zip) {
        if (key == null) {
            throw new PassphraseException("The store " + store + " is encrypted and the backup " + zip + " is not: "
                    + "give the store's passphrase, and Parley encrypts the restored store with it.", false, null);
        }
        try {
            ChangeFileEncryption.execute(work.toString(), "restoring", "AES", null, key.filePassword(),
                    true);
        } catch (SQLException e) {
            throw new StoreException("Parley could not encrypt the restored copy of " + zip + " ("
                    + e.getMessage() + "). The store " + store + " is as it was.", e);
        }
    }

    private void recordRestore(Path zip, Path kept) {
        try (Store restored = Store.open(store, clock, key, false)) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("backup", zip.getFileName().toString());
            payload.put("replacedKeptAs", kept == null ? null : kept.getFileName().toString());
            new AuditLog(restored).append(null, Actor.COMMAND_LINE, AuditKind.STORE_RESTORED, null, payload);
        }
    }
}
