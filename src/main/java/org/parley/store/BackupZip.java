package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * One backup file as H2 writes it: a zip holding one store file, with the audit chain's head in its comment.
 * Reading a store file out of it is guarded: it must start as an H2 file does and may not unpack past a limit.
 */
final class BackupZip {

    private static final Logger LOG = Logger.getLogger(BackupZip.class.getName());
    /** The zip comment holds the audit chain's head when the backup was taken: a hash, nothing of the content. */
    private static final String COMMENT_PREFIX = "parley-backup audit-head=";

    private BackupZip() {
    }

    /** True when the backup at {@code zipFile} holds an encrypted store; false when not, or not a readable backup. */
    static boolean isEncrypted(Path zipFile) {
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

    /**
     * The one store file inside a backup zip, copied out to {@code destination}; a store file kept as it was
     * ({@code -replaced.mv.db}) is copied whole. Whatever is copied must start as an H2 file does, and may not grow
     * past {@link #expansionLimit}: a small zip must not fill the disk before it is found not to be a backup.
     *
     * @param store the store the backup is of, named when the disk is full
     */
    static Path extract(Path file, Path destination, Path store) {
        if (file.getFileName().toString().endsWith(Store.FILE_SUFFIX)) {
            try (InputStream in = Files.newInputStream(file)) {
                copyChecked(in, destination, file, Long.MAX_VALUE);
                return destination;
            } catch (IOException e) {
                throw unreadable(file, e, store);
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = storeEntry(zip, file);
            try (InputStream in = zip.getInputStream(entry)) {
                copyChecked(in, destination, file, expansionLimit(file, destination.getParent()));
            }
            return destination;
        } catch (ZipException e) {
            throw new StoreException("The file " + file + " is not a Parley backup (not a readable zip file).", e);
        } catch (IOException e) {
            throw unreadable(file, e, store);
        }
    }

    /** The audit chain's head written into the backup's comment; empty when it has none. */
    static String auditHead(Path zipFile) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            String comment = zip.getComment();
            return comment != null && comment.startsWith(COMMENT_PREFIX) ? comment.substring(COMMENT_PREFIX.length())
                    : "";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Writes the audit chain's head as the comment of a zip file that has none: its last 22 bytes are the
     * end-of-central-directory record, whose last two bytes give the comment's length, and the comment follows them.
     */
    static void writeAuditHead(Path zipFile, String head) throws IOException {
        byte[] text = (COMMENT_PREFIX + head).getBytes(StandardCharsets.US_ASCII);
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

    /** At most this many bytes come out of a backup: far more than a store compresses by, and never the whole disk. */
    private static long expansionLimit(Path zip, Path folder) throws IOException {
        long free = Files.getFileStore(folder).getUsableSpace();
        return Math.min(Files.size(zip) * 200 + (64L << 20), Math.max(0, free - (64L << 20)));
    }

    private static void copyChecked(InputStream in, Path destination, Path file, long limit) throws IOException {
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

    private static StoreException unreadable(Path file, IOException e, Path store) {
        if (DiskFullException.isCause(e)) {
            return new DiskFullException(store, e);
        }
        return new StoreException("Parley cannot read the backup " + file + " (" + StoreFiles.reason(e) + ").", e);
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
}
