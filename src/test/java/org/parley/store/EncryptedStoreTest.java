package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.PassphraseRules;
import org.parley.domain.RuleViolation;
import org.parley.testing.TestStores;

class EncryptedStoreTest {

    private static final String SECRET = "Zanzibar-quokka-7741 rationale";
    private static StoreKey key;
    private static StoreKey otherKey;

    @TempDir
    Path folder;

    @BeforeAll
    static void deriveKeys() {
        // Each derivation is a real Argon2id run (64 MiB): derived once for the class.
        key = StoreKey.derive("correct horse battery staple".toCharArray());
        otherKey = StoreKey.derive("correct horse battery stapler".toCharArray());
    }

    private Path encryptedStoreWithSecret() {
        Path file = folder.resolve("team.mv.db");
        try (Store store = Store.open(file, TestStores.CLOCK, key)) {
            new WorkshopRepository(store).insert(SECRET);
        }
        return file;
    }

    @Test
    void anEncryptedStoreHoldsNoneOfItsTextInTheFileAndOpensWithItsPassphrase() throws Exception {
        Path file = encryptedStoreWithSecret();

        assertThat(Store.isEncrypted(file)).isTrue();
        assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Zanzibar").doesNotContain("WORKSHOP");
        try (Store store = Store.open(file, TestStores.CLOCK, key)) {
            assertThat(store.encrypted()).isTrue();
            assertThat(new WorkshopRepository(store).findByName(SECRET)).isPresent();
        }
    }

    @Test
    void withoutItsPassphraseAnEncryptedStoreAsksForItAndIsNotTouched() throws Exception {
        Path file = encryptedStoreWithSecret();
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Store.open(file, TestStores.CLOCK)).isInstanceOfSatisfying(PassphraseException.class,
                e -> assertThat(e.wrongPassphrase()).isFalse())
                .hasMessage("The store " + file + " is encrypted: give its passphrase. The window asks for it; on "
                        + "the command line type it when asked, or set PARLEY_PASSPHRASE for a script.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aWrongPassphraseIsSaidToBeThePassphraseNotADamagedFileAndChangesNothing() throws Exception {
        Path file = encryptedStoreWithSecret();
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Store.open(file, TestStores.CLOCK, otherKey))
                .isInstanceOfSatisfying(PassphraseException.class, e -> assertThat(e.wrongPassphrase()).isTrue())
                .hasMessage("That passphrase does not open the store " + file + ". The store is not damaged and has "
                        + "not been changed: check the passphrase (capitals and spaces count) and try again.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(folder.toFile().list()).containsExactly("team.mv.db");
    }

    @Test
    void aPlainStoreGivenAPassphraseIsToldHowToEncryptIt() {
        Path file = folder.resolve("plain.mv.db");
        Store.open(file, TestStores.CLOCK).close();

        assertThatThrownBy(() -> Store.open(file, TestStores.CLOCK, key)).isInstanceOf(StoreException.class)
                .hasMessage("The store " + file + " is not encrypted, so it needs no passphrase. To encrypt it, run: "
                        + "parley --db " + file + " encrypt");
    }

    @Test
    void aPassphraseNeedsTwelveCharacters() {
        assertThatThrownBy(() -> StoreKey.derive("eleven char".toCharArray())).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("A passphrase needs at least 12 characters (this one has 11).");
        assertThat(PassphraseRules.problem("twelve chars".toCharArray())).isNull();
        // Characters, not UTF-16 units: twelve emoji are twelve characters.
        assertThat(PassphraseRules.problem("🔐".repeat(11).toCharArray())).contains("this one has 11");
        assertThat(key.toString()).doesNotContain("correct").isEqualTo("StoreKey[withheld]");
    }

