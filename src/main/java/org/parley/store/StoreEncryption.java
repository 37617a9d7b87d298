package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import org.h2.tools.ChangeFileEncryption;
import org.parley.domain.AuditChain;

/**
 * Turns a plain store into an encrypted one and back. The work is done on a copy, which must open under its new
 * key with the same audit chain before it takes the store's place; the original is kept in the backups folder.
 */
public final class StoreEncryption {

    private StoreEncryption() {
    }

    /** What a conversion did: where the original is kept, and the backup of the converted store. */
    public record Converted(Path originalKeptAs, Path backup) {
    }

    /** Encrypts the plain store at {@code file} under {@code key}. */
    public static Converted encrypt(Path file, StoreKey key, Clock clock) {
        Path store = Store.normalise(file);
        if (Store.isEncrypted(store)) {
            throw new StoreException("The store " + store + " is encrypted already. To change its passphrase, "
                    + "decrypt it and encrypt it again.");
        }
        return convert(store, null, key, "before-encrypt", clock);
    }

    /** Decrypts the encrypted store at {@code file}, which {@code key} opens. */
    public static Converted decrypt(Path file, StoreKey key, Clock clock) {
        Path store = Store.normalise(file);
        if (!Store.isEncrypted(store)) {
            throw new StoreException("The store " + store + " is not encrypted; there is nothing to decrypt.");
        }
        return convert(store, key, null, "before-decrypt", clock);
    }

    private static Converted convert(Path store, StoreKey from, StoreKey to, String keptSuffix, Clock clock) {
        if (!Files.isRegularFile(store)) {
            throw new StoreException("There is no store at " + store + ".");
        }
        Backups backups = Backups.of(store, from, clock);
        // Opened once as it is: checked, brought up to date, backed up, and closed cleanly for the copy.
        Fingerprint before;
        try (Store opened = Store.open(store, clock, from)) {
            before = Fingerprint.of(opened);
        }
        Path work = backups.privateWorkFolder(".convert-");
        Path backup;
        Path kept;
        // Held until the swap: a window or command opening the store meanwhile would write to the file replaced.
        try (StoreSwap swap = StoreSwap.lock(store)) {
            Path copy = work.resolve("convert" + Store.FILE_SUFFIX);
            swap.copyTo(copy);
            ChangeFileEncryption.execute(work.toString(), "convert", "AES",
                    from == null ? null : from.filePassword(), to == null ? null : to.filePassword(), true);
            try (Store converted = Store.open(copy, clock, to, false)) {
                if (!Fingerprint.of(converted).equals(before)) {
                    throw new StoreException("The converted copy of " + store + " does not read the same as the store; "
                            + "the store is as it was.");
                }
            }
            Path staged = swap.stage(copy, StoreSwap.Staging.CONVERTED);
            kept = backups.keptStoreName(keptSuffix);
            swap.replace(staged, kept);
        } catch (IOException | SQLException e) {
            if (DiskFullException.isCause(e)) {
                throw new DiskFullException(store, e);
            }
            throw new StoreException("Parley could not convert " + store + " (" + e.getMessage() + "). The store is "
                    + "as it was.", e);
        } finally {
            StoreFiles.deleteTree(work);
        }
        try (Store converted = Store.open(store, clock, to, false)) {
            backup = converted.backups().takeNow(converted, null);
        }
        return new Converted(kept, backup);
    }

    /** The last audit hash, the number of events, and whether the chain holds: what a faithful copy keeps. */
    private record Fingerprint(int events, String head, boolean intact) {
        static Fingerprint of(Store store) {
            var events = new AuditLog(store).all();
            return new Fingerprint(events.size(), events.isEmpty() ? "" : events.get(events.size() - 1).hash(),
                    AuditChain.verify(events).isEmpty());
        }
    }

}
