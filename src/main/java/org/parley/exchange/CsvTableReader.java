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

    /**
     * Reads the whole table.
     *
     * @throws UnreadableFileException when the file is not UTF-8 text, is binary, or has a cell or line far too
     *                                 large for any file Parley reads
     */
    static CsvTable read(Reader source, ExchangeProgress progress) throws IOException {
        BufferedReader in = new BufferedReader(new LineCounter(source));
        CsvTable.Row header = null;
        List<CsvTable.Row> rows = new ArrayList<>();
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
                    if (header == null) {
                        header = new CsvTable.Row(record.getStartingLineNumber(), record.getFields());
                    } else {
                        rows.add(new CsvTable.Row(record.getStartingLineNumber(), record.getFields()));
                        progress.update(rows.size(), -1);
                    }
                }
            }
            if (progress.cancelled()) {
                throw ExchangeCancelledException.importing();
            }
            progress.update(rows.size(), rows.size());
            return new CsvTable(delimiter, header, rows);
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
