package org.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The limits of the files Parley reads, and of the cells it quotes back, exactly at each limit and one past it. */
class LimitsTest {

    private static CsvTable read(String text) throws IOException {
        return CsvTableReader.read(new StringReader(text), ExchangeProgress.NONE);
    }


    @Test
    void aCellOf65536CharactersIsReadAndOneMoreIsRefused() throws IOException {
        String largest = "x".repeat(65_536);

        assertThat(read("title,description\r\nVault," + largest + "\r\n").rows().get(0).cells().get(1))
                .hasSize(65_536);
        assertThatThrownBy(() -> read("title,description\r\nVault," + largest + "x\r\n"))
                .isInstanceOf(UnreadableFileException.class).hasMessage("Line 2, description: The "
                + "cell holds more than 65,536 characters, far more than any field Parley keeps. A quote that is "
                + "opened and never closed does this: check the quotes from this line on.");
    }

    @Test
    void aLineOf1000CellsIsReadAndOneMoreIsRefused() throws IOException {
        String thousand = "a" + ",a".repeat(999);

        assertThat(read("title\r\n" + thousand + "\r\n").rows().get(0).cells()).hasSize(1000);
        assertThatThrownBy(() -> read("title\r\n" + thousand + ",a\r\n"))
                .isInstanceOf(UnreadableFileException.class).hasMessage("Line 2: The line has more than 1,000 cells; "
                + "a file Parley reads has a few dozen columns. Check that this is the right file.");
    }

    @Test
    void aCellQuotedInAMessageKeeps40CharactersAndIsCutAfterThat() {
        String forty = "Generative-AI customer support assistant";

        assertThat(forty).hasSize(40);
        assertThat(CsvTable.shortened(forty)).isEqualTo(forty);
        assertThat(CsvTable.shortened(forty + "s")).isEqualTo(forty + "…");
    }
}
