package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** The file chores of the store's folder: owner-only folders, flushing to the disk, removing what was left. */
final class StoreFiles {

    private static final Logger LOG = Logger.getLogger(StoreFiles.class.getName());

    private StoreFiles() {
    }

    /** A folder for what holds the register as the store does: owner-only, even when it was there before. */
    static void createPrivateFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }

    static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Removes a folder and all it holds; what cannot be removed is logged and left. */
    static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.sorted(Comparator.reverseOrder()).forEach(StoreFiles::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Could not remove " + folder, e);
        }
    }

    static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + path, e);
        }
    }

    /** Why a file operation failed, in the words of the file system when it gives some. */
    static String reason(Exception e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
