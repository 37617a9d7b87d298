package org.parley.exchange;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.parley.domain.ParleyException;

/**
 * Reads CSV the way spreadsheets save it: with or without a UTF-8 BOM, comma or semicolon (as the header
 * line uses), blank lines in between. Parsing is FastCSV's; this class only prepares the input for it.
 */
final class CsvTableReader {

    /** How far we look for the end of the header line; a header is a few dozen characters. */
    private static final int HEADER_PEEK = 1 << 16;

    private CsvTableReader() {
    }

    static CsvTable read(Reader source, ExchangeProgress progress) throws IOException {
        BufferedReader in = source instanceof BufferedReader buffered ? buffered : new BufferedReader(source);
        try {
            skipByteOrderMark(in);
            char delimiter = delimiter(headerLine(in));
            CsvTable.Row header = null;
            List<CsvTable.Row> rows = new ArrayList<>();
            try (CsvReader<CsvRecord> csv = CsvReader.builder()
                    .fieldSeparator(delimiter)
                    .quoteCharacter('"')
                    .skipEmptyLines(true)
                    .ignoreDifferentFieldCount(true) // the importer names such lines itself
                    .ofCsvRecord(in)) {
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
                        rows.add(new CsvTable.Row(record.getStartingLineNumber(), restored(record.getFields())));
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
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw notUtf8(coding);
            }
            throw e.getCause();
        } catch (CharacterCodingException e) {
            throw notUtf8(e);
        } catch (CsvParseException e) {
            throw new ParleyException("Parley cannot read this file as CSV: " + e.getMessage(), e);
        }
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

    private static List<String> restored(List<String> fields) {
        List<String> cells = new ArrayList<>(fields.size());
        for (String field : fields) {
            cells.add(FormulaGuard.restore(field));
        }
        return cells;
    }

    private static ParleyException notUtf8(CharacterCodingException cause) {
        return new ParleyException("The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8 (Comma delimited)\" "
                + "and import it again.", cause);
    }
}
