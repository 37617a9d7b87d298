package org.parley.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.app.service.BackupService;
import org.parley.domain.Plurals;
import org.parley.exchange.ExportTarget;
import org.parley.store.BackupWords;
import org.parley.store.Backups;
import org.parley.store.Store;
import org.parley.store.StoreEncryption;
import org.parley.store.StoreException;
import org.parley.store.StoreKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The store as a whole on the command line: its backups, a restore, and encryption at rest. */
final class StoreCommands {

    private StoreCommands() {
    }

    @Command(name = "backup", description = "Takes a backup of the store now: into the backups folder beside it, or "
            + "to FILE. An encrypted store's backup is encrypted with the same passphrase.")
    static final class Backup implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "Where to write the backup, e.g. "
                + "./fy27-before-offsite.zip; by default the backups folder beside the store.")
        private Path target;

        @Override
        public Integer call() {
            if (target != null) {
                ExportTarget.check(target);
            }
            Backups.Inspection taken = parent.withStore(store -> {
                Path file = target == null ? store.backupOnOpening()
                        .orElseGet(() -> store.backups().takeNow(store, null)) : store.backups().takeNow(store, target);
                return store.backups().inspect(file);
            });
            if (!taken.opens()) {
                parent.err().println("parley: the backup " + taken.backup().file() + " was written but does not open: "
                        + taken.problem());
                return 1;
            }
            parent.out().println("Backed up " + parent.storeFile() + " to " + taken.backup().file() + " ("
                    + BackupWords.describe(taken.contents()) + ").");
            return 0;
        }
    }

    @Command(name = "backups", description = "Lists the store's backups, newest first, with what each holds; "
            + "each is opened (a copy, read-only) to check that it can be restored.")
    static final class ListBackups implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Override
        public Integer call() {
            Path file = parent.storeFileWithLog();
            Backups plain = Backups.of(file, null, Clock.systemDefaultZone());
            List<Backups.Backup> all = plain.list();
            PrintWriter out = parent.out();
            if (all.isEmpty()) {
                out.println("No backups of " + file + " yet in " + plain.folder() + ". Parley takes one each time it "
                        + "opens a store that changed; take one now with: parley --db " + file + " backup");
                return 0;
            }
            // The passphrase when the store is encrypted; for encrypted backups of a plain store, when there is a way to
            // give it (else each is listed as encrypted, with how to check it).
            boolean ask = Store.isEncrypted(file) || (plain.anyEncrypted() && parent.passphrases().available());
            StoreKey key = ask ? parent.passphrases().existing(file) : null;
            Backups backups = Backups.of(file, key, Clock.systemDefaultZone());
            out.printf("%-16s  %9s  %9s  %10s  %s%n", "TAKEN", "SIZE", "WORKSHOPS", "AGREEMENTS", "FILE");
            for (Backups.Backup backup : all) {
                Backups.Inspection inspection = backups.inspect(backup);
                String name = backup.file().getFileName().toString();
                if (inspection.opens()) {
                    out.printf("%-16s  %9s  %9d  %10d  %s%s%n", BackupWords.describe(backup.taken()), BackupService.sizeOf(backup.bytes()),
                            inspection.contents().workshops(), inspection.contents().signedAgreements(), name,
                            inspection.contents().encrypted() ? " (encrypted)" : "");
                } else {
                    out.printf("%-16s  %9s  %9s  %10s  %s: does not open. %s%n", BackupWords.describe(backup.taken()),
                            BackupService.sizeOf(backup.bytes()), "-", "-", name, inspection.problem());
                }
            }
            out.println("In " + backups.folder() + ". Restore one with: parley --db " + file + " restore FILE");
            return 0;
        }
    }

    @Command(name = "restore", description = "Puts a backup in place of the store, after checking that it opens. "
            + "The store it replaces is kept in the backups folder, and the restore is recorded in the audit log. "
            + "Close every Parley window on the store first.")
    static final class Restore implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Parameters(paramLabel = "FILE", description = "The backup: a path, or a file name from the backups list.")
        private Path backup;

        @Override
        public Integer call() {
            Path file = parent.storeFileWithLog();
            Path zip = Backups.of(file, null, Clock.systemDefaultZone()).resolve(backup);
            // The backup's passphrase to open it; the store's to encrypt a plain backup restored over it.
            StoreKey key = Backups.isEncrypted(zip) || Store.isEncrypted(file) ? parent.passphrases().existing(zip)
                    : null;
            Backups.Restored restored = Backups.of(file, key, Clock.systemDefaultZone()).restore(zip);
            parent.out().println("Restored " + file + " from " + restored.backup() + " ("
                    + BackupWords.describe(restored.contents()) + ").");
            if (restored.replacedKeptAs() != null) {
                parent.out().println("The store it replaced is kept as " + restored.replacedKeptAs() + ".");
            }
            return 0;
        }
    }

    @Command(name = "encrypt", description = "Encrypts the store at rest under a passphrase of at least 12 characters "
            + "(typed twice, or read from $" + Passphrases.ENVIRONMENT_VARIABLE + "). Works on a copy, checks it, and "
            + "swaps only then; the unencrypted original is kept in the backups folder.")
    static final class Encrypt implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Override
        public Integer call() {
            Path file = existingStore(parent);
            if (Store.isEncrypted(file)) {
                parent.out().println("The store " + file + " is encrypted already; nothing was changed.");
                return 0;
            }
            StoreEncryption.Converted converted = StoreEncryption.encrypt(file, parent.passphrases().chosen(file),
                    Clock.systemDefaultZone());
            int plain = Backups.of(file, null, Clock.systemDefaultZone()).list().size() - 1;
            String earlier = plain > 0 ? ", and the " + Plurals.count(plain, "earlier backup")
                    + " in " + converted.backup().getParent() : "";
            parent.out().println("Encrypted " + file + ". It opens only with its passphrase from now on; Parley "
                    + "cannot recover a forgotten one.");
            parent.out().println("Not encrypted, and still on this disk: the original, kept as "
                    + converted.originalKeptAs() + earlier + ". Delete them once you have checked that the store "
                    + "opens (parley --db " + file + " workshops).");
            return 0;
        }
    }

    @Command(name = "decrypt", description = "Turns an encrypted store back into a plain one. Works on a copy, checks "
            + "it, and swaps only then; the encrypted original is kept in the backups folder.")
    static final class Decrypt implements Callable<Integer> {

        @ParentCommand
        private Cli parent;

        @Override
        public Integer call() {
            Path file = existingStore(parent);
            if (!Store.isEncrypted(file)) {
                parent.out().println("The store " + file + " is not encrypted; nothing was changed.");
                return 0;
            }
            StoreEncryption.Converted converted = StoreEncryption.decrypt(file, parent.passphrases().existing(file),
                    Clock.systemDefaultZone());
            parent.out().println("Decrypted " + file + ". The encrypted original is kept as "
                    + converted.originalKeptAs() + ".");
            return 0;
        }
    }

    /** The store file, which must be there: converting it needs a store to convert. */
    private static Path existingStore(Cli parent) {
        Path file = parent.storeFileWithLog();
        if (!Files.isRegularFile(file)) {
            throw new StoreException("There is no store at " + file + ". Choose one with --db PATH.");
        }
        return file;
    }
}
