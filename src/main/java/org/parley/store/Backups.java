package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.ChangeFileEncryption;
import org.parley.domain.Actor;
import org.parley.domain.AuditKind;
import org.parley.domain.Plurals;

/**
 * The snapshots of a store in the {@code backups} folder beside it: {@code <store>-2026-11-30T10-15-00.zip}, each
 * H2's online backup (a consistent copy of the file, encrypted when the store is). One is taken whenever a store
 * that changed since the newest snapshot is opened; the newest {@value #KEEP_LATEST} are kept, and the newest of
 * each day for {@value #KEEP_DAYS} days (decision 0019).
 */
public final class Backups {

    public static final String FOLDER = "backups";
    public static final int KEEP_LATEST = 10;
    public static final int KEEP_DAYS = 30;

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    /** Names carry the time in UTC, so that they sort as they were taken whatever the clocks did. */
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");
    /** The zip comment holds the audit chain's head when the backup was taken: a hash, nothing of the content. */
    private static final String COMMENT_PREFIX = "parley-backup audit-head=";

    private final Path store;
    private final StoreKey key;
    private final Clock clock;
    private final String base;
    private final Pattern snapshotName;

    private Backups(Path store, StoreKey key, Clock clock) {
        this.store = Store.normalise(store);
        this.key = key;
        this.clock = clock;
        String name = this.store.getFileName().toString();
        this.base = name.substring(0, name.length() - Store.FILE_SUFFIX.length());
        this.snapshotName = Pattern.compile(Pattern.quote(base)
                + "-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2})(?:-(\\d{1,6}))?\\.zip");
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
                Matcher matcher = snapshotName.matcher(file.getFileName().toString());
                if (matcher.matches() && Files.isRegularFile(file)) {
                    found.add(new Backup(file, parseTime(matcher.group(1)), Files.size(file)));
                    // Two taken within one second: "-2", "-3"... follow the first, which has no number.
                    sequence.put(file, matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2)));
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
            String head = auditHead(opened);
            List<Backup> existing = list();
            if (!existing.isEmpty() && head.equals(commentOf(existing.get(0).file()))) {
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
        Path taken = take(opened.dataSource(), auditHead(opened.dataSource()), target);
        if (target == null) {
            rotate();
        }
        return taken;
    }

