package org.parley.ui.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.ScriptedDialogs;
import org.parley.ui.common.ViewModelFixture;
import org.parley.ui.common.WorkbenchState;

class PartiesViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private Services services;
    private ScriptedDialogs dialogs;
    private WorkbenchState state;
    private PartiesViewModel model;
    private Workshop workshop;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        services = fixture.services;
        dialogs = fixture.dialogs;
        state = fixture.state;
        workshop = services.workshops().create("Q3 review", TestConsent.nobody());
        model = new PartiesViewModel(services.workshops(), fixture.tasks, dialogs, state, services.consents(),
                fixture.consent());
        state.show(workshop, services.workshops().parties(workshop.id()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void renamedPartiesAreStoredAndShownEverywhere() {
        model.form(0).displayNameProperty().set("Amira Haddad");
        model.form(1).roleLabelProperty().set("CIO");
        assertThat(model.form(0).dirtyProperty().get()).isTrue();

        model.save();
        // Nobody is at the laptop and one party renames the other: both agree, one after the other.
        assertThat(services.workshops().parties(workshop.id()).get(0).displayName()).as("not before both agree")
                .isEqualTo("CISO");
        fixture.agree(null);
        fixture.agree(null);

        assertThat(services.workshops().parties(workshop.id()))
                .extracting(Party::displayName, Party::roleLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Amira Haddad", "CISO"),
                        org.assertj.core.groups.Tuple.tuple("CTO", "CIO"));
        assertThat(state.parties()).extracting(Party::roleLabel).containsExactly("CISO", "CIO");
        assertThat(model.form(1).dirtyProperty().get()).isFalse();
    }

    @Test
    void aPartysPinGivesItASigningKeyWhoseFingerprintSetupShows() {
        assertThat(model.form(0).keyProperty().get()).as("no PIN, no key").isEmpty();
        fixture.activate(state.parties().get(0));
        dialogs.answer(new DialogService.PinChange(null, "river-stone-7"));

        model.changePin(0);

        String fingerprint = services.consents().fingerprint(state.parties().get(0)).orElseThrow();
        assertThat(model.form(0).keyProperty().get()).isEqualTo("Signing key " + fingerprint);
        assertThat(model.form(1).keyProperty().get()).isEmpty();
    }

    @Test
    void anEmptyNameIsMarkedAndNotSaved() {
        model.form(0).displayNameProperty().set(" ");

        model.save();

        assertThat(model.form(0).displayNameProblemProperty().get()).isEqualTo("Display name is required.");
        assertThat(services.workshops().parties(workshop.id()).get(0).displayName()).isEqualTo("CISO");
    }

    @Test
    void aRoleLabelTakenByTheOtherPartyIsRefusedWithItsReason() {
        fixture.activate(state.parties().get(1));
        model.form(1).roleLabelProperty().set("ciso");

        model.save();

        assertThat(dialogs.shown()).singleElement().asString().contains("already labelled CISO");
        assertThat(services.workshops().parties(workshop.id()).get(1).roleLabel()).isEqualTo("CTO");
    }

    @Test
    void nothingIsMarkedBeforeTheFormsAreTouched() {
        assertThat(model.form(0).displayNameProblemProperty().get()).isEmpty();
        model.form(1).roleLabelProperty().set("");
        assertThat(model.form(0).displayNameProblemProperty().get()).as("the untouched field").isEmpty();
        assertThat(model.form(1).roleLabelProblemProperty().get()).as("the field typed in").isNotEmpty();
    }

    @Test
    void theOtherPartysPinActionsAreBlockedWithWhoMayAndHow() {
        fixture.activate(state.parties().get(0));
        model.form(1).displayNameProperty().set("Jonas Berg");
        model.save();
        fixture.agree(null);
        assertThat(state.parties().get(1).displayName()).isEqualTo("Jonas Berg");

        assertThat(model.form(0).setPinBlockedProperty().get()).as("the party at the laptop").isEmpty();
        assertThat(model.form(1).setPinBlockedProperty().get())
                .isEqualTo("Only Jonas Berg can set Jonas's PIN: hand over with Ctrl+P.");
        assertThat(model.form(1).removePinBlockedProperty().get()).isEqualTo("Jonas Berg has no PIN to remove.");

        model.changePin(1);   // a call that comes another way is refused too, without a dialog
        assertThat(state.statusProperty().get()).isEqualTo("Only Jonas Berg can set Jonas's PIN: hand over with Ctrl+P.");

        fixture.activate(state.parties().get(1));
        assertThat(model.form(1).setPinBlockedProperty().get()).isEmpty();
        assertThat(model.form(0).setPinBlockedProperty().get())
                .isEqualTo("Only CISO can set CISO's PIN: hand over with Ctrl+P.");
    }

    @Test
    void bothPartiesChooseTheirPinsInTurnAndBothAreSet() {
        fixture.activate(state.parties().get(1));
        BothPinsViewModel pins = model.bothPins();
        assertThat(pins.offeredProperty().get()).isTrue();
        assertThat(pins.buttonTextProperty().get()).isEqualTo("Set both PINs\u2026");

        pins.start();
        assertThat(pins.askingProperty().get().roleLabel()).as("the party at the laptop first").isEqualTo("CTO");
        assertThat(pins.pinProblemProperty().get()).as("nothing typed, nothing marked").isEmpty();
        assertThat(pins.repeatProblemProperty().get()).isEmpty();
        pins.pinProperty().set("short");
        assertThat(pins.pinProblemProperty().get()).isEqualTo("A PIN has 8 to 64 characters.");
        assertThat(pins.repeatProblemProperty().get()).as("the repeat not typed yet").isEmpty();
        pins.pinProperty().set("cto-pin-2027");
        pins.next();
        assertThat(pins.repeatProblemProperty().get()).as("going on without the repeat").isEqualTo("The two PINs differ.");
        pins.repeatProperty().set("cto-pin-2027");
        pins.next();

        assertThat(pins.askingProperty().get().roleLabel()).isEqualTo("CISO");
        assertThat(pins.stepProperty().get()).isEqualTo("PIN 2 of 2");
        assertThat(pins.pinProperty().get()).as("the first party's PIN is not shown to the second").isEmpty();
        assertThat(services.workshops().parties(workshop.id())).as("nothing stored before the last")
                .noneMatch(Party::hasPin);
        pins.pinProperty().set("ciso-pin-2027");
        pins.repeatProperty().set("ciso-pin-2027");
        pins.next();

        assertThat(pins.askingProperty().get()).isNull();
        assertThat(services.workshops().parties(workshop.id())).allMatch(Party::hasPin);
        assertThat(services.consents().checkPin(state.parties().get(0), "ciso-pin-2027").accepted()).isTrue();
        assertThat(services.consents().checkPin(state.parties().get(1), "cto-pin-2027").accepted()).isTrue();
        assertThat(state.parties()).allMatch(Party::hasPin);
        assertThat(pins.offeredProperty().get()).isFalse();
        assertThat(state.statusProperty().get()).startsWith("Both PINs are set.");
    }

    @Test
    void cancellingPartWayLeavesEveryPinAsItWas() {
        BothPinsViewModel pins = model.bothPins();
        pins.start();
        pins.pinProperty().set("ciso-pin-2027");
        pins.repeatProperty().set("ciso-pin-2027");
        pins.next();
        assertThat(pins.askingProperty().get().roleLabel()).isEqualTo("CTO");

        pins.cancel();

        assertThat(pins.askingProperty().get()).isNull();
        assertThat(services.workshops().parties(workshop.id())).noneMatch(Party::hasPin);
        assertThat(state.statusProperty().get()).isEqualTo("No PIN was set.");
        assertThat(pins.pinProperty().get()).isEmpty();
    }

    @Test
    void theOtherPartyAloneWithoutAPinChoosesItAfterAHandoverNotFromThisKeyboard() {
        Party ciso = state.parties().get(0);
        fixture.activate(ciso);
        dialogs.answer(new DialogService.PinChange(null, "ciso-pin-2027"));
        model.changePin(0);
        fixture.activate(state.parties().get(0), "ciso-pin-2027");
        BothPinsViewModel pins = model.bothPins();

        assertThat(pins.offeredProperty().get()).as("the CISO may not choose the CTO's PIN").isFalse();
        pins.start();
        assertThat(pins.askingProperty().get()).isNull();

        fixture.activate(state.parties().get(1));
        assertThat(pins.offeredProperty().get()).as("the CTO, at the laptop, sets its own").isTrue();
        assertThat(pins.buttonTextProperty().get()).isEqualTo("Set the PIN of CTO\u2026");
        pins.start();
        assertThat(pins.askingProperty().get().roleLabel()).isEqualTo("CTO");
        pins.pinProperty().set("cto-pin-2027");
        pins.repeatProperty().set("cto-pin-2027");
        pins.next();

        assertThat(services.consents().checkPin(state.parties().get(0), "ciso-pin-2027").accepted()).isTrue();
        assertThat(services.consents().checkPin(state.parties().get(1), "cto-pin-2027").accepted()).isTrue();
        assertThat(pins.offeredProperty().get()).isFalse();
    }
}
