package org.parley.ui.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Consent;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.PinPrompt;
import org.parley.ui.common.ViewModelFixture;

class ConsentCoverViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private PinPrompt pins;
    private ConsentCoverViewModel model;
    private List<Party> parties;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        Workshop workshop = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        parties = fixture.services.workshops().parties(workshop.id());
        pins = new PinPrompt(fixture.tasks, fixture.state);
        model = new ConsentCoverViewModel(fixture.consent(), pins, fixture.state);
        fixture.state.show(workshop, parties);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void withNobodyAtTheLaptopEachPartyIsAskedInTurnThenTheDecisionIsTakenWithBoth() {
        List<Consent> given = new ArrayList<>();
        fixture.consent().ask("reveal the scores", given::add);

        assertThat(model.askingProperty().get()).isEqualTo(parties.get(0));
        assertThat(model.requestProperty().get())
                .isEqualTo("Do you agree to reveal the scores? Both parties decide this together.");
        assertThat(model.agreeTextProperty().get()).isEqualTo("Agree as CISO");
        assertThat(model.hintProperty().get()).startsWith("CISO has no PIN");
        model.agree();
        assertThat(model.askingProperty().get()).isEqualTo(parties.get(1));
        assertThat(given).as("not before both agree").isEmpty();
        model.agree();

        assertThat(model.askingProperty().get()).isNull();
        assertThat(given).singleElement().satisfies(consent -> assertThat(consent.both()).isTrue());
    }

    @Test
    void theActivePartyAsksTheOtherToSignAndTheCoversPinGoesToTheSignature() {
        fixture.activate(parties.get(0));
        List<String> typed = new ArrayList<>();
        pins.ask(parties.get(1), "sign version 1 of the agreement on \u201CPasskeys\u201D", "Signing", pin -> {
            typed.add(pin);
            return pin;
        }, done -> { }, failed -> { });

        assertThat(model.askingProperty().get()).isEqualTo(parties.get(1));
        assertThat(model.requestProperty().get()).isEqualTo("CISO asks you to sign version 1 of the agreement on "
                + "\u201CPasskeys\u201D. Both parties sign it.");
        assertThat(model.agreeTextProperty().get()).isEqualTo("Sign as CTO");
        model.cancel();
        assertThat(model.askingProperty().get()).isNull();
        assertThat(typed).as("cancelled: nothing signed").isEmpty();
    }

    @Test
    void lockingDismissesWhatIsAsked() {
        fixture.activate(parties.get(1));
        List<Consent> given = new ArrayList<>();
        fixture.consent().ask("change the agreed appetite", given::add);
        assertThat(model.requestProperty().get()).isEqualTo("CTO asks you to agree to change the agreed appetite. "
                + "Both parties decide this together.");
        model.pinProperty().set("typed");
        assertThat(fixture.consent().pinProperty().get()).isEqualTo("typed");

        model.dismiss();

        assertThat(model.askingProperty().get()).isNull();
        assertThat(model.pinProperty().get()).isEmpty();
        assertThat(given).isEmpty();
    }
}
