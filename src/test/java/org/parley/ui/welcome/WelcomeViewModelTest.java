package org.parley.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.SampleWorkshop;
import org.parley.app.service.Services;
import org.parley.app.service.StoreOpener;
import org.parley.domain.WorkshopSummary;
import org.parley.testing.TestStores;
import org.parley.ui.common.DialogService.NewStore;
import org.parley.ui.common.DirectTaskRunner;
import org.parley.ui.common.ScriptedDialogs;

/** The questions a store named on the command line needs before the window: how to create it, its passphrase. */
class WelcomeViewModelTest {

    private static final String PASSPHRASE = "Lantern on the pier 9";

    @TempDir
    Path folder;
    private final StoreOpener opener = new StoreOpener(TestStores.CLOCK);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicReference<Services> opened = new AtomicReference<>();
    private final AtomicReference<Throwable> refused = new AtomicReference<>();
    private final AtomicBoolean quit = new AtomicBoolean();

    private WelcomeViewModel model() {
        return new WelcomeViewModel(opener, new DirectTaskRunner(), dialogs, folder.resolve("default.mv.db"), false,
                opened::set, () -> quit.set(true));
    }

    @AfterEach
    void close() {
        opener.close();
    }

    private Path encryptedStore() {
        Path file = folder.resolve("board.mv.db");
        try (StoreOpener other = new StoreOpener(TestStores.CLOCK)) {
            other.create(file, PASSPHRASE.toCharArray(), false);
        }
        return file;
    }

    @Test
    void aNamedEncryptedStoreGivesUpAfterThreeWrongPassphrasesSayingHowManyAreLeft() {
        Path file = encryptedStore();
        dialogs.answer("Lantern on the pier 1").answer("Lantern on the pier 2").answer("Lantern on the pier 3");

        model().openNamed(file, refused::set);

        assertThat(dialogs.shown()).containsExactly("Passphrase: " + file,
                "Passphrase: " + file + " (That passphrase does not open the store. Capitals and spaces count. 2 tries "
                        + "left.)",
                "Passphrase: " + file + " (That passphrase does not open the store. Capitals and spaces count. 1 try "
                        + "left.)");
        assertThat(refused.get()).hasMessage("The passphrase did not open the store " + file + " in 3 tries. The "
                + "store is not damaged and has not been changed: start Parley again to try once more.");
        assertThat(opened.get()).isNull();
        assertThat(quit.get()).isFalse();
    }

    @Test
    void theRightPassphraseOnTheLastTryOpensTheNamedStore() {
        Path file = encryptedStore();
        dialogs.answer("Lantern on the pier 1").answer("Lantern on the pier 2").answer(PASSPHRASE);

        model().openNamed(file, refused::set);

        assertThat(refused.get()).isNull();
        assertThat(opened.get().storeFile()).isEqualTo(file);
    }

    @Test
    void aNamedStoreThatIsNotThereIsCreatedWithTheSampleOrQuitsUntouched() {
        Path file = folder.resolve("new.mv.db");
        dialogs.answer(null);
        model().createNamed(file, refused::set);
        assertThat(quit.get()).as("its dialog's cancel button quits").isTrue();
        assertThat(file).doesNotExist();

        dialogs.answer(new NewStore(null));
        model().createNamed(file, refused::set);
        assertThat(opened.get().workshops().workshops()).extracting(WorkshopSummary::name)
                .containsExactly(SampleWorkshop.NAME);
        assertThat(dialogs.shown()).containsExactly("New store: " + file + " with the sample",
                "New store: " + file + " with the sample");
    }

    @Test
    void onTheWelcomeScreenAWrongFileIsSaidThereAndNothingQuits() {
        WelcomeViewModel model = model();
        dialogs.answer(folder.resolve("register.csv"));

        model.openExisting();

        assertThat(model.problemProperty().get()).startsWith("There is no file at ");
        assertThat(quit.get()).isFalse();
        assertThat(opened.get()).isNull();
    }
}
