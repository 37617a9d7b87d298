package org.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the header line chooses the delimiter (the one it holds more of outside quotes, a comma on a tie), and what
 * the reader leaves out: a BOM, blank lines, rows of empty cells.
 */
class CsvTableReaderTest {

    private static CsvTable read(String text) throws IOException {
        return CsvTableReader.read(new StringReader(text), ExchangeProgress.NONE);
    }

    private static List<List<String>> cells(CsvTable table) {
        return table.rows().stream().map(CsvTable.Row::cells).toList();
    }

    @Test
    void aHeaderWithMoreSemicolonsThanCommasIsReadWithSemicolons() throws IOException {
        CsvTable table = read("title;category;cost\r\nZero trust;Security;1,5\r\n");

        assertThat(table.layout().delimiter()).isEqualTo(';');
        assertThat(table.header().cells()).containsExactly("title", "category", "cost");
        assertThat(cells(table)).containsExactly(List.of("Zero trust", "Security", "1,5"));
    }

    @Test
    void aHeaderWithAsManySemicolonsAsCommasIsReadWithCommas() throws IOException {
        CsvTable table = read("a;b,c\r\n1;2,3\r\n");

        assertThat(table.layout().delimiter()).isEqualTo(',');
        assertThat(table.header().cells()).containsExactly("a;b", "c");
    }

    @Test
    void oneSemicolonMoreThanTheCommasIsEnoughForSemicolons() {
        assertThat(CsvTableReader.delimiter("a;b;c,d")).isEqualTo(';');
        assertThat(CsvTableReader.delimiter("a;b,c,d")).isEqualTo(',');
        assertThat(CsvTableReader.delimiter("title")).isEqualTo(',');
        assertThat(CsvTableReader.delimiter("")).isEqualTo(',');
    }

    @Test
    void commasInsideQuotesDoNotCountTowardsTheDelimiter() throws IOException {
        // Two quoted commas against one semicolon: read outside the quotes, the header has one semicolon, no comma.
        CsvTable table = read("\"title, short\";\"cost, in EUR\"\r\nZero trust;\"1,5\"\r\n");

        assertThat(table.layout().delimiter()).isEqualTo(';');
        assertThat(table.header().cells()).containsExactly("title, short", "cost, in EUR");
        assertThat(cells(table)).containsExactly(List.of("Zero trust", "1,5"));
    }

    @Test
    void semicolonsInsideQuotesDoNotCountTowardsTheDelimiter() {
        assertThat(CsvTableReader.delimiter("\"a;b;c\",d")).isEqualTo(',');
        assertThat(CsvTableReader.delimiter("\"x;y\"\"z;w\",v")).isEqualTo(',');
    }

    @Test
    void blankLinesBeforeTheHeaderAreSkippedWhenTheDelimiterIsChosen() throws IOException {
        CsvTable table = read("\r\n  \r\n\ntitle;category\r\nZero trust;Security\r\n");

        assertThat(table.layout().delimiter()).isEqualTo(';');
        assertThat(table.header().line()).isEqualTo(4);
        assertThat(table.header().cells()).containsExactly("title", "category");
    }

    @Test
    void theHeaderEndsAtALoneCarriageReturnOrLineFeed() throws IOException {
        // The second line has more semicolons; only the first decides.
        assertThat(read("a,b\rc;d;e\r").layout().delimiter()).isEqualTo(',');
        assertThat(read("a,b\nc;d;e\n").layout().delimiter()).isEqualTo(',');
    }

    @Test
    void aLineBreakInsideAQuotedHeaderCellDoesNotEndTheHeader() throws IOException {
        // Ended at the quoted line break, the header would be "\"a", with no delimiter at all.
        CsvTable table = read("\"a\nb\";c;d\r\n1;2;3\r\n");

        assertThat(table.layout().delimiter()).isEqualTo(';');
        assertThat(table.header().cells()).containsExactly("a\nb", "c", "d");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
        CsvTable table = read("\uFEFFtitle;category\r\nZero trust;Security\r\n");

        assertThat(table.layout().delimiter()).isEqualTo(';');
        assertThat(table.header().cells()).containsExactly("title", "category");
    }

    @Test
    void onlyTheFirstCharacterIsTakenForAByteOrderMark() throws IOException {
        CsvTable table = read("title\r\nZero trust\r\n");

        assertThat(table.header().cells()).containsExactly("title");
        assertThat(cells(table)).containsExactly(List.of("Zero trust"));
    }

    @Test
    void blankLinesAndRowsOfEmptyCellsAreLeftOutAndRowsKeepTheirLineNumbers() throws IOException {
        CsvTable table = read("title,category\r\n\r\nZero trust,Security\r\n , \r\n,,\r\nDevSecOps,\r\n");

        assertThat(cells(table)).containsExactly(List.of("Zero trust", "Security"), List.of("DevSecOps", ""));
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(3L, 6L);
    }

    @Test
    void aFileOfBlankLinesHasNoHeaderAndNoRows() throws IOException {
        CsvTable table = read("\r\n \r\n");

        assertThat(table.isEmpty()).isTrue();
        assertThat(table.rows()).isEmpty();
        assertThat(read("").isEmpty()).isTrue();
    }

    @Test
    void progressCountsEachRowWhileReadingAndTheTotalAtTheEnd() throws IOException {
        List<String> updates = new ArrayList<>();

        CsvTableReader.read(new StringReader("title\r\nA\r\n\r\nB\r\n"), CsvFileWriterTest.recording(updates));

        assertThat(updates).containsExactly("1/-1", "2/-1", "2/2");
    }

    @Test
    void aCancelledReadStopsWithNothingRead() {
        assertThatThrownBy(() -> CsvTableReader.read(new StringReader("title\r\nA\r\n"),
                CsvFileWriterTest.cancelAfter(0)))
                .isInstanceOf(ExchangeCancelledException.class)
                .hasMessage("The import was cancelled. Nothing was imported.");
        assertThatThrownBy(() -> CsvTableReader.read(new StringReader(""), CsvFileWriterTest.cancelAfter(0)))
                .isInstanceOf(ExchangeCancelledException.class);
    }

    @Test
    void aReadCancelledAfterItsLastRowIsStillCancelled() {
        assertThatThrownBy(() -> CsvTableReader.read(new StringReader("title\r\nA\r\nB\r\n"),
                CsvFileWriterTest.cancelAfter(2)))
                .isInstanceOf(ExchangeCancelledException.class);
    }
}
