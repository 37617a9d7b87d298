package org.parley.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.parley.domain.Plurals;

/** How backups are spoken of to people: when one was taken, what it holds, and the command that restores one. */
public final class BackupWords {

    private BackupWords() {
    }

    /**
     * The advice that ends a message about a store that cannot be opened: which backup to restore, and how.
     *
     * @param keyGiven true when the store's passphrase was given, so that encrypted backups could be opened
     */
    static String adviceFor(Backups backups, Path store, boolean keyGiven) {
        List<Backups.Backup> all;
        try {
            all = backups.list();
        } catch (StoreException e) {
            return " Restore it from a backup, or choose another store with --db PATH.";
        }
        if (all.isEmpty()) {
            return " There is no backup of it in " + backups.folder() + ". Choose another store with --db PATH.";
        }
        Optional<Backups.Inspection> newest = backups.newestThatOpens();
        if (newest.isEmpty()) {
            return " None of its " + all.size() + " backups in " + backups.folder() + " opens"
                    + (!keyGiven && backups.anyEncrypted() ? " without the passphrase" : "")
                    + ". Choose another store with --db PATH.";
        }
        Backups.Inspection inspection = newest.get();
        return " The newest backup that opens is " + inspection.backup().file() + " (taken "
                + describe(inspection.backup().taken()) + ", " + describe(inspection.contents()) + "). Restore it with: "
                + "parley --db " + shellWord(store.toString()) + " restore " + shellWord(inspection.backup().file().toString());
    }

    /** A shell word: quoted when it holds anything but plain path characters. */
    public static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** "2026-11-30 10:15" in the computer's time zone, as people read their clock. */
    public static String describe(Instant taken) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(LocalDateTime.ofInstant(taken, ZoneId.systemDefault()));
    }

    public static String describe(Backups.Contents contents) {
        return Plurals.count(contents.workshops(), "workshop") + ", "
                + Plurals.count(contents.signedAgreements(), "signed agreement")
                + (contents.encrypted() ? ", encrypted" : "");
    }
}
