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
import java.util.concurrent.ThreadLocalRandom;
import org.parley.domain.ParleyException;

/**
 * Every file Parley exports is written this way: into a hidden file beside the target, forced to disk, then
 * moved into place. A failed or cancelled export leaves no half file and an existing file untouched.
 */
public final class AtomicFile {

    /** Writes a file's contents; it may close the stream it is given. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Contents contents) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
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
     * A new, hidden file beside the target. Not {@code Files.createTempFile}: its owner-only permissions would
     * be moved into place with it, and an exported register or chart is meant to be shared.
     */
    private static Path createTemp(Path folder, Path target) throws IOException {
        while (true) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createFile(folder.resolve("." + target.getFileName() + "." + suffix + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                // another export chose the same name; draw again
            }
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
