package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a file's bytes become cells: strict UTF-8 across the reader's buffer, line counting, and the column a refused
 * cell is placed in.
 */
class ReadingEdgesTest {

    private static String readAll(Reader reader, int chunk) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[chunk];
        for (int n; (n = reader.read(buffer, 0, chunk)) != -1; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    @Test
    void aCharacterSplitAcrossTheReadersBufferIsReadWhole() throws IOException {
        // 8,191 ASCII bytes, then "é" (two bytes) across the 8,192-byte buffer's end, then more.
        String text = "x".repeat(8191) + "é" + "y".repeat(9000) + "€";

        assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(text.getBytes(UTF_8))), 4096)).isEqualTo(text);
        assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(text.getBytes(UTF_8))), 1)).isEqualTo(text);
    }

    @Test
    void theTextBeforeABadByteIsReadAndTheNextReadIsRefused() throws IOException {
        byte[] bytes = {'a', 'b', (byte) 0xFF, 'c'};
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes));
        char[] buffer = new char[16];

        assertThat(reader.read(buffer, 0, 16)).isEqualTo(2);
        assertThat(new String(buffer, 0, 2)).isEqualTo("ab");
        assertThatThrownBy(() -> reader.read(buffer, 0, 16)).isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> reader.read(buffer, 0, 16)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void aBadFirstByteIsRefusedAtOnce() {
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(new byte[] {(byte) 0xC3, 'a'}));

        assertThatThrownBy(() -> reader.read(new char[4], 0, 4)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void aReadOfNothingReadsNothingAndTheEndStaysTheEnd() throws IOException {
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream("ab".getBytes(UTF_8)));
        char[] buffer = new char[4];

        assertThat(reader.read(buffer, 0, 0)).isZero();
        assertThat(reader.read(buffer, 1, 3)).isEqualTo(2);
        assertThat(new String(buffer, 1, 2)).isEqualTo("ab");
        assertThat(reader.read(buffer, 0, 4)).isEqualTo(-1);
        assertThat(reader.read(buffer, 0, 4)).isEqualTo(-1);
    }

    @Test
    void closingTheReaderClosesTheFile() throws IOException {
        boolean[] closed = {false};
        ByteArrayInputStream file = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        new Utf8Reader(file).close();

        assertThat(closed[0]).isTrue();
    }

    @Test
    void aLineCounterReadsOneCharacterAtATimeAndCannotBeMarked() throws IOException {
        LineCounter counter = new LineCounter(new StringReader("a\n"));

        assertThat(counter.read()).isEqualTo('a');
        assertThat(counter.read()).isEqualTo('\n');
        assertThat(counter.read()).isEqualTo(-1);
        assertThat(counter.markSupported()).isFalse();
    }

    @Test
    void aNulAfterCrLfIsPlacedOnTheLineAfterIt() {
        assertThatThrownBy(() -> readAll(new LineCounter(new StringReader("a\r\nb\rc\n\0")), 3))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("Line 4: The file holds a NUL");
    }

    @Test
    void aRefusedCellIsPlacedInItsHeadersColumnOrByItsNumber() {
        String large = "x".repeat(65_537);

        assertThatThrownBy(() -> read("title,description\r\n" + large + ",Vault\r\n"))
                .hasMessageStartingWith("Line 2, title: The cell holds more than 65,536 characters");
        assertThatThrownBy(() -> read("title,\r\nVault," + large + "\r\n"))
                .hasMessageStartingWith("Line 2, column 2: The cell holds");
        assertThatThrownBy(() -> read("title\r\nVault," + large + "\r\n"))
                .hasMessageStartingWith("Line 2, column 2: The cell holds");
        assertThatThrownBy(() -> read("title," + large + "\r\nVault\r\n"))
                .hasMessageStartingWith("Line 1, column 2: The cell holds");
    }

    private static CsvTable read(String text) throws IOException {
        return CsvTableReader.read(new StringReader(text), ExchangeProgress.NONE);
    }

    @Test
    void aColumnWithoutANameIsCalledByItsNumber() {
        CsvLayout layout = new CsvLayout(',', new CsvTable.Row(1, List.of("title", " ")));

        assertThat(layout.columnName(0)).isEqualTo("title");
        assertThat(layout.columnName(1)).isEqualTo("column 2");
        assertThat(layout.columnName(2)).isEqualTo("column 3");
    }

    @Test
    void aQuietProgressIsCancelledWithTheOneItCameFrom() {
        assertThat(CsvFileWriterTest.cancelAfter(0).quiet().cancelled()).isTrue();
        assertThat(ExchangeProgress.NONE.quiet().cancelled()).isFalse();
    }

    @Test
    void findingsHaveWarningsOnlyWhenTheyCountOne() {
        ImportProblem warning = new ImportProblem(2, "title", "A warning.");

        assertThat(new ImportFindings(List.of(), 0, List.of(warning)).hasWarnings()).isTrue();
        assertThat(ImportFindings.NONE.hasWarnings()).isFalse();
        assertThat(warning).hasToString("Line 2, title: A warning.");
    }
}
