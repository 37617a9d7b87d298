package org.parley.app.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.parley.store.BackupWords;
import org.parley.store.Backups;
import org.parley.store.Store;

/**
 * The open store's backups, for the window: what each holds (each opened as a read-only copy to tell), and a
 * backup on request. Restoring replaces the whole store, so it runs with the store closed, from the command line.
 */
public final class BackupService {

    public static final int KEEP_LATEST = Backups.KEEP_LATEST;
    public static final int KEEP_DAYS = Backups.KEEP_DAYS;

    private final Store store;

    BackupService(Store store) {
        this.store = store;
    }

    /** One backup as the window lists it; {@code problem} is null when it opens, and why not otherwise. */
    public record Summary(Path file, Instant taken, String when, long bytes, String holds, String problem) {
        public boolean opens() {
            return problem == null;
        }

        /** "56 KB", "3.4 MB". */
        public String size() {
            return sizeOf(bytes);
        }
    }

    public Path folder() {
        return store.backups().folder();
    }

    /** Every backup, newest first, each checked by opening a copy. Takes a moment per backup: run it in the background. */
    public List<Summary> list() {
        Backups backups = store.backups();
        return backups.list().stream().map(backup -> summary(backups.inspect(backup))).toList();
    }

    /** Takes a backup now, into the backups folder, and says what it holds. */
    public Summary backUpNow() {
        Backups backups = store.backups();
        return summary(backups.inspect(backups.takeNow(store, null)));
    }

    /** The command that puts {@code backup} in place of this store, with Parley closed. */
    public String restoreCommand(Summary backup) {
        return "parley --db " + BackupWords.shellWord(store.file().toString()) + " restore "
                + BackupWords.shellWord(backup.file().getFileName().toString());
    }

    private static Summary summary(Backups.Inspection inspection) {
        Backups.Backup backup = inspection.backup();
        return new Summary(backup.file(), backup.taken(), BackupWords.describe(backup.taken()), backup.bytes(),
                inspection.opens() ? BackupWords.describe(inspection.contents()) : null, inspection.problem());
    }

    /** A file size as people read it: "56 KB", "3.4 MB". */
    public static String sizeOf(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", Math.max(1, bytes / 1024.0));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
