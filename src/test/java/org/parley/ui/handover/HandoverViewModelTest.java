package org.parley.ui.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.HeldTaskRunner;
import org.parley.ui.common.ViewModelFixture;

class HandoverViewModelTest {

    private static final String PIN = "2468-1357";

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private HandoverViewModel model;
    private List<Party> parties;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        Workshop workshop = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        Party ciso = fixture.services.workshops().parties(workshop.id()).get(0);
        fixture.services.consents().setPin(TestConsent.of(fixture.services, ciso), ciso, null, PIN);
        parties = fixture.services.workshops().parties(workshop.id());
        model = new HandoverViewModel(fixture.services.consents(), fixture.tasks, fixture.dialogs, fixture.state);
        fixture.state.show(workshop, parties);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aPartyWithoutPinArrivesByConfirming() {
        model.handTo(parties.get(1));
        assertThat(fixture.state.activeParty()).isNull();

        model.confirm();

        assertThat(fixture.state.activeParty()).isEqualTo(parties.get(1));
        assertThat(model.targetProperty().get()).isNull();
    }

    @Test
    void aWrongPinIsRefusedAndTheRightOneAccepted() {
        model.handTo(parties.get(0));
        model.pinProperty().set("1111-1111");
        model.confirm();

        assertThat(fixture.state.activeParty()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("Wrong PIN. 4 tries left before a 30-second wait.");
        assertThat(model.pinProperty().get()).as("the wrong PIN is cleared").isEmpty();

        model.pinProperty().set(PIN);
        model.confirm();
        assertThat(fixture.state.activeParty().id()).isEqualTo(parties.get(0).id());
        assertThat(fixture.state.consent().includes(parties.get(0))).as("the PIN gave the CISO's consent").isTrue();
    }

    @Test
    void passingTheLaptopHidesTheLeavingPartyAtOnce() {
        fixture.activate(parties.get(1));

        model.switchParty();

        assertThat(fixture.state.activeParty()).as("nobody is active during the handover").isNull();
        assertThat(model.targetProperty().get()).isEqualTo(parties.get(0));
        model.cancel();
        assertThat(fixture.state.activeParty()).as("cancelling does not give the laptop back").isNull();
    }

    @Test
    void aPinThatTurnsOutRightAfterTheHandoverWasCancelledGivesNobodyTheLaptop() {
        HeldTaskRunner tasks = new HeldTaskRunner();
        HandoverViewModel slow = new HandoverViewModel(fixture.services.consents(), tasks, fixture.dialogs,
                fixture.state);
        slow.handTo(parties.get(0));
        slow.pinProperty().set(PIN);
        slow.confirm();

        slow.cancel();
        tasks.finishNext();

        assertThat(fixture.state.activeParty()).isNull();
        assertThat(slow.checkingProperty().get()).isFalse();
    }
}
