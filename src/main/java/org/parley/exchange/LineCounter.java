package org.parley.exchange;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Counts the lines of the text that passes through it and refuses what no CSV file holds, so that a binary
 * file or a file in another encoding is named with the line it goes wrong on, not with a decoder's words.
 * Lines end at CRLF, LF or a lone CR, as FastCSV counts them.
 */
final class LineCounter extends FilterReader {

    static final String SAVE_AS_CSV = "In Excel, save it as \"CSV UTF-8 (Comma delimited)\" and import it again.";

    private long line = 1;
    private boolean afterCr;

    LineCounter(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(new ImportProblem(line, null, "The file is not UTF-8 text from this "
                    + "line on; it was probably saved in another encoding. " + SAVE_AS_CSV), e);
        }
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
    }

    private void count(char c) {
        if (c == '\0') {
            throw new UnreadableFileException(new ImportProblem(line, null, "The file holds a NUL character, which "
                    + "text never does: it is probably not a CSV file but a workbook (.xlsx), a document or another "
                    + "binary file. " + SAVE_AS_CSV), null);
        }
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
        } else if (c == '\r') {
            line++;
        }
        afterCr = c == '\r';
    }

    @Override
    public boolean markSupported() {
        return false; // counting the same text twice would put every line after it wrong
    }
}
