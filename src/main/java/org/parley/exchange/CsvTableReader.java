package org.parley.exchange;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV the way spreadsheets save it: with or without a UTF-8 BOM, comma or semicolon (as the header
 * line uses), blank lines in between. Parsing is FastCSV's; this class only prepares the input for it. Cells
 * come as the file has them: whether an apostrophe is a formula guard is for the caller to say.
 */
final class CsvTableReader {

    /** How far we look for the end of the header line; a header is a few dozen characters. */
    private static final int HEADER_PEEK = 1 << 16;

    private CsvTableReader() {
    }

    /** A file opened for {@link #read}: strict UTF-8, so that a bad byte is named with its line. */
    static Reader open(Path file) throws IOException {
        return new Utf8Reader(Files.newInputStream(file));
    }

    /** As {@link #open(Path)}, with every byte read also passed to {@code digest}: to tell whether a file changed. */
    static Reader open(Path file, MessageDigest digest) throws IOException {
        return new Utf8Reader(new DigestInputStream(Files.newInputStream(file), digest));
    }

    /** What a streaming read hands the file to: its layout once the header is read, then each row in turn. */
    interface RowHandler {

        void header(CsvLayout layout);

        void row(CsvTable.Row row);
    }

    /**
     * Reads the whole table into memory: for files small by nature, such as a register.
     *
     * @throws UnreadableFileException as {@link #stream} does
     */
    static CsvTable read(Reader source, ExchangeProgress progress) throws IOException {
        List<CsvTable.Row> rows = new ArrayList<>();
        CsvLayout layout = stream(source, progress, new RowHandler() {
            @Override
            public void header(CsvLayout ignored) {
            }

            @Override
            public void row(CsvTable.Row row) {
                rows.add(row);
            }
        });
        return new CsvTable(layout, rows);
    }

    /**
     * Reads the table a row at a time, holding no more of it than the row being handed over, so that a file of
     * any length is read in the same memory. Progress counts the rows; cancelling stops the reading.
     *
     * @return the file's layout; its header is null for an empty file, whose rows the handler never sees
     * @throws UnreadableFileException when the file is not UTF-8 text, is binary, or has a cell or line far too
     *                                 large for any file Parley reads
     */
    static CsvLayout stream(Reader source, ExchangeProgress progress, RowHandler handler) throws IOException {
        BufferedReader in = new BufferedReader(new LineCounter(source));
        CsvTable.Row header = null;
        long rows = 0;
        try {
            skipByteOrderMark(in);
            char delimiter = delimiter(headerLine(in));
            try (CsvReader<CsvRecord> csv = CsvReader.builder()
                    .fieldSeparator(delimiter)
                    .quoteCharacter('"')
                    .skipEmptyLines(true)
                    .ignoreDifferentFieldCount(true) // the importer names such lines itself
                    .maxBufferSize(CsvLimits.MAX_LINE)
                    .build(CsvLimits.handler(), in)) {
                for (CsvRecord record : csv) {
                    if (progress.cancelled()) {
                        throw ExchangeCancelledException.importing();
                    }
                    if (isBlank(record)) {
                        continue;
                    }
                    CsvTable.Row row = new CsvTable.Row(record.getStartingLineNumber(), record.getFields());
                    if (header == null) {
                        header = row;
                        handler.header(new CsvLayout(delimiter, header));
                    } else {
                        handler.row(row);
                        progress.update(++rows, -1);
                    }
                }
            }
            if (progress.cancelled()) {
                throw ExchangeCancelledException.importing();
            }
            progress.update(rows, rows);
            return new CsvLayout(delimiter, header);
        } catch (UncheckedIOException e) {
            throw unreadable(e).orElseThrow(e::getCause);
        } catch (CsvParseException e) {
            Optional<UnreadableFileException> own = unreadable(e);
            throw own.isPresent() ? own.get() : CsvLimits.translate(e, header);
        } catch (RuntimeException e) {
            throw unreadable(e).orElseThrow(() -> e);
        }
    }

    /** The reader's own refusal, when FastCSV passed it on wrapped in one of its exceptions. */
    private static Optional<UnreadableFileException> unreadable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableFileException unreadable) {
                return Optional.of(unreadable);
            }
        }
        return Optional.empty();
    }

    private static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
    }

    /** The first non-blank line, up to its first line break outside quotes; the reader is left where it was. */
    private static String headerLine(BufferedReader in) throws IOException {
        in.mark(HEADER_PEEK);
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        for (int i = 0, c; i < HEADER_PEEK - 1 && (c = in.read()) != -1; i++) {
            if (c == '"') {
                quoted = !quoted;
            } else if ((c == '\n' || c == '\r') && !quoted) {
                if (!line.toString().isBlank()) {
                    break;
                }
                line.setLength(0);
                continue;
            }
            line.append((char) c);
        }
        in.reset();
        return line.toString();
    }

    /** A semicolon when the header has more of them than commas: how Excel saves CSV where ',' is the decimal mark. */
    static char delimiter(String headerLine) {
        long commas = 0;
        long semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean isBlank(CsvRecord record) {
        for (String field : record.getFields()) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }

}
