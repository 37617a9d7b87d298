package org.parley.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.ParleyException;
import org.parley.testing.TestStores;

/** The window's way to its store: created plain or encrypted, with the sample or empty, and never over another. */
class StoreOpenerTest {

    private static final String PASSPHRASE = "Quay wall at dawn 7";

    @TempDir
    Path folder;

    @Test
    void aNewStoreIsEmptyOrHoldsTheSampleAndOpensAgainWithItsPassphrase() {
        Path empty = folder.resolve("empty.mv.db");
        Path sample = folder.resolve("sample.mv.db");
        try (StoreOpener opener = new StoreOpener(TestStores.CLOCK)) {
            assertThat(opener.create(empty, null, false).workshops().workshops()).isEmpty();
            assertThat(opener.file()).isEqualTo(empty);
        }
        try (StoreOpener opener = new StoreOpener(TestStores.CLOCK)) {
            opener.create(sample, PASSPHRASE.toCharArray(), true);
        }
        try (StoreOpener opener = new StoreOpener(TestStores.CLOCK)) {
            assertThat(opener.encrypted(sample)).isTrue();
            assertThat(opener.open(sample, PASSPHRASE.toCharArray()).workshops().workshops()).hasSize(1);
        }
    }

    @Test
    void aStoreIsNeverCreatedOverOneThatIsThereNorOpenedWhereThereIsNone() throws Exception {
        Path store = folder.resolve("fy27.mv.db");
        try (StoreOpener opener = new StoreOpener(TestStores.CLOCK)) {
            opener.create(store, null, true);
        }
        byte[] before = Files.readAllBytes(store);
        try (StoreOpener opener = new StoreOpener(TestStores.CLOCK)) {
            assertThatThrownBy(() -> opener.create(store, null, false)).isInstanceOf(ParleyException.class)
                    .hasMessageContaining("There is a store at " + store + " already");
            Path missing = folder.resolve("moved.mv.db");
            assertThatThrownBy(() -> opener.open(missing, null)).isInstanceOf(ParleyException.class)
                    .hasMessageStartingWith("There is no store at " + missing);
            assertThat(missing).doesNotExist();
            assertThat(opener.file()).isNull();
        }
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    @Test
    void aWrongPassphraseIsToldApartAndChangesNothing() throws Exception {
        Path store = folder.resolve("secret.mv.db");
        try (StoreOpener opener = new StoreOpener(TestStores.CLOCK)) {
            opener.create(store, PASSPHRASE.toCharArray(), false);
        }
        byte[] before = Files.readAllBytes(store);
        try (StoreOpener opener = new StoreOpener(TestStores.CLOCK)) {
            assertThatThrownBy(() -> opener.open(store, "Quay wall at dusk 7".toCharArray()))
                    .isInstanceOf(StoreOpener.WrongPassphrase.class);
            assertThat(opener.file()).isNull();
            assertThat(Files.readAllBytes(store)).isEqualTo(before);
            assertThat(opener.open(store, PASSPHRASE.toCharArray()).storeFile()).isEqualTo(store);
        }
    }

    @Test
    void onlyAFileNamedLikeAStoreIsTriedAndTheRestIsSaidWithWhatToDo() throws Exception {
        StoreOpener opener = new StoreOpener(TestStores.CLOCK);
        Path csv = Files.writeString(folder.resolve("register.csv"), "initiative_id\r\n");
        assertThat(opener.problemWith(csv)).startsWith("register.csv is not a Parley store")
                .contains("ends in .mv.db", "Choose such a file, or create a new store");
        assertThat(opener.problemWith(folder)).isEqualTo(folder + " is a folder. Choose the store file in it, whose "
                + "name ends in .mv.db.");
        assertThat(opener.problemWith(folder.resolve("gone.mv.db"))).startsWith("There is no file at ");
        assertThat(opener.problemWith(Files.writeString(folder.resolve("maybe.mv.db"), "?"))).isNull();
    }
}
