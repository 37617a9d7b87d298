package org.parley.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.domain.ParleyException;

/**
 * Where an export may not go: a folder, an H2 database (the store, or any other), or a file Parley keeps beside its
 * store. Checked before anything is written, so that a slip of the tab key cannot replace the register's own store.
 */
public final class ExportTarget {

    /** Files Parley (and H2 under it) keeps beside a store: log, lock, trace, window state, backups. */
    private static final Pattern OWNED = Pattern.compile(
            "parley\\.log(\\.\\d+)?(\\.lck)?|.+\\.(mv|lock|trace)\\.db|.+\\.window\\.properties(\\.tmp)?|.+\\.before-opening"
                    + "|\\..+\\.(restoring|converted)",
            Pattern.CASE_INSENSITIVE);
    /** An H2 MVStore file starts with its header block, "H:2,"; an encrypted one with "H2encrypt". */
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPTED_H2_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);

    private ExportTarget() {
    }

    /** Throws with what to do instead when {@code target} must not be written by an export. */
    public static void check(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw refused(absolute, "is a folder. Name a file in it, such as " + absolute.resolve("register.csv"));
        }
        String name = absolute.getFileName().toString();
        if (OWNED.matcher(name).matches()) {
            throw refused(absolute, "is a file Parley keeps beside its store. Name another file, such as "
                    + absolute.resolveSibling("register.csv"));
        }
        Path parent = absolute.getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("backups")
                && (name.toLowerCase(Locale.ROOT).endsWith(".zip") || name.toLowerCase(Locale.ROOT)
                .endsWith(".mv.db"))) {
            throw refused(absolute, "is one of Parley's backups. Name a file outside the backups folder");
        }
        if (isDatabase(absolute)) {
            throw refused(absolute, "is a database, perhaps Parley's store. Name another file, such as "
                    + absolute.resolveSibling("register.csv"));
        }
    }

    private static boolean isDatabase(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(ENCRYPTED_H2_HEADER.length);
            return Arrays.equals(Arrays.copyOf(start, H2_HEADER.length), H2_HEADER)
                    || Arrays.equals(start, ENCRYPTED_H2_HEADER);
        } catch (IOException e) {
            // Unreadable: the write that follows reports it in words.
            return false;
        }
    }

    private static ParleyException refused(Path target, String why) {
        return new ParleyException("Nothing was written: " + target + " " + why + ".");
    }
}
