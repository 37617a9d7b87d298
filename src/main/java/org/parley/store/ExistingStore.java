package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The checks a store file that is already there passes before Parley migrates or writes to it: not empty, an H2
 * database, with Parley's data, of this Parley or an older one. A file that fails them is refused whole and left as
 * it was.
 *
 * <p>H2 writes as it opens a file (it rolls back what a crash left, and repairs what it can), and it cannot be asked
 * to look first: a failed read-only opening keeps the file locked in this process. So the file is copied before the
 * opening, and should the opening or the checks fail, the copy is put back: the evidence is what it was.
 */
final class ExistingStore {

    private static final Logger LOG = Logger.getLogger(ExistingStore.class.getName());

    private static final String COPY_SUFFIX = ".before-opening";

    private final Path file;
    private final String name;
    private Path copy;

    ExistingStore(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    /** Checks the bytes, and keeps a copy to put back should the opening fail. */
    void checkBeforeOpening() {
        checkBytes();
        keepCopy();
    }

    /** After H2 opened the file, before Flyway migrates it: Parley's data, and not of a newer Parley. */
    void checkOpened(DataSource opened) {
        checkParleyData(opened, file, "store");
    }

    /** True when {@code file} starts with H2's encryption header; false when it does not, or cannot be read. */
    static boolean isEncrypted(Path file) {
        return FileHeader.of(file) == FileHeader.ENCRYPTED;
    }

    /** The opening failed for a reason other than another owner: what H2 may have written is undone. */
    void putBack() {
        if (copy == null) {
            return;
        }
        try {
            // A rename within the folder: the store is the whole copy or, should this be cut short, still as it was.
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            copy = null;
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Could not put back " + file + " from " + copy + "; the copy is kept", e);
            // Kept, not deleted: it is the only intact version.
            copy = null;
        }
    }

    /** The copy is not needed any more: the store opened, or the copy was put back. */
    void done() {
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the copy " + copy, e);
            }
            copy = null;
        }
    }

    private void checkBytes() {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(FileHeader.LENGTH);
        } catch (IOException e) {
            throw new StoreException("Parley cannot read its store at " + file + " (" + e.getMessage() + "). "
                    + "Choose a store you can read with --db PATH.", e);
        }
        if (header.length == 0) {
            throw damaged("is empty (0 bytes)", null);
        }
        if (!FileHeader.of(header).h2()) {
            throw new UnreadableStoreException("The file " + file + " is not a Parley store (it is not an H2 "
                    + "database), and Parley has not changed it.", null);
        }
    }

    /** Refuses a database without Parley's data, or one a newer Parley wrote; {@code noun} names it in the words. */
    static void checkParleyData(DataSource source, Path file, String noun) {
        SchemaVersion.Applied applied;
        try {
            applied = SchemaVersion.of(source);
        } catch (SQLException e) {
            throw new UnreadableStoreException("The " + noun + " " + file + " cannot be read as a Parley store ("
                    + e.getMessage().replaceAll("\\s*\\[\\d+-\\d+]$", "") + "), and Parley has not changed it.", e);
        }
        if (!applied.parley()) {
            throw new UnreadableStoreException("The " + noun + " " + file + " holds no Parley data: it is damaged, "
                    + "and Parley has not changed it.", null);
        }
        if (applied.newer()) {
            // Not damage: no backup is offered in its place, as restoring one would undo the newer Parley's work.
            throw new StoreException("The " + noun + " " + file + " was written by a newer Parley (schema "
                    + "version " + applied.version() + "). Open it with that version; this Parley has not "
                    + "changed the file.");
        }
    }

    /**
     * Once the store has opened, and this process owns it: copies that an opening killed midway left behind are
     * older states of a store that is fine, and go; so do files a restore, conversion or compaction killed before its
     * swap staged beside it, as none of them can be running now. One listing of the folder finds both.
     */
    void removeLeftovers() {
        String prefix = "." + file.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix) && (name.endsWith(COPY_SUFFIX) || StoreSwap.isStaged(name))
                        && !sibling.equals(copy)) {
                    StoreFiles.deleteQuietly(sibling);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not list " + file.getParent(), e);
        }
    }

    private void keepCopy() {
        try {
            copy = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", COPY_SUFFIX);
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            // On the disk before H2 writes to the store: the copy is what a failed opening puts back.
            try (FileChannel channel = FileChannel.open(copy,
                    StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        } catch (IOException e) {
            StoreFiles.deleteQuietly(copy);
            copy = null;
            if (DiskFullException.isCause(e)) {
                throw new DiskFullException(file, e);
            }
            throw new StoreException("Parley could not keep a copy of " + file + " while opening it ("
                    + e.getMessage() + "). Choose another store with --db PATH.", e);
        }
    }

    UnreadableStoreException damaged(String what, Throwable cause) {
        return new UnreadableStoreException("The store " + file + " " + what + ": it is damaged, and Parley has not "
                + "changed it.", cause);
    }
}
