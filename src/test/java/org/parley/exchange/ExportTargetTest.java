package org.parley.exchange;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.ParleyException;

/** Which files an export refuses to write over: Parley's backups only inside a backups folder, and databases. */
class ExportTargetTest {

    @TempDir
    Path folder;

    @Test
    void aZipOrStoreInsideABackupsFolderIsRefusedInAnyCase() {
        Path backups = folder.resolve("backups");

        assertThatThrownBy(() -> ExportTarget.check(backups.resolve("parley-2026-11-30T10-15-00.zip")))
                .isInstanceOf(ParleyException.class).hasMessageEndingWith(
                        "is one of Parley's backups. Name a file outside the backups folder.");
        assertThatThrownBy(() -> ExportTarget.check(backups.resolve(".MV.DB")))
                .hasMessageContaining("is one of Parley's backups");
        assertThatThrownBy(() -> ExportTarget.check(backups.resolve("OLD.ZIP")))
                .hasMessageContaining("is one of Parley's backups");
    }

    @Test
    void aRegisterInsideABackupsFolderOrAZipOutsideOneIsWritten() {
        assertThatCode(() -> ExportTarget.check(folder.resolve("backups").resolve("register.csv")))
                .doesNotThrowAnyException();
        assertThatCode(() -> ExportTarget.check(folder.resolve("old-backups").resolve("register.zip")))
                .doesNotThrowAnyException();
        assertThatCode(() -> ExportTarget.check(Path.of("register.zip"))).doesNotThrowAnyException();
    }

    @Test
    void aFileThatStartsLikeAnH2StoreIsRefusedWhateverItsName() throws IOException {
        Path plain = Files.writeString(folder.resolve("register.csv"), "H:2,block:1");
        Path encrypted = Files.writeString(folder.resolve("notes.csv"), "H2encrypt and more");
        Path text = Files.writeString(folder.resolve("other.csv"), "H:3,initiative_id");

        assertThatThrownBy(() -> ExportTarget.check(plain)).hasMessageContaining("is a database, perhaps Parley's store");
        assertThatThrownBy(() -> ExportTarget.check(encrypted)).hasMessageContaining("is a database");
        assertThatCode(() -> ExportTarget.check(text)).doesNotThrowAnyException();
    }
}