    private Path take(DataSource opened, String head, Path target) {
        Path folder = target == null ? folder() : target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            if (target == null) {
                createPrivateFolder(folder);
            }
            Path destination = target != null ? target.toAbsolutePath() : freeName(folder);
            temp = folder.resolve("." + destination.getFileName() + "." + System.nanoTime() + ".tmp");
            try (Connection connection = opened.getConnection(); Statement statement = connection.createStatement()) {
                // H2's online backup: a consistent copy of the file as it is, encrypted when the store is.
                statement.execute("BACKUP TO '" + temp.toString().replace("'", "''") + "'");
            }
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            writeComment(temp, COMMENT_PREFIX + head);
            Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backed up " + store + " to " + destination);
            return destination;
        } catch (SQLException | IOException e) {
            deleteQuietly(temp);
            if (DiskFullException.isCause(e)) {
                throw new DiskFullException(store, e);
            }
            throw new StoreException("Parley could not back up the store " + store + " into " + folder + " ("
                    + reason(e) + "). Check that the folder can be written and the disk has room.", e);
        } catch (UnsupportedOperationException e) {
            deleteQuietly(temp);
            throw new StoreException("Parley keeps backups only on file systems with owner-only permissions; "
                    + folder + " has none.", e);
        }
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
                if (name.startsWith("." + base + "-") && name.endsWith(".tmp")) {
                    deleteQuietly(file);
                } else if (name.matches("\\.(inspect|restore|convert|compact)-.*") && Files.isDirectory(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(hourAgo)) {
                    deleteTree(file);
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
                deleteQuietly(backup.file());
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
            Path extracted = extract(backup.file(), work.resolve("backup" + Store.FILE_SUFFIX));
            return new Inspection(backup, contentsOf(extracted, backup.file()), null);
        } catch (StoreException e) {
            return new Inspection(backup, null, e.getMessage());
        } finally {
            deleteTree(work);
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
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry entry = storeEntry(zip, zipFile);
            try (InputStream in = zip.getInputStream(entry)) {
                return FileHeader.of(in.readNBytes(FileHeader.LENGTH)) == FileHeader.ENCRYPTED;
            }
        } catch (IOException | StoreException e) {
            LOG.log(Level.FINE, "Not a readable backup: " + zipFile, e);
            return false;
        }
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
        Path zip = resolve(backupFile);
        boolean storeEncrypted = Store.isEncrypted(store);
        Path work = privateWorkFolder(".restore-");
        Path kept = null;
        Contents contents;
        // Held until the swap: a window or command opening the store meanwhile would write to the file replaced.
        try (StoreSwap swap = StoreSwap.lock(store)) {
            Path extracted = extract(zip, work.resolve("restoring" + Store.FILE_SUFFIX));
            if (storeEncrypted && !Store.isEncrypted(extracted)) {
                encryptRestoredCopy(work, zip);
            }
            contents = contentsOf(extracted, zip);
            Path staged = swap.stage(extracted, StoreSwap.Staging.RESTORING);
            if (swap.storeExists()) {
                kept = keptStoreName("replaced");
            }
            swap.replace(staged, kept);
        } catch (IOException e) {
            if (DiskFullException.isCause(e)) {
                throw new DiskFullException(store, e);
            }
            throw new StoreException("Parley could not restore " + zip + " (" + reason(e) + "). The store " + store
                    + " is as it was.", e);
        } finally {
            deleteTree(work);
        }
        recordRestore(zip, kept);
        return new Restored(zip, kept, contents);
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

    /** The advice that ends a message about a store that cannot be opened: which backup to restore, and how. */
    String adviceFor() {
        List<Backup> all;
        try {
            all = list();
        } catch (StoreException e) {
            return " Restore it from a backup, or choose another store with --db PATH.";
        }
        if (all.isEmpty()) {
            return " There is no backup of it in " + folder() + ". Choose another store with --db PATH.";
        }
        Optional<Inspection> newest = newestThatOpens();
        if (newest.isEmpty()) {
            return " None of its " + all.size() + " backups in " + folder() + " opens"
                    + (key == null && anyEncrypted() ? " without the passphrase" : "")
                    + ". Choose another store with --db PATH.";
        }
        Inspection inspection = newest.get();
        return " The newest backup that opens is " + inspection.backup().file() + " (taken "
                + describe(inspection.backup().taken()) + ", " + describe(inspection.contents()) + "). Restore it with: "
                + "parley --db " + shellWord(store.toString()) + " restore " + shellWord(inspection.backup().file().toString());
    }

    /** A shell word: quoted when it holds anything but plain path characters. */
    public static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** "2026-11-30 10:15" in the computer's time zone, as people read their clock. */
    public String describe(Instant taken) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(LocalDateTime.ofInstant(taken, ZoneId.systemDefault()));
    }

    public static String describe(Contents contents) {
        return Plurals.count(contents.workshops(), "workshop") + ", "
                + Plurals.count(contents.signedAgreements(), "signed agreement")
                + (contents.encrypted() ? ", encrypted" : "");
    }

