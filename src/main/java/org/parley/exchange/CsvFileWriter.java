package org.parley.exchange;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.parley.domain.ParleyException;

/**
 * The one way Parley writes a CSV file: header first, RFC 4180 by FastCSV, UTF-8, typed cells. The file
 * is written beside the target and moved into place, so a failed or cancelled export leaves no half file
 * and an existing file untouched.
 */
public final class CsvFileWriter {

    private CsvFileWriter() {
    }

    /**
     * Writes one row per item.
     *
     * @param row the cells of an item, as many as the header has columns
     * @throws ExchangeCancelledException when {@code progress} asks to stop; nothing is written then
     */
    public static <T> void write(Path target, List<String> header, List<? extends T> items,
            Function<? super T, List<CsvCell>> row, CsvOptions options, ExchangeProgress progress) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp;
        try {
            temp = createTemp(folder, target);
        } catch (AccessDeniedException e) {
            throw notWritable(folder, e);
        }
        try {
            writeFile(temp, target, header, items, row, options, progress);
            moveIntoPlace(temp, target);
        } catch (Throwable failure) {
            discard(temp, failure);
            throw failure;
        }
    }

    private static void discard(Path temp, Throwable failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * A new, hidden file beside the target. Not {@code Files.createTempFile}: its owner-only permissions would
     * be moved into place with it, and an exported register is meant to be shared.
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

    private static <T> void writeFile(Path temp, Path target, List<String> header, List<? extends T> items,
            Function<? super T, List<CsvCell>> row, CsvOptions options, ExchangeProgress progress) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                Writer out = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder()
                        .fieldSeparator(',')
                        .quoteCharacter('"')
                        .lineDelimiter(LineDelimiter.CRLF)
                        .build(out)) {
            if (options.byteOrderMark()) {
                out.write('\uFEFF');
            }
            csv.writeRecord(header);
            long total = items.size();
            long done = 0;
            for (T item : items) {
                if (progress.cancelled()) {
                    throw ExchangeCancelledException.export(target);
                }
                csv.writeRecord(cells(header, row.apply(item)));
                progress.update(++done, total);
            }
            if (progress.cancelled()) {
                throw ExchangeCancelledException.export(target);
            }
            csv.flush();
            // On disk before the move, so that a crash cannot leave an empty file in the target's place.
            channel.force(true);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<String> cells(List<String> header, List<CsvCell> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(
                    "A row has " + cells.size() + " cells but the header has " + header.size() + " columns");
        }
        List<String> written = new ArrayList<>(cells.size());
        for (CsvCell cell : cells) {
            written.add(cell.written());
        }
        return written;
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
