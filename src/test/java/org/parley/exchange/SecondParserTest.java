package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Initiative;

/**
 * Reads our exports with Apache Commons CSV, a parser that shares no code with FastCSV, so that a quoting
 * mistake both of FastCSV's halves agree on cannot hide.
 */
class SecondParserTest {

    @TempDir
    Path folder;

    @Test
    void anIndependentRfc4180ParserReadsEveryCellOfTheExportAsWritten() throws IOException {
        List<Initiative> initiatives = AwkwardInitiatives.all();
        Path file = folder.resolve("initiatives.csv");
        InitiativeExporter.export(file, initiatives, CsvOptions.DEFAULT, ExchangeProgress.NONE);

        List<List<String>> expected = new ArrayList<>();
        expected.add(InitiativeExporter.COLUMNS);
        for (Initiative initiative : initiatives) {
            expected.add(InitiativeExporter.row(initiative).stream().map(CsvCell::written).toList());
        }

        assertThat(readWithCommonsCsv(file)).isEqualTo(expected);
    }

    @Test
    void theIndependentParserSeesTheGuardedFormulasAndTheUntouchedNumbers() throws IOException {
        Path file = folder.resolve("initiatives.csv");
        InitiativeExporter.export(file, AwkwardInitiatives.all(), CsvOptions.WITHOUT_BOM, ExchangeProgress.NONE);

        List<List<String>> rows = readWithCommonsCsv(file);

        assertThat(rows.get(1)).containsExactly("1", "'=HYPERLINK(\"http://evil.example\",\"Click\")",
                "Looks like a formula", "Data", "Dana Reyes", "250000", "GDPR|SOC 2");
        assertThat(rows.get(2)).containsExactly("2", "'-1 legacy VPN concentrators",
                "'+ retire them\r\n@ once the ZTNA pilot is done", "Network", "Sam O'Brien", "1250000.50",
                "PCI-DSS|NIS2|DORA");
        assertThat(rows.get(3)).containsExactly("3", "The \"zero trust\" roadmap, phase 2",
                "Line one\nline two, with a comma; and \"quotes\"", "Zürich, Straße", "Ødegård", "", "");
    }

    private static List<List<String>> readWithCommonsCsv(Path file) throws IOException {
        String text = Files.readString(file, UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text);
                CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }
}
