package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What the first bytes of a file say it is: an H2 store, an encrypted one, or neither. */
enum FileHeader {
    PLAIN, ENCRYPTED, OTHER;

    /** An H2 MVStore file starts with its header block: "H:2,". */
    private static final byte[] PLAIN_START = "H:2,".getBytes(StandardCharsets.US_ASCII);
    /** H2's file encryption puts its own header first: "H2encrypt" and a line feed, then the salt. */
    private static final byte[] ENCRYPTED_START = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    /** Enough bytes to tell: the longer of the two headers. */
    static final int LENGTH = ENCRYPTED_START.length;

    static FileHeader of(byte[] start) {
        if (start.length >= PLAIN_START.length && Arrays.equals(start, 0, PLAIN_START.length, PLAIN_START, 0,
                PLAIN_START.length)) {
            return PLAIN;
        }
        if (start.length >= LENGTH && Arrays.equals(start, 0, LENGTH, ENCRYPTED_START, 0, LENGTH)) {
            return ENCRYPTED;
        }
        return OTHER;
    }

    /** The header of {@code file}; OTHER when it cannot be read. */
    static FileHeader of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in.readNBytes(LENGTH));
        } catch (IOException e) {
            return OTHER;
        }
    }

    boolean h2() {
        return this != OTHER;
    }
}
