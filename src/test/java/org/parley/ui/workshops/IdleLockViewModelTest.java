package org.parley.ui.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.ViewModelFixture;

class IdleLockViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private IdleLockViewModel model;
    private Workshop workshop;
    private List<Party> parties;
    private final List<Integer> applied = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        workshop = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        parties = fixture.services.workshops().parties(workshop.id());
        model = new IdleLockViewModel(fixture.services.workshops(), fixture.tasks, fixture.dialogs, fixture.state,
                applied::add);
        fixture.state.show(workshop, parties);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aNewWorkshopLocksAfterFiveMinutes() {
        assertThat(model.minutesProperty().get()).isEqualTo(5);
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void theIdleLockIsSavedByThePartyAtTheLaptopAndUsedAtOnce() {
        model.minutesProperty().set(12);
        assertThat(model.dirtyProperty().get()).isTrue();

        assertThat(model.blockedProperty().get())
                .isEqualTo("Either party may change the idle lock, while at the laptop: take it with Ctrl+P.");
        model.save();
        assertThat(fixture.state.statusProperty().get()).isEqualTo(model.blockedProperty().get());
        assertThat(fixture.dialogs.shown()).as("said before, not refused after").isEmpty();
        assertThat(fixture.services.workshops().idleLockMinutes(workshop.id())).isEqualTo(5);
        assertThat(applied).isEmpty();

        fixture.activate(parties.get(1));
        assertThat(model.blockedProperty().get()).isEmpty();
        model.save();

        assertThat(fixture.services.workshops().idleLockMinutes(workshop.id())).isEqualTo(12);
        assertThat(applied).containsExactly(12);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(fixture.state.statusProperty().get()).isEqualTo("The window locks after 12 minutes without input.");
    }

    @Test
    void revertGoesBackToTheStoredMinutes() {
        model.minutesProperty().set(0);
        model.revert();
        assertThat(model.minutesProperty().get()).isEqualTo(5);
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void oneMinuteIsSaidInTheSingular() {
        model.minutesProperty().set(1);
        assertThat(model.unitProperty().get()).isEqualTo("minute without input (0 = never)");
        model.minutesProperty().set(2);
        assertThat(model.unitProperty().get()).isEqualTo("minutes without input (0 = never)");
    }
}