    @Test
    void theBackupsOfAnEncryptedStoreAreEncryptedAndOpenWithTheSamePassphrase() throws Exception {
        Path file = encryptedStoreWithSecret();
        try (Store store = Store.open(file, TestStores.CLOCK, key)) {
            new WorkshopRepository(store).insert("second");
            new AuditLog(store).append(null, org.parley.domain.Actor.COMMAND_LINE,
                    org.parley.domain.AuditKind.WORKSHOP_CREATED, null, java.util.Map.of());
        }
        Store.open(file, TestStores.CLOCK, key).close();

        Backups backups = Backups.of(file, key, TestStores.CLOCK);
        // One as the second opening found it, one after the audited change; the newest first.
        assertThat(backups.list()).hasSize(2);
        assertThat(backups.anyEncrypted()).isTrue();
        assertThat(backups.inspect(backups.list().get(0)).contents()).isEqualTo(new Backups.Contents(2, 0, true));
        assertThat(Backups.of(file, otherKey, TestStores.CLOCK).inspect(backups.list().get(0)).problem())
                .startsWith("That passphrase does not open the backup " + backups.list().get(0).file().getFileName());
    }

    @Test
    void encryptingAndDecryptingWorkOnACopyAndKeepTheOriginal() throws Exception {
        Path file = folder.resolve("team.mv.db");
        try (Store store = Store.open(file, TestStores.CLOCK)) {
            new WorkshopRepository(store).insert(SECRET);
        }

        StoreEncryption.Converted encrypted = StoreEncryption.encrypt(file, key, TestStores.CLOCK);

        assertThat(Store.isEncrypted(file)).isTrue();
        assertThat(Store.isEncrypted(encrypted.originalKeptAs())).isFalse();
        assertThat(encrypted.backup()).exists();
        try (Store store = Store.open(file, TestStores.CLOCK, key)) {
            assertThat(new WorkshopRepository(store).findByName(SECRET)).isPresent();
        }

        StoreEncryption.Converted decrypted = StoreEncryption.decrypt(file, key, TestStores.CLOCK);

        assertThat(Store.isEncrypted(file)).isFalse();
        assertThat(Store.isEncrypted(decrypted.originalKeptAs())).isTrue();
        try (Store store = Store.open(file, TestStores.CLOCK)) {
            assertThat(new WorkshopRepository(store).findByName(SECRET)).isPresent();
        }
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder("team.mv.db", Backups.FOLDER);
    }

    @Test
    void aPlainBackupRestoredOverAnEncryptedStoreIsEncryptedWithTheStoresKey() throws Exception {
        Path file = folder.resolve("team.mv.db");
        try (Store store = Store.open(file, TestStores.CLOCK)) {
            new WorkshopRepository(store).insert(SECRET);
            new AuditLog(store).append(null, org.parley.domain.Actor.COMMAND_LINE,
                    org.parley.domain.AuditKind.WORKSHOP_CREATED, null, java.util.Map.of());
        }
        Store.open(file, TestStores.CLOCK).close();
        Path plainBackup = Backups.of(file, null, TestStores.CLOCK).list().get(0).file();
        StoreEncryption.encrypt(file, key, TestStores.CLOCK);
        byte[] encryptedStore = Files.readAllBytes(file);

        assertThatThrownBy(() -> Backups.of(file, null, TestStores.CLOCK).restore(plainBackup))
                .isInstanceOf(PassphraseException.class).hasMessageContaining("give the store's passphrase");
        assertThat(Files.readAllBytes(file)).as("refused: the store as it was").isEqualTo(encryptedStore);

        Backups.Restored restored = Backups.of(file, key, TestStores.CLOCK).restore(plainBackup);

        assertThat(restored.contents().encrypted()).isTrue();
        assertThat(Store.isEncrypted(file)).as("the register stays encrypted on the disk").isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restored.replacedKeptAs())))
                .isEqualTo("rw-------");
        try (Store store = Store.open(file, TestStores.CLOCK, key)) {
            assertThat(new WorkshopRepository(store).findByName(SECRET)).isPresent();
        }
    }

    @Test
    void decryptingWithTheWrongPassphraseChangesNothing() throws Exception {
        Path file = encryptedStoreWithSecret();
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> StoreEncryption.decrypt(file, otherKey, TestStores.CLOCK))
                .isInstanceOf(PassphraseException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
