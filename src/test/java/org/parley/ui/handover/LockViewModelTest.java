package org.parley.ui.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.ViewModelFixture;

class LockViewModelTest {

    private static final String PIN = "2468-1357";

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private HandoverViewModel handover;
    private LockViewModel model;
    private Workshop workshop;
    private List<Party> parties;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        workshop = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        Party ciso = fixture.services.workshops().parties(workshop.id()).get(0);
        fixture.services.consents().setPin(TestConsent.of(fixture.services, ciso), ciso, null, PIN);
        parties = fixture.services.workshops().parties(workshop.id());
        handover = new HandoverViewModel(fixture.services.consents(), fixture.tasks, fixture.dialogs, fixture.state);
        model = new LockViewModel(fixture.services.consents(), fixture.services.workshops(), handover, fixture.tasks,
                fixture.dialogs, fixture.state);
        fixture.state.show(workshop, parties);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void thePartyStaysActiveWhileLockedAndOnlyItsPinOpensTheWindow() {
        fixture.activate(parties.get(0), PIN);

        model.lock();

        assertThat(model.lockedProperty().get()).isTrue();
        assertThat(model.atLaptopProperty().get()).isEqualTo(parties.get(0));
        assertThat(model.otherProperty().get()).isEqualTo(parties.get(1));
        assertThat(fixture.state.activeParty()).as("its unsaved work stays with it").isEqualTo(parties.get(0));

        model.pinProperty().set("1111-1111");
        model.unlock();
        assertThat(model.lockedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Wrong PIN. 4 tries left before a 30-second wait.");
        assertThat(model.pinProperty().get()).as("the wrong PIN is cleared").isEmpty();

        model.pinProperty().set(PIN);
        model.unlock();
        assertThat(model.lockedProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(fixture.state.consent().includes(parties.get(0))).isTrue();
    }

    @Test
    void theLockHandsTheLaptopOverThroughTheHandover() {
        fixture.activate(parties.get(1));
        model.lock();

        model.handOver();

        assertThat(model.lockedProperty().get()).isFalse();
        assertThat(handover.targetProperty().get()).isEqualTo(parties.get(0));
        assertThat(fixture.state.activeParty()).as("nobody until the CISO's PIN").isNull();
    }

    @Test
    void withNobodyAtTheLaptopTheLockJustContinues() {
        model.lock();
        assertThat(model.atLaptopProperty().get()).isNull();
        assertThat(model.otherProperty().get()).as("nobody to hand over from").isNull();
        model.handOver();
        assertThat(model.lockedProperty().get()).isTrue();

        model.unlock();

        assertThat(model.lockedProperty().get()).isFalse();
        assertThat(fixture.state.activeParty()).isNull();
    }

    @Test
    void theIdleTimeIsTheWorkshopsInItsOwnMinutes() {
        assertThat(model.idleLimitProperty().get()).isEqualTo(Duration.ofMinutes(5));
        model.setMinuteLength(Duration.ofMillis(100));
        assertThat(model.idleLimitProperty().get()).isEqualTo(Duration.ofMillis(500));

        Workshop other = fixture.services.workshops().create("Other", TestConsent.nobody());
        List<Party> otherParties = fixture.services.workshops().parties(other.id());
        fixture.services.workshops().setIdleLockMinutes(other.id(), 0, TestConsent.of(fixture.services,
                otherParties.get(1)));
        fixture.state.show(other, otherParties);
        assertThat(model.idleLimitProperty().get()).as("0: never").isEqualTo(Duration.ZERO);

        model.useIdleMinutes(12);
        assertThat(model.idleLimitProperty().get()).isEqualTo(Duration.ofMillis(1200));
    }
}
