package org.parley.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.domain.ParleyException;
import org.parley.store.Store;
import org.parley.testing.TestStores;

class AtomicFileTest {

    @TempDir
    Path folder;

    private static void writeText(Path target, String text) throws IOException {
        AtomicFile.write(target, out -> out.write(text.getBytes(UTF_8)));
    }

    @Test
    void theStoresOwnFileIsNeverReplacedByAnExport() throws IOException {
        Path storeFile;
        try (Store store = TestStores.open(folder)) {
            storeFile = store.file();
        }
        byte[] before = Files.readAllBytes(storeFile);

        assertThatThrownBy(() -> writeText(storeFile, "initiative,decision\r\n"))
                .isInstanceOf(ParleyException.class)
                .hasMessage("Nothing was written: " + storeFile + " is a file Parley keeps beside its store. Name "
                        + "another file, such as " + storeFile.resolveSibling("register.csv") + ".");
        assertThat(Files.readAllBytes(storeFile)).isEqualTo(before);
        try (Store again = Store.open(storeFile)) {
            assertThat(again.createdNow()).isFalse();
        }
    }

    @Test
    void anyDatabaseIsRefusedWhateverItIsCalled() throws IOException {
        Path storeFile;
        try (Store store = TestStores.open(folder)) {
            storeFile = store.file();
        }
        Path disguised = Files.copy(storeFile, folder.resolve("register.csv"));

        assertThatThrownBy(() -> writeText(disguised, "x\r\n")).isInstanceOf(ParleyException.class)
                .hasMessageContaining("is a database, perhaps Parley's store");
        assertThat(Files.mismatch(disguised, storeFile)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"parley.log", "parley.log.1", "parley.log.lck", "team.lock.db", "team.trace.db",
            "team.window.properties"})
    void filesParleyKeepsBesideTheStoreAreRefused(String name) throws IOException {
        Path owned = Files.writeString(folder.resolve(name), "kept\n");

        assertThatThrownBy(() -> writeText(owned, "x\r\n")).isInstanceOf(ParleyException.class)
                .hasMessageStartingWith("Nothing was written: " + owned + " is a file Parley keeps beside its store.");
        assertThat(Files.readString(owned)).isEqualTo("kept\n");
    }

    @Test
    void aFolderIsRefusedWithAFileToNameInstead() {
        assertThatThrownBy(() -> writeText(folder, "x\r\n")).isInstanceOf(ParleyException.class)
                .hasMessage("Nothing was written: " + folder + " is a folder. Name a file in it, such as "
                        + folder.resolve("register.csv") + ".");
    }

    @Test
    void theHalfWrittenFileIsOwnerOnlyAndTheFinishedOneSharedLikeTheOneItReplaces() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = folder.resolve("register.csv");
        AtomicReference<Set<PosixFilePermission>> whileWriting = new AtomicReference<>();
        AtomicFile.write(target, out -> {
            try (Stream<Path> files = Files.list(folder)) {
                Path temp = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).findFirst().orElseThrow();
                whileWriting.set(Files.getPosixFilePermissions(temp));
            }
            out.write("a\r\n".getBytes(UTF_8));
        });
        assertThat(whileWriting.get()).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));

        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        writeText(target, "b\r\n");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-rw----"));
        assertThat(Files.readString(target)).isEqualTo("b\r\n");
    }

    @Test
    void whatAKilledExportLeftBehindIsRemovedByTheNextExportToTheSameName() throws IOException {
        Path old = Files.writeString(folder.resolve(".register.csv.k3j2h1.tmp"), "half a register");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path running = Files.writeString(folder.resolve(".register.csv.z9y8x7.tmp"), "another export, now");
        Path otherName = Files.writeString(folder.resolve(".chart.png.a1b2c3.tmp"), "not ours");
        Files.setLastModifiedTime(otherName, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));

        writeText(folder.resolve("register.csv"), "a\r\n");

        assertThat(old).doesNotExist();
        assertThat(running).as("younger than a minute: perhaps still being written").exists();
        assertThat(otherName).exists();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("register.csv", ".register.csv.z9y8x7.tmp", ".chart.png.a1b2c3.tmp");
        }
    }

    @Test
    void aFailedExportLeavesNoTemporaryFile() {
        assertThatThrownBy(() -> AtomicFile.write(folder.resolve("register.csv"), out -> {
            out.write("half".getBytes(UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(folder.toFile().list()).isEqualTo(List.of().toArray(new String[0]));
    }
}
