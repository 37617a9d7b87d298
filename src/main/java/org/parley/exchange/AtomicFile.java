package org.parley.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.domain.ParleyException;

/**
 * Every file Parley exports is written this way: into a hidden, owner-only file beside the target, forced to disk,
 * then given the target's permissions and moved into place. A failed or cancelled export leaves no half file and an
 * existing file untouched; what a killed export left behind is removed by the next export to the same name.
 */
public final class AtomicFile {

    /** Writes a file's contents; it may close the stream it is given. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Leftovers younger than this may belong to an export still running into the same name. */
    private static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");

    public static void write(Path target, Contents contents) throws IOException {
        ExportTarget.check(target);
        Path folder = target.toAbsolutePath().getParent();
        removeLeftovers(folder, target);
        Path temp;
        try {
            temp = createTemp(folder, target);
        } catch (AccessDeniedException e) {
            throw notWritable(folder, e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                // Closing what the contents wrap only flushes: the channel must stay open to be forced.
                OutputStream out = new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        this.out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                contents.writeTo(out);
                out.flush();
                // On disk before the move, so that a crash cannot leave an empty file in the target's place.
                channel.force(true);
            }
            shareLike(temp, target);
            moveIntoPlace(temp, target);
        } catch (IOException | RuntimeException | Error failure) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
    }

    /**
     * A new, hidden file beside the target, readable by its owner only while it holds half a register: a killed
     * export must not leave register data readable by others.
     */
    private static Path createTemp(Path folder, Path target) throws IOException {
        boolean posix = Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
        while (true) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path temp = folder.resolve("." + target.getFileName() + "." + suffix + ".tmp");
            try {
                return posix ? Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                        : Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // another export chose the same name; draw again
            }
        }
    }

    /** The finished file is shared as the file it replaces was, or as a new file usually is (rw-r--r--). */
    private static void shareLike(Path temp, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : SHARED);
    }

    /** Hidden files of exports to this name that were killed before they could clean up. */
    private static void removeLeftovers(Path folder, Path target) {
        Pattern leftover = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString())
                + "\\.[0-9a-z]+\\.tmp");
        Instant before = Instant.now().minus(LEFTOVER_AGE);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> leftover.matcher(f.getFileName().toString()).matches()).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // A folder that cannot be listed is reported by the write itself.
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw notWritable(target, e);
        }
    }

    private static ParleyException notWritable(Path path, IOException cause) {
        return new ParleyException("Parley may not write " + path + ". If the file is open in another program, "
                + "such as Excel, close it and export again; otherwise choose another folder.", cause);
    }
}
