package org.parley.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ui.shell.WindowTestSupport.waitUntil;

import java.time.Clock;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.app.service.Services;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.store.ServerAddress;
import org.parley.store.Store;
import org.parley.testing.TestConsent;
import org.parley.testing.TestServers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window on a PostgreSQL server's store, beside another session on the same server: it names the server, and
 * a save to a workshop the other session is changing is refused in words, with what was typed kept.
 */
@ExtendWith(ApplicationExtension.class)
class ServerWindowTest {

    private ServerAddress database;
    private WindowTestSupport window;
    private Store elsewhere;
    private long group;

    @Start
    void start(Stage stage) {
        database = TestServers.newDatabase();
        window = new WindowTestSupport(TestServers.open(database, Clock.systemUTC()), stage, false, services -> {
            group = services.workshops().create("Group review", TestConsent.nobody()).id();
            services.initiatives().add(group, new InitiativeDraft("Passkeys for staff", "", "Security", "", null,
                    List.of()), TestConsent.nobody());
            // The window lets go of what it set up; another session then starts changing the workshop.
            services.leases().keep(null);
        });
        elsewhere = TestServers.open(database, Clock.systemUTC());
        new Services(elsewhere).initiatives().add(group, new InitiativeDraft("Open data lake", "", "", "", null,
                List.of()), TestConsent.nobody());
    }

    @AfterEach
    void close() {
        window.close();
        elsewhere.close();
    }

    @Test
    void theWindowNamesTheServerAndASaveToAWorkshopInSessionElsewhereIsRefusedWithTheTypingKept(FxRobot robot) {
        waitUntil("the status bar names the server", () -> robot.lookup("#status-store").queryAs(Label.class)
                .getText().equals("Store: " + database));
        waitUntil("an initiative is open", () -> robot.lookup("#initiative-title").tryQuery().isPresent()
                && !robot.lookup("#initiative-title").queryAs(TextField.class).getText().isEmpty());
        String title = robot.lookup("#initiative-title").queryAs(TextField.class).getText();

        robot.clickOn("#initiative-sponsor").write("Head of IT");
        robot.clickOn("#save-initiative");

        waitUntil("the refusal shows", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String said = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertThat(said).contains("\u201CGroup review\u201D is in session elsewhere", "Nothing was changed");
        robot.clickOn("OK");
        assertThat(robot.lookup("#initiative-sponsor").queryAs(TextField.class).getText()).isEqualTo("Head of IT");
        assertThat(window.services.initiatives().initiatives(group)).filteredOn(i -> i.title().equals(title))
                .extracting(Initiative::sponsor).containsExactly("");
    }
}
