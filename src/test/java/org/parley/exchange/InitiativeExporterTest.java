package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitiativeExporterTest {

    @TempDir
    Path folder;

    @Test
    void theHeaderIsTheInitiativesContract() {
        assertThat(String.join(",", InitiativeExporter.COLUMNS))
                .isEqualTo("id,title,description,category,sponsor,estimated_cost,tags");
    }

    @Test
    void eachInitiativeIsOneRowWithItsTagsJoinedByBarsInTheirOrder() throws IOException {
        Path file = folder.resolve("initiatives.csv");
        InitiativeExporter.export(file, List.of(
                AwkwardInitiatives.initiative(12, "Passkeys for staff", "Replace passwords", "Identity", "CISO office",
                        new BigDecimal("90000.00"), List.of("SOC 2", "GDPR")),
                AwkwardInitiatives.initiative(13, "Sandbox", "", "", "", null, List.of())),
                CsvOptions.WITHOUT_BOM, ExchangeProgress.NONE);

        assertThat(Files.readString(file, UTF_8)).isEqualTo(
                "id,title,description,category,sponsor,estimated_cost,tags\r\n"
                + "12,Passkeys for staff,Replace passwords,Identity,CISO office,90000.00,SOC 2|GDPR\r\n"
                + "13,Sandbox,,,,,\r\n");
    }

    @Test
    void theExportStartsWithAByteOrderMarkSoExcelReadsItAsUtf8() throws IOException {
        Path file = folder.resolve("initiatives.csv");
        InitiativeExporter.export(file, AwkwardInitiatives.all(), CsvOptions.DEFAULT, ExchangeProgress.NONE);

        assertThat(Files.readAllBytes(file)).startsWith(0xEF - 256, 0xBB - 256, 0xBF - 256, 'i', 'd', ',');
    }
}
