package org.parley.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 strictly, like {@code Files.newBufferedReader}, but hands out every character decoded before a
 * bad byte first and fails only on the next read: the JDK's reader drops them, so the line of the bad byte
 * could not be told.
 */
final class Utf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean finished;
    private CoderResult error;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (error != null) {
            error.throwException();
        }
        if (finished) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer chars = CharBuffer.wrap(buffer, offset, length);
        while (chars.position() == offset) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                error = result;
                if (chars.position() == offset) {
                    error.throwException();
                }
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                decoder.flush(chars); // UTF-8 keeps no state to flush; this only ends the decoding
                finished = true;
                return chars.position() == offset ? -1 : chars.position() - offset;
            }
            fill();
        }
        return chars.position() - offset;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