    private void recordRestore(Path zip, Path kept) {
        try (Store restored = Store.open(store, clock, key, false)) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("backup", zip.getFileName().toString());
            payload.put("replacedKeptAs", kept == null ? null : kept.getFileName().toString());
            new AuditLog(restored).append(null, Actor.COMMAND_LINE, AuditKind.STORE_RESTORED, null, payload);
        }
    }

    /** Opens the extracted copy read-only and counts what it holds; the words name {@code shown}, the user's file. */
    private Contents contentsOf(Path extracted, Path shown) {
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
            return new Contents(count(connection, "SELECT COUNT(*) FROM WORKSHOP"),
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

    /**
     * The one store file inside a backup zip, copied out to {@code destination}; a store file kept as it was
     * ({@code -replaced.mv.db}) is copied whole. Whatever is copied must start as an H2 file does, and may not grow
     * past {@link #expansionLimit}: a small zip must not fill the disk before it is found not to be a backup.
     */
    private Path extract(Path file, Path destination) {
        if (file.getFileName().toString().endsWith(Store.FILE_SUFFIX)) {
            try (InputStream in = Files.newInputStream(file)) {
                copyChecked(in, destination, file, Long.MAX_VALUE);
                return destination;
            } catch (IOException e) {
                throw unreadable(file, e);
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = storeEntry(zip, file);
            try (InputStream in = zip.getInputStream(entry)) {
                copyChecked(in, destination, file, expansionLimit(file));
            }
            return destination;
        } catch (ZipException e) {
            throw new StoreException("The file " + file + " is not a Parley backup (not a readable zip file).", e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** At most this many bytes come out of a backup: far more than a store compresses by, and never the whole disk. */
    private long expansionLimit(Path zip) throws IOException {
        long free = Files.getFileStore(folder()).getUsableSpace();
        return Math.min(Files.size(zip) * 200 + (64L << 20), Math.max(0, free - (64L << 20)));
    }

    private void copyChecked(InputStream in, Path destination, Path file, long limit) throws IOException {
        byte[] start = in.readNBytes(FileHeader.LENGTH);
        if (!FileHeader.of(start).h2()) {
            throw new StoreException("The file " + file + " is not a Parley backup (it holds no H2 database).");
        }
        try (OutputStream out = Files.newOutputStream(destination)) {
            out.write(start);
            byte[] buffer = new byte[1 << 16];
            long copied = start.length;
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                copied += n;
                if (copied > limit) {
                    throw new StoreException("The file " + file + " is not a Parley backup: it unpacks to more than "
                            + (limit >> 20) + " MB, far more than a store of its size.");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private StoreException unreadable(Path file, IOException e) {
        if (DiskFullException.isCause(e)) {
            return new DiskFullException(store, e);
        }
        return new StoreException("Parley cannot read the backup " + file + " (" + reason(e) + ").", e);
    }

    private static ZipEntry storeEntry(ZipFile zip, Path zipFile) {
        List<? extends ZipEntry> stores = zip.stream().filter(e -> e.getName().endsWith(Store.FILE_SUFFIX)
                && !e.isDirectory()).toList();
        if (stores.size() != 1) {
            throw new StoreException("The file " + zipFile + " is not a Parley backup (it holds "
                    + (stores.isEmpty() ? "no store file" : stores.size() + " store files") + ").");
        }
        return stores.get(0);
    }

    /**
     * Where a store file that was replaced is kept, as it was: {@code backups/<store>-<time>-<why>.mv.db}. Such files
     * are evidence, not snapshots: rotation leaves them alone.
     */
    Path keptStoreName(String why) throws IOException {
        createPrivateFolder(folder());
        String stem = base + "-" + NAME_TIME.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)) + "-" + why;
        Path candidate = folder().resolve(stem + Store.FILE_SUFFIX);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder().resolve(stem + "-" + n + Store.FILE_SUFFIX);
        }
        return candidate;
    }

    private Path freeName(Path folder) {
        String time = NAME_TIME.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Path candidate = folder.resolve(base + "-" + time + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + time + "-" + n + ".zip");
        }
        return candidate;
    }

    private Instant parseTime(String text) {
        try {
            return LocalDateTime.parse(text, NAME_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private static String auditHead(DataSource source) {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT HASH FROM AUDIT_EVENT ORDER BY ID DESC LIMIT 1")) {
            return rows.next() ? rows.getString(1) : "empty";
        } catch (SQLException e) {
            throw new StoreException("Parley could not read the audit log of the store to back it up.", e);
        }
    }

    private static String commentOf(Path zipFile) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            String comment = zip.getComment();
            return comment != null && comment.startsWith(COMMENT_PREFIX) ? comment.substring(COMMENT_PREFIX.length())
                    : "";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Sets the comment of a zip file that has none: its last 22 bytes are the end-of-central-directory record, whose
     * last two bytes give the comment's length, and the comment follows them.
     */
    private static void writeComment(Path zipFile, String comment) throws IOException {
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(zipFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long end = channel.size() - 22;
            ByteBuffer record = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
            if (end < 0 || channel.read(record, end) != 22 || record.getInt(0) != 0x06054b50 || record.getShort(20) != 0) {
                return; // Not the layout H2 writes: the backup stays without its comment and is simply taken again.
            }
            ByteBuffer length = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort(0, (short) text.length);
            channel.write(length, end + 20);
            channel.write(ByteBuffer.wrap(text), end + 22);
            channel.force(true);
        }
    }

    /** An owner-only folder inside the backups folder, for copies being checked; removed with {@link #deleteTree}. */
    Path privateWorkFolder(String prefix) {
        try {
            createPrivateFolder(folder());
            return Files.createTempDirectory(folder(), prefix,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            if (DiskFullException.isCause(e)) {
                throw new DiskFullException(store, e);
            }
            throw new StoreException("Parley cannot write in its backups folder " + folder() + " (" + reason(e) + ").",
                    e);
        }
    }

    /** The backups folder, owner-only even when it was there before: it holds the register as the store does. */
    private static void createPrivateFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }

    static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.sorted(Comparator.reverseOrder()).forEach(Backups::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not remove " + folder, e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + path, e);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
