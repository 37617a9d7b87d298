package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The snapshots of a store in the {@code backups} folder beside it: {@code <store>-2026-11-30T10-15-00.zip}, each
 * H2's online backup (a consistent copy of the file, encrypted when the store is). One is taken whenever a store
 * that changed since the newest snapshot is opened; the newest {@value #KEEP_LATEST} are kept, and the newest of
 * each day for {@value #KEEP_DAYS} days (decision 0019).
 *
 * <p>This class keeps the folder: listing, taking, rotating, inspecting. {@link BackupNames} names its files,
 * {@link OnlineBackup} writes one, {@link BackupZip} reads one, {@link BackupCheck} opens what it holds and
 * {@link BackupRestore} puts it in place; {@link BackupWords} speaks of them.
 */
public final class Backups {

    public static final String FOLDER = "backups";
    public static final int KEEP_LATEST = 10;
    public static final int KEEP_DAYS = 30;

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    private final Path store;
    private final StoreKey key;
    private final Clock clock;
    private final BackupNames names;

    private Backups(Path store, StoreKey key, Clock clock) {
        this.store = Store.normalise(store);
        this.key = key;
        this.clock = clock;
        this.names = new BackupNames(this.store);
    }

    /** The backups of the store at {@code store}, opened with {@code key} when they are encrypted (null if not). */
    public static Backups of(Path store, StoreKey key, Clock clock) {
        return new Backups(store, key, clock);
    }

    /** A snapshot in the backups folder, as its name says. */
    public record Backup(Path file, Instant taken, long bytes) {
    }

    /** What a backup holds, when it opens. */
    public record Contents(int workshops, int signedAgreements, boolean encrypted) {
    }

    /** A backup and what opening it found: its contents, or why it does not open. */
    public record Inspection(Backup backup, Contents contents, String problem) {
        public boolean opens() {
            return contents != null;
        }
    }

    /** What a restore did: the backup it put in place, and where the store it replaced is kept (or null). */
    public record Restored(Path backup, Path replacedKeptAs, Contents contents) {
    }

    public Path folder() {
        return store.getParent().resolve(FOLDER);
    }

    /** The snapshots, newest first. Files in the folder that are not snapshots of this store are left out. */
    public List<Backup> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        Map<Path, Integer> sequence = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                BackupNames.Taken taken = names.snapshot(file.getFileName().toString());
                if (taken != null && Files.isRegularFile(file)) {
                    found.add(new Backup(file, taken.at(), Files.size(file)));
                    sequence.put(file, taken.sequence());
                }
            }
        } catch (IOException e) {
            throw new StoreException("Parley cannot read its backups folder " + folder + " (" + e.getMessage() + ").",
                    e);
        }
        found.sort(Comparator.comparing(Backup::taken).thenComparing(b -> sequence.get(b.file())).reversed());
        return found;
    }

    /**
     * On opening: a snapshot of {@code opened}, unless the newest one already holds this state of the store (the
     * audit chain's head is the same), then the rotation. A failed snapshot is logged and the opening goes on: the
     * store itself is fine, and a full disk is reported by the first save.
     */
    Optional<Path> takeOnOpening(DataSource opened) {
        removeLeftoversOfKilledRuns();
        try {
            String head = OnlineBackup.auditHead(opened);
            List<Backup> existing = list();
            if (!existing.isEmpty() && head.equals(BackupZip.auditHead(existing.get(0).file()))) {
                return Optional.empty();
            }
            Path taken = take(opened, head, null);
            rotate();
            return Optional.of(taken);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not take a backup of " + store + " while opening it", e);
            return Optional.empty();
        }
    }

    /** A snapshot of the open store, now: into the backups folder, or to {@code target} when it is given. */
    public Path takeNow(Store opened, Path target) {
        Path taken = take(opened.dataSource(), OnlineBackup.auditHead(opened.dataSource()), target);
        if (target == null) {
            rotate();
        }
        return taken;
    }

    private Path take(DataSource opened, String head, Path target) {
        if (target != null) {
            return OnlineBackup.take(store, opened, head, target.toAbsolutePath(), false);
        }
        return OnlineBackup.take(store, opened, head, names.freeSnapshot(folder(), clock.instant()), true);
    }

    /**
     * What a Parley killed midway left in the backups folder: a half-written snapshot of this store (this process owns
     * the store now, so none is being written), and work folders of checks and conversions older than an hour (a
     * {@code backups} listing may be using a newer one: it reads backups without owning the store).
     */
    private void removeLeftoversOfKilledRuns() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (names.halfWritten(name)) {
                    StoreFiles.deleteQuietly(file);
                } else if (name.matches("\\.(inspect|restore|convert|compact)-.*") && Files.isDirectory(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(hourAgo)) {
                    StoreFiles.deleteTree(file);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not tidy " + folder, e);
        }
    }

    /** Keeps the newest {@link #KEEP_LATEST}, and the newest of each of the last {@link #KEEP_DAYS} days. */
    void rotate() {
        List<Backup> all = list();
        Set<Path> keep = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        // Days as the people at the laptop count them; file names stay in UTC so that they sort.
        ZoneId zone = ZoneId.systemDefault();
        LocalDate oldestDay = LocalDate.ofInstant(clock.instant(), zone).minusDays(KEEP_DAYS - 1L);
        for (int i = 0; i < all.size(); i++) {
            Backup backup = all.get(i);
            LocalDate day = LocalDate.ofInstant(backup.taken(), zone);
            if (i < KEEP_LATEST || (!day.isBefore(oldestDay) && days.add(day))) {
                keep.add(backup.file());
                days.add(day);
            }
        }
        for (Backup backup : all) {
            if (!keep.contains(backup.file())) {
                StoreFiles.deleteQuietly(backup.file());
            }
        }
    }

    /** What the backup just written to {@code file} holds, as {@link #inspect(Backup)} says it. */
    public Inspection inspect(Path file) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = 0;
        }
        return inspect(new Backup(file, clock.instant(), bytes));
    }

    /** Opens a copy of {@code backup} read-only and says what it holds, or why it does not open. Changes nothing. */
    public Inspection inspect(Backup backup) {
        Path work = null;
        try {
            work = privateWorkFolder(".inspect-");
            Path extracted = BackupZip.extract(backup.file(), work.resolve("backup" + Store.FILE_SUFFIX), store);
            return new Inspection(backup, BackupCheck.contentsOf(extracted, backup.file(), key), null);
        } catch (StoreException e) {
            return new Inspection(backup, null, e.getMessage());
        } finally {
            StoreFiles.deleteTree(work);
        }
    }

    /** The newest backup that opens, if any; opening them newest first. */
    public Optional<Inspection> newestThatOpens() {
        for (Backup backup : list()) {
            Inspection inspection = inspect(backup);
            if (inspection.opens()) {
                return Optional.of(inspection);
            }
        }
        return Optional.empty();
    }

    /** True when some backup is encrypted, so that listing them needs the passphrase. */
    public boolean anyEncrypted() {
        return list().stream().anyMatch(backup -> isEncrypted(backup.file()));
    }

    /** True when the backup at {@code zipFile} holds an encrypted store; false when not, or not a readable backup. */
    public static boolean isEncrypted(Path zipFile) {
        return BackupZip.isEncrypted(zipFile);
    }

    /** The backup file {@code name} means: a path, or the name of a file in the backups folder. */
    public Path resolve(Path name) {
        Path zip = name.toAbsolutePath().normalize();
        if (!Files.exists(zip) && name.getParent() == null) {
            zip = folder().resolve(name);
        }
        if (!Files.isRegularFile(zip)) {
            throw new StoreException("There is no backup file " + name + ". List the backups with: parley "
                    + "--db " + store + " backups");
        }
        return zip;
    }

    /**
     * Puts {@code backupFile} in place of the store: checks that it opens, keeps the store it replaces in the backups
     * folder as {@code <store>-<time>-replaced.mv.db} (never rotated away), moves the backup's file into place, and
     * records the restore in the restored store's audit log. Refused while a window or command has the store open.
     */
    public Restored restore(Path backupFile) {
        return new BackupRestore(this, store, key, clock).restore(resolve(backupFile));
    }

    /**
     * Where a store file that was replaced is kept, as it was: {@code backups/<store>-<time>-<why>.mv.db}. Such files
     * are evidence, not snapshots: rotation leaves them alone.
     */
    Path keptStoreName(String why) throws IOException {
        StoreFiles.createPrivateFolder(folder());
        return names.freeKept(folder(), clock.instant(), why);
    }

    /** An owner-only folder inside the backups folder, for copies being checked; removed with {@link StoreFiles#deleteTree}. */
    Path privateWorkFolder(String prefix) {
        try {
            StoreFiles.createPrivateFolder(folder());
            return Files.createTempDirectory(folder(), prefix,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            if (DiskFullException.isCause(e)) {
                throw new DiskFullException(store, e);
            }
            throw new StoreException("Parley cannot write in its backups folder " + folder() + " (" + StoreFiles.reason(e) + ").",
                    e);
        }
    }
}
