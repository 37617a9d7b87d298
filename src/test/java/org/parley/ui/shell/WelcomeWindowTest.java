package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.allText;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import atlantafx.base.theme.PrimerLight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.SampleWorkshop;
import org.parley.app.service.Services;
import org.parley.app.service.StoreOpener;
import org.parley.domain.WorkshopSummary;
import org.parley.testing.TestStores;
import org.parley.ui.UiFonts;
import org.parley.ui.common.FxDialogService;
import org.parley.ui.common.FxTaskRunner;
import org.parley.ui.welcome.WelcomeView;
import org.parley.ui.welcome.WelcomeViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first start: with no store at the default place, the welcome screen opens the sample workshop, creates an empty
 * store (plain or encrypted) or opens a store file, on real stores; a cancel changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class WelcomeWindowTest {

    private static final String PASSPHRASE = "Harbour lights at noon";

    @TempDir
    Path folder;
    private Path defaultStore;
    private final StoreOpener opener = new StoreOpener(TestStores.CLOCK);
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final AtomicReference<Services> opened = new AtomicReference<>();
    private final AtomicBoolean quit = new AtomicBoolean();
    private ChosenFiles files;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        defaultStore = folder.resolve("home").resolve(".parley").resolve("parley.mv.db");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiFonts.load();
        files = new ChosenFiles(new FxDialogService(stage));
        WelcomeViewModel model = new WelcomeViewModel(opener, tasks, files, defaultStore, false, opened::set,
                () -> quit.set(true));
        WindowTestSupport.show(stage, new WelcomeView(model));
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        opener.close();
    }

    private Services openedStore() {
        waitUntil("a store opens", () -> opened.get() != null);
        return opened.get();
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String problem(FxRobot robot) {
        return robot.lookup("#welcome-problem").queryAs(Label.class).getText();
    }

    @Test
    void everyWordShowsWholeAtLaptopSizeAndAt125PercentText(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (double scale : new double[] {1, 1.25}) {
            robot.interact(() -> stage.getScene().getRoot().setStyle(scale == 1 ? ""
                    : "-fx-font-size: " + 14 * scale + "px;"));
            WaitForAsyncUtils.waitForFxEvents();
            for (Labeled labeled : robot.lookup(node -> node instanceof Labeled).queryAllAs(Labeled.class)) {
                String shown = robot.from(labeled).lookup(".text").tryQuery().map(text -> ((Text) text).getText())
                        .orElse("");
                String whole = labeled.isMnemonicParsing() ? labeled.getText().replace("_", "") : labeled.getText();
                if (labeled.isVisible() && !shown.equals(whole)) {
                    cut.add(scale + ": " + whole + " shows as " + shown);
                }
            }
        }
        assertThat(cut).as("cut off at 1280×800").isEmpty();
    }

    @Test
    void enterTakesTheSampleWorkshopIntoANewStoreAtTheDefaultPlace(FxRobot robot) {
        assertThat(allText()).contains("Welcome to Parley", "A new store goes to " + defaultStore);

        robot.type(KeyCode.ENTER);
        waitUntil("the new store's dialog asks", () -> showing(robot, "#encrypt-store"));
        assertThat(allText()).contains(defaultStore.toString(), "It starts with the sample workshop");
        robot.clickOn("Create store");

        Services services = openedStore();
        assertThat(services.storeFile()).isEqualTo(defaultStore);
        assertThat(services.workshops().workshops()).extracting(WorkshopSummary::name)
                .containsExactly(SampleWorkshop.NAME);
        assertThat(opener.encrypted(defaultStore)).isFalse();
    }

    @Test
    void anEmptyStoreMayBeEncryptedAndHasNoWorkshopYet(FxRobot robot) {
        robot.clickOn("#welcome-empty");
        waitUntil("the new store's dialog asks", () -> showing(robot, "#encrypt-store"));
        assertThat(allText()).contains("It starts empty");
        robot.clickOn("#encrypt-store");
        robot.clickOn("#new-passphrase").write(PASSPHRASE);
        robot.clickOn("#repeat-passphrase").write(PASSPHRASE);
        robot.clickOn("Create store");

        Services services = openedStore();
        assertThat(services.storeFile()).isEqualTo(defaultStore);
        assertThat(services.workshops().workshops()).isEmpty();
        assertThat(opener.encrypted(defaultStore)).isTrue();
    }

    @Test
    void aStoreFileOpensWithItsPassphraseAfterAWrongOneAndNothingIsCreatedAtTheDefaultPlace(FxRobot robot) {
        Path existing = folder.resolve("board").resolve("fy27.mv.db");
        try (StoreOpener other = new StoreOpener(TestStores.CLOCK)) {
            other.create(existing, PASSPHRASE.toCharArray(), true);
        }
        files.choose(existing);

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil("its passphrase is asked", () -> showing(robot, "#passphrase"));
        robot.clickOn("#passphrase").write("Harbour lights at night");
        robot.clickOn("Open");
        waitUntil("a wrong passphrase may be typed again", () -> showing(robot, "#passphrase")
                && robot.lookup("#passphrase-problem").queryAs(Label.class).getText().endsWith("2 tries left."));
        assertThat(robot.lookup("#passphrase").queryAs(PasswordField.class).getText()).isEmpty();
        robot.clickOn("#passphrase").write(PASSPHRASE);
        robot.clickOn("Open");

        Services services = openedStore();
        assertThat(services.storeFile()).isEqualTo(existing);
        assertThat(services.workshops().workshops()).extracting(WorkshopSummary::name)
                .containsExactly(SampleWorkshop.NAME);
        assertThat(defaultStore).doesNotExist();
    }

    @Test
    void aFileThatIsNoStoreIsRefusedInWordsLeftAsItWasAndTheScreenStays(FxRobot robot) throws Exception {
        Path register = folder.resolve("register.csv");
        Files.writeString(register, "initiative_id,initiative\r\n1,Zero-trust network access\r\n");
        files.choose(register);
        robot.clickOn("#welcome-open");
        waitUntil("the refusal is said", () -> showing(robot, "#welcome-problem"));
        assertThat(problem(robot)).startsWith("register.csv is not a Parley store").contains("Choose such a file");

        Path foreign = folder.resolve("notes.mv.db");
        byte[] notes = "Not an H2 file at all.".getBytes(StandardCharsets.UTF_8);
        Files.write(foreign, notes);
        files.choose(foreign);
        robot.clickOn("#welcome-open");
        waitUntil("the opening's refusal is said", () -> problem(robot).contains(foreign.toString()));

        assertThat(Files.readAllBytes(foreign)).as("left byte for byte as it was").isEqualTo(notes);
        assertThat(opened.get()).isNull();
        assertThat(defaultStore).doesNotExist();
        assertThat(showing(robot, "#welcome-sample")).isTrue();
    }

    @Test
    void cancellingTheNewStoresDialogChangesNothingAndEscQuits(FxRobot robot) {
        robot.clickOn("#welcome-sample");
        waitUntil("the new store's dialog asks", () -> showing(robot, "#encrypt-store"));
        robot.clickOn("Cancel");
        waitUntil("the dialog is gone", () -> !showing(robot, "#encrypt-store"));
        files.choose(null);
        robot.clickOn("#welcome-open");

        assertThat(defaultStore).doesNotExist();
        assertThat(opened.get()).isNull();
        assertThat(problem(robot)).isEmpty();
        assertThat(quit.get()).isFalse();

        robot.type(KeyCode.ESCAPE);
        waitUntil("Parley quits", quit::get);
    }
}
