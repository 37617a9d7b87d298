package org.parley.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * The store file held for a restore or a conversion: its lock, the one H2 takes with {@code FILE_LOCK=FS}, is held
 * from the first look to the swap, so that no window or command opens the store meanwhile and writes to a file about
 * to be replaced. The swap itself is one atomic rename over the store; the file it replaces is kept first as a hard
 * link, so that at every moment the store's path names a whole store.
 *
 * <p>On Linux a process loses its lock on a file when it closes any descriptor of that file, so while the lock is
 * held the store is read only through this class's channel.
 */
final class StoreSwap implements AutoCloseable {

    /** Why a file waits beside the store for the swap; its name ends in the reason, so leftovers can be found. */
    enum Staging {
        RESTORING(".restoring"), CONVERTED(".converted"), COMPACTED(".compacted");

        private final String suffix;

        Staging(String suffix) {
            this.suffix = suffix;
        }
    }

    /** The store's file itself: where a link named the store, the file it points to, which the swap replaces. */
    private final Path store;
    private final FileChannel channel;
    private final FileLock lock;
    /** What {@link #stage} put beside the store and no swap took yet: removed on closing, while still locked. */
    private Path staged;

    private StoreSwap(Path store, FileChannel channel, FileLock lock) {
        this.store = store;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks the store, refusing while a window or command has it open; a store not there yet needs no lock. */
    static StoreSwap lock(Path store) {
        if (!Files.exists(store)) {
            return new StoreSwap(store, null, null);
        }
        FileChannel channel = null;
        try {
            // A store reached through a link is replaced where it is: a swap must not turn the link into a file.
            Path file = store.toRealPath();
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StoreInUseException(store, null);
            }
            return new StoreSwap(file, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreInUseException(store, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Parley cannot take hold of the store " + store + " (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Moves {@code prepared} beside the store, into a hidden file named for {@code why}, so that the swap is a rename
     * within one folder; returns the file staged.
     */
    Path stage(Path prepared, Staging why) throws IOException {
        staged = Files.createTempFile(store.getParent(), "." + store.getFileName() + ".", why.suffix);
        Files.move(prepared, staged, StandardCopyOption.REPLACE_EXISTING);
        return staged;
    }

    /** True for the name of a file a restore, a conversion or a compaction stages beside a store for its swap. */
    static boolean isStaged(String fileName) {
        return Arrays.stream(Staging.values()).anyMatch(why -> fileName.endsWith(why.suffix));
    }

    /** Copies the locked store to {@code target}, through the locked channel. */
    void copyTo(Path target) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = channel.size();
            for (long done = 0; done < size; ) {
                done += channel.transferTo(done, size - done, out);
            }
            out.force(true);
        }
    }

    /**
     * Keeps the store as {@code kept} (a hard link, or a copy where links are not possible), owner-only, and then puts
     * {@code staged} in its place with one atomic rename. With no store there, only the rename.
     */
    void replace(Path staged, Path kept) throws IOException {
        StoreFiles.fsync(staged);
        if (channel != null) {
            keep(kept);
        }
        swapIn(staged);
    }

    /** Puts {@code staged}, which holds what the store holds, in the store's place with one atomic rename. */
    void replace(Path staged) throws IOException {
        StoreFiles.fsync(staged);
        swapIn(staged);
    }

    private void keep(Path kept) throws IOException {
        try {
            Files.createLink(kept, store);
        } catch (UnsupportedOperationException | IOException e) {
            copyTo(kept);
        }
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-------"));
    }

    private void swapIn(Path file) throws IOException {
        Files.move(file, store, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (file.equals(staged)) {
            staged = null;
        }
        // The rename is in the folder's entry: on the disk too before the swap is said to be done.
        try (FileChannel folder = FileChannel.open(store.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a folder; the rename itself is atomic all the same.
        }
    }

    boolean storeExists() {
        return channel != null;
    }

    @Override
    public void close() {
        if (staged != null) {
            // Still under the lock: only this swap's own file, never another run's.
            try {
                Files.deleteIfExists(staged);
            } catch (IOException e) {
                // Left for the next opening of the store, which removes what a swap staged and did not use.
            }
        }
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // Closing the channel below drops the lock anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing held on to: the descriptor goes with the process at the latest.
            }
        }
    }
}
