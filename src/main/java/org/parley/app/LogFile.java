package org.parley.app;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * {@code parley.log}, moved to {@code parley.log.1} (and so on, the oldest dropped) once it reaches its limit.
 * Not {@code FileHandler}: with a count it names even the current file {@code parley.log.0}, and it leaves
 * {@code .lck} files beside the store; the name people are told to look for is {@code parley.log}.
 */
final class LogFile extends StreamHandler {

    private final Path file;
    private final long limit;
    private final int count;
    private long written;

    /** Appends to {@code file}, keeping at most {@code count} files of about {@code limit} bytes each. */
    LogFile(Path file, long limit, int count) throws IOException {
        this.file = file;
        this.limit = limit;
        this.count = count;
        open();
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        super.publish(record);
        // A crash must not take the last records with it: they are what explains the crash.
        flush();
        if (written >= limit) {
            rotate();
        }
    }

    private void open() throws IOException {
        written = Files.exists(file) ? Files.size(file) : 0;
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        setOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                written++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
                written += length;
            }
        });
    }

    private void rotate() {
        try {
            // Closes the current stream before its file is renamed, which Windows insists on.
            setOutputStream(OutputStream.nullOutputStream());
            Files.deleteIfExists(numbered(count - 1));
            for (int i = count - 2; i >= 1; i--) {
                if (Files.exists(numbered(i))) {
                    Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (count > 1) {
                Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(file);
            }
            open();
        } catch (IOException e) {
            reportError("Could not rotate " + file, e, ErrorManager.OPEN_FAILURE);
        }
    }

    private Path numbered(int generation) {
        return file.resolveSibling(file.getFileName() + "." + generation);
    }
}
