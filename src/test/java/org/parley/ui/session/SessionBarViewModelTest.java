package org.parley.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.SessionProgress;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.ViewModelFixture;

class SessionBarViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private SessionBarViewModel model;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, true);
        model = new SessionBarViewModel(fixture.services.session(), fixture.tasks, fixture.dialogs, fixture.state);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void showsWhereTheWorkshopInHandStandsAndFollowsChanges() {
        Workshop sample = fixture.services.workshops().resolve("FY27 strategy offsite");
        fixture.state.show(sample, fixture.services.workshops().parties(sample.id()));

        assertThat(model.progressProperty().get()).isEqualTo(new SessionProgress(14, 14, 14, 14, true, true, 3, 1, 0));
        assertThat(SessionSteps.describe(model.progressProperty().get())).startsWith("Next: negotiate");
        assertThat(model.name(1)).isEqualTo("CISO");

        fixture.services.initiatives().add(sample.id(), new InitiativeDraft("Passkeys for staff", "", "", "", null,
                java.util.List.of()), TestConsent.nobody());
        fixture.state.changed();

        SessionProgress now = model.progressProperty().get();
        assertThat(now.initiatives()).isEqualTo(15);
        assertThat(now.next()).isEqualTo(SessionProgress.Step.SCORE);
    }

    @Test
    void aNewWorkshopStartsByAddingInitiatives() {
        Workshop empty = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        fixture.state.show(empty, fixture.services.workshops().parties(empty.id()));

        assertThat(model.progressProperty().get().next()).isEqualTo(SessionProgress.Step.ADD_INITIATIVES);
        assertThat(SessionSteps.describe(model.progressProperty().get())).contains("Ctrl+N");
    }
}
