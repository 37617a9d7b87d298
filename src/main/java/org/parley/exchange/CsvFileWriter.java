package org.parley.exchange;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one way Parley writes a CSV file: header first, RFC 4180 by FastCSV, UTF-8, typed cells, through
 * {@link AtomicFile}, so a failed or cancelled export leaves no half file and an existing file untouched.
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
        AtomicFile.write(target, out -> writeRows(out, target, header, items, row, options, progress));
    }

    private static <T> void writeRows(OutputStream stream, Path target, List<String> header, List<? extends T> items,
            Function<? super T, List<CsvCell>> row, CsvOptions options, ExchangeProgress progress) throws IOException {
        try (Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
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


}
