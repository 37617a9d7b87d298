package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the files of one store's backups folder are named: {@code <store>-2026-11-30T10-15-00.zip} for a snapshot,
 * {@code <store>-2026-11-30T10-15-00-replaced.mv.db} for a store kept as it was. Two within one second get
 * {@code -2}, {@code -3}, … after the time.
 */
final class BackupNames {

    /** Names carry the time in UTC, so that they sort as they were taken whatever the clocks did. */
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

    private final String base;
    private final Pattern snapshot;

    BackupNames(Path store) {
        String name = store.getFileName().toString();
        this.base = name.substring(0, name.length() - Store.FILE_SUFFIX.length());
        this.snapshot = Pattern.compile(Pattern.quote(base)
                + "-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2})(?:-(\\d{1,6}))?\\.zip");
    }

    /** When a snapshot was taken, and its place among those taken within the same second (1 for the first). */
    record Taken(Instant at, int sequence) {
    }

    /** When the file named so was taken, or null when the name is not one of this store's snapshots. */
    Taken snapshot(String fileName) {
        Matcher matcher = snapshot.matcher(fileName);
        if (!matcher.matches()) {
            return null;
        }
        return new Taken(parseTime(matcher.group(1)), matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2)));
    }

    /** True for the hidden file a snapshot of this store is written to before it is moved into place. */
    boolean halfWritten(String fileName) {
        return fileName.startsWith("." + base + "-") && fileName.endsWith(".tmp");
    }

    /** A name for a snapshot taken now that no file in {@code folder} has yet. */
    Path freeSnapshot(Path folder, Instant now) {
        return free(folder, base + "-" + time(now), ".zip");
    }

    /** A name for a store file kept as it was, {@code why} saying what replaced it ("replaced", "before-encryption"). */
    Path freeKept(Path folder, Instant now, String why) {
        return free(folder, base + "-" + time(now) + "-" + why, Store.FILE_SUFFIX);
    }

    private static Path free(Path folder, String stem, String suffix) {
        Path candidate = folder.resolve(stem + suffix);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(stem + "-" + n + suffix);
        }
        return candidate;
    }

    private static String time(Instant now) {
        return NAME_TIME.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    private static Instant parseTime(String text) {
        try {
            return LocalDateTime.parse(text, NAME_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
