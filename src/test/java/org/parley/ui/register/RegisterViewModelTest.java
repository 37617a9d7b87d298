package org.parley.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Band;
import org.parley.domain.Decision;
import org.parley.domain.RegisterRow;
import org.parley.testing.MutableClock;
import org.parley.ui.common.ViewModelFixture;

class RegisterViewModelTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private ViewModelFixture fixture;
    private RegisterViewModel model;
    private int opened;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, true, clock);
        model = new RegisterViewModel(fixture.services.register(), fixture.services.agreements(),
                fixture.services.exchange(), fixture.tasks, fixture.dialogs, fixture.state, () -> opened++);
        long id = fixture.services.workshops().workshops().get(0).id();
        fixture.state.show(fixture.services.workshops().workshop(id), fixture.services.workshops().parties(id));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private String titleOf(RegisterRow row) {
        return row.initiative().title();
    }

    @Test
    void theRegisterHoldsTheSignedAgreementsAndItsFiltersNarrowIt() {
        assertThat(model.rows()).hasSize(3);
        model.exceptionsOnlyProperty().set(true);
        assertThat(model.rows()).extracting(this::titleOf).containsExactly("AI coding assistants for all engineers");
        model.exceptionsOnlyProperty().set(false);
        model.decisionProperty().set(Decision.PROCEED);
        assertThat(model.rows()).extracting(this::titleOf).containsExactly("DevSecOps pipeline");
        model.decisionProperty().set(null);
        model.bandProperty().set(Band.MEDIUM);
        assertThat(model.rows()).extracting(this::titleOf).contains("Generative-AI customer support assistant");
        model.bandProperty().set(null);
        model.ownerProperty().set("customer exp");
        assertThat(model.rows()).extracting(this::titleOf).containsExactly("Generative-AI customer support assistant");
    }

    @Test
    void reviewsPastTheirDateAreOverdue() {
        assertThat(model.rows()).noneMatch(model::overdue);

        clock.advance(Duration.ofDays(400));
        model.reload();
        model.overdueOnlyProperty().set(true);

        assertThat(model.rows()).isNotEmpty().allMatch(model::overdue);
        assertThat(model.summaryProperty().get()).contains("overdue review");
    }

    @Test
    void aDoubleClickOpensTheNegotiationOfThatInitiative() {
        RegisterRow row = model.rows().get(0);
        model.open(row);
        assertThat(opened).isEqualTo(1);
        assertThat(fixture.state.selectedInitiativeProperty().get()).isEqualTo(row.initiative().id());
    }

    @Test
    void theExportHonoursTheOptionsAndACancelWritesNothing() throws Exception {
        Path file = folder.resolve("register.csv");
        model.includeUnagreedProperty().set(true);
        model.byteOrderMarkProperty().set(false);
        fixture.dialogs.answer(file);
        model.export();
        assertThat(Files.readAllLines(file)).hasSize(15).first().asString().startsWith("initiative_id,");

        Path cancelled = folder.resolve("cancelled.csv");
        fixture.dialogs.answer(cancelled);
        fixture.tasks.cancelRun(1);
        model.export();
        assertThat(cancelled).doesNotExist();
        assertThat(fixture.state.statusProperty().get()).isEqualTo("Export cancelled; no file was written.");
    }
}
