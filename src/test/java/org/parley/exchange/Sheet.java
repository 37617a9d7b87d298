package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file opened, edited by hand and saved again, as someone would in a spreadsheet: cells are kept as the
 * file has them (a formula guard stays), and read and written by Commons CSV, which shares no code with Parley's.
 */
final class Sheet {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private Sheet(List<String> header) {
        this.header = new ArrayList<>(header);
    }

    /** Opens a comma-separated file, with or without a BOM. */
    static Sheet open(Path file) throws IOException {
        String text = Files.readString(file, UTF_8);
        try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
                CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            List<CSVRecord> records = parser.getRecords();
            Sheet sheet = new Sheet(records.get(0).toList());
            records.subList(1, records.size()).forEach(record -> sheet.rows.add(new ArrayList<>(record.toList())));
            return sheet;
        }
    }

    /** The cell of data row {@code row} (0 is the first after the header) in {@code column}. */
    String get(int row, String column) {
        return rows.get(row).get(index(column));
    }

    Sheet set(int row, String column, String value) {
        rows.get(row).set(index(column), value);
        return this;
    }

    /** Every name in the header upper-cased, as some tools write it. */
    Sheet upperCaseHeader() {
        header.replaceAll(name -> name.toUpperCase(java.util.Locale.ROOT));
        return this;
    }

    /** Swaps two names in the header, the cells below staying where they are. */
    Sheet swapNames(String column, String other) {
        int i = index(column);
        int j = index(other);
        header.set(i, other);
        header.set(j, column);
        return this;
    }

    /** Swaps the cells of two columns in data row {@code row}, the header staying as it is. */
    Sheet swapCells(int row, String column, String other) {
        String cell = get(row, column);
        return set(row, column, get(row, other)).set(row, other, cell);
    }

    /** Adds a copy of data row {@code row} at the end. */
    Sheet duplicateRow(int row) {
        rows.add(new ArrayList<>(rows.get(row)));
        return this;
    }

    /** Leaves out the last {@code n} columns. */
    Sheet dropLastColumns(int n) {
        header.subList(header.size() - n, header.size()).clear();
        rows.forEach(row -> row.subList(row.size() - n, row.size()).clear());
        return this;
    }

    /** Saves to {@code file}: CRLF, quotes where needed, {@code delimiter} between cells, a BOM if asked. */
    Path save(Path file, char delimiter, boolean bom) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().print(text)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return Files.writeString(file, (bom ? "\uFEFF" : "") + text, UTF_8);
    }

    private int index(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("No column " + column + " in " + header);
        }
        return index;
    }
}
