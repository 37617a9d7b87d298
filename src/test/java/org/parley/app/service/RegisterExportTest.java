package org.parley.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Actor;
import org.parley.domain.AuditChain;
import org.parley.domain.RuleViolation;
import org.parley.exchange.CsvOptions;
import org.parley.exchange.ExchangeCancelledException;
import org.parley.exchange.ExchangeProgress;
import org.parley.store.Store;
import org.parley.testing.TestStores;

/** {@link ExchangeService#exportRegister}: the file, the audit event, and the messages when the file cannot be written. */
class RegisterExportTest {

    @TempDir
    Path folder;

    private Store store;
    private Services services;
    private long workshopId;

    @BeforeEach
    void openTheSample() {
        store = TestStores.open(folder);
        services = TestStores.withSample(store);
        workshopId = services.workshops().workshops().get(0).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private AuditChain.Entry lastEvent() {
        return services.audit().head().orElseThrow();
    }

    @Test
    void theRegisterIsWrittenAndTheExportRecordedWithTheFileNameOnly() throws Exception {
        Path file = Files.createDirectories(folder.resolve("board pack")).resolve("register.csv");

        int rows = services.exchange().exportRegister(workshopId, file, false, CsvOptions.DEFAULT,
                ExchangeProgress.NONE, Actor.COMMAND_LINE);

        assertThat(rows).isEqualTo(3);
        assertThat(Files.readAllLines(file)).hasSize(4);
        AuditChain.Entry event = lastEvent();
        assertThat(event.kind()).isEqualTo("REGISTER_EXPORTED");
        assertThat(event.actor()).isEqualTo("command line");
        assertThat(event.workshopId()).isEqualTo(workshopId);
        assertThat(event.payload()).isEqualTo("{\"all\":false,\"file\":\"register.csv\",\"rows\":3}")
                .doesNotContain("board pack");
        assertThat(services.audit().verify().intact()).isTrue();
    }

    @Test
    void withAllEveryInitiativeIsWrittenAndTheEventSaysSo() {
        Path file = folder.resolve("everything.csv");

        int rows = services.exchange().exportRegister(workshopId, file, true, CsvOptions.WITHOUT_BOM,
                ExchangeProgress.NONE, Actor.WINDOW);

        assertThat(rows).isEqualTo(14);
        assertThat(lastEvent().payload()).isEqualTo("{\"all\":true,\"file\":\"everything.csv\",\"rows\":14}");
    }

    @Test
    void anExportSaysHowManyOfItsRowsAreAgreedFromTheRowsItWrote() {
        var all = services.exchange().exportRegisterCounted(workshopId, folder.resolve("all.csv"), true,
                CsvOptions.WITHOUT_BOM, ExchangeProgress.NONE, Actor.WINDOW);
        var agreedOnly = services.exchange().exportRegisterCounted(workshopId, folder.resolve("agreed.csv"), false,
                CsvOptions.WITHOUT_BOM, ExchangeProgress.NONE, Actor.WINDOW);

        assertThat(all.rows()).isEqualTo(14);
        assertThat(all.agreed()).isEqualTo(services.register().agreedRows(workshopId).size()).isPositive()
                .isLessThan(14).isEqualTo(agreedOnly.rows()).isEqualTo(agreedOnly.agreed());
    }

    @Test
    void aFileThatCannotBeReadOrWrittenIsSaidInWordsAndKeepsItsCauseForTheLog() {
        Path missing = folder.resolve("missing.csv");

        assertThatThrownBy(() -> ExchangeService.read(missing, () -> Files.readString(missing)))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("There is no file ")
                .hasCauseInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> ExchangeService.write(missing, () -> {
            throw new AccessDeniedException(missing.toString());
        })).isInstanceOf(RuleViolation.class).hasMessageContaining("(permission denied)")
                .hasCauseInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFolderThatDoesNotExistIsNamedAndNothingIsRecorded() {
        long before = lastEvent().id();
        Path file = folder.resolve("no such folder").resolve("register.csv");

        assertThatThrownBy(() -> services.exchange().exportRegister(workshopId, file, false, CsvOptions.DEFAULT,
                ExchangeProgress.NONE, Actor.COMMAND_LINE))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("The folder of " + file.toAbsolutePath() + " does not exist. Choose another place.");
        assertThat(lastEvent().id()).isEqualTo(before);
    }

    @Test
    void aFolderIsNotAFileToWrite() {
        assertThatThrownBy(() -> services.exchange().exportRegister(workshopId, folder, false, CsvOptions.DEFAULT,
                ExchangeProgress.NONE, Actor.COMMAND_LINE))
                .isInstanceOf(RuleViolation.class)
                .hasMessage(folder.toAbsolutePath() + " is a folder. Name a file in it, such as "
                        + folder.toAbsolutePath().resolve("register.csv") + ".");
    }

    @Test
    void aCancelledExportWritesNothingAndRecordsNothing() throws Exception {
        long before = lastEvent().id();
        Path file = Files.writeString(folder.resolve("register.csv"), "the register we sent the board\r\n");
        ExchangeProgress cancelled = new ExchangeProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> services.exchange().exportRegister(workshopId, file, true, CsvOptions.DEFAULT,
                cancelled, Actor.WINDOW)).isInstanceOf(ExchangeCancelledException.class);

        assertThat(Files.readString(file)).isEqualTo("the register we sent the board\r\n");
        assertThat(lastEvent().id()).isEqualTo(before);
    }

    @Test
    void aWorkshopThatDoesNotExistIsRefusedBeforeAnyFileIsWritten() {
        Path file = folder.resolve("register.csv");

        assertThatThrownBy(() -> services.exchange().exportRegister(999, file, false, CsvOptions.DEFAULT,
                ExchangeProgress.NONE, Actor.WINDOW)).isInstanceOf(RuleViolation.class)
                .hasMessage("Workshop 999 does not exist.");
        assertThat(file).doesNotExist();
    }
}
