package org.parley.ui.common;

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
import org.parley.domain.RuleViolation;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;

class PinEntryTest {

    private static final String PIN = "2468-1357";

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private Party ciso;
    private Party cto;
    private final List<Consent> accepted = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        Workshop workshop = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        Party first = fixture.services.workshops().parties(workshop.id()).get(0);
        fixture.services.consents().setPin(TestConsent.of(fixture.services, first), first, null, PIN);
        List<Party> parties = fixture.services.workshops().parties(workshop.id());
        ciso = parties.get(0);
        cto = parties.get(1);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private PinEntry entry(TaskRunner tasks) {
        return new PinEntry(fixture.services.consents(), tasks, fixture.dialogs);
    }

    @Test
    void theRightPinGivesThePartysConsentAndLeavesNothingBehind() {
        PinEntry entry = entry(fixture.tasks);
        entry.pinProperty().set(PIN);

        entry.check(ciso, accepted::add);

        assertThat(accepted).singleElement().satisfies(consent -> assertThat(consent.includes(ciso)).isTrue());
        assertThat(entry.pinProperty().get()).isEmpty();
        assertThat(entry.messageProperty().get()).isEmpty();
        assertThat(entry.checkingProperty().get()).isFalse();
    }

    @Test
    void aWrongPinIsRefusedInTheServicesWordsAndCleared() {
        PinEntry entry = entry(fixture.tasks);
        entry.pinProperty().set("1111-1111");

        entry.check(ciso, accepted::add);

        assertThat(accepted).isEmpty();
        assertThat(entry.messageProperty().get()).isEqualTo("Wrong PIN. 4 tries left before a 30-second wait.");
        assertThat(entry.pinProperty().get()).isEmpty();
        assertThat(entry.checkingProperty().get()).isFalse();
    }

    @Test
    void aPartyWithoutPinIsTakenAtItsWordWhateverIsTyped() {
        PinEntry entry = entry(fixture.tasks);
        entry.pinProperty().set("typed by mistake");

        entry.check(cto, accepted::add);

        assertThat(accepted).singleElement().satisfies(consent -> assertThat(consent.includes(cto)).isTrue());
    }

    @Test
    void whileTheCheckRunsItSaysSoAndTakesNoSecondPin() {
        HeldTaskRunner tasks = new HeldTaskRunner();
        PinEntry entry = entry(tasks);
        entry.pinProperty().set(PIN);

        entry.check(ciso, accepted::add);
        entry.check(ciso, accepted::add);

        assertThat(entry.checkingProperty().get()).isTrue();
        assertThat(entry.messageProperty().get()).isEqualTo("Checking the PIN\u2026");
        assertThat(tasks.held()).as("one check at a time").isEqualTo(1);
        tasks.finishNext();
        assertThat(accepted).hasSize(1);
    }

    @Test
    void aCheckThatFinishesAfterTheEntryWasClearedChangesNothing() {
        HeldTaskRunner tasks = new HeldTaskRunner();
        PinEntry entry = entry(tasks);
        entry.pinProperty().set(PIN);
        entry.check(ciso, accepted::add);

        entry.clear();
        assertThat(entry.checkingProperty().get()).as("the check still runs").isTrue();
        entry.pinProperty().set("being typed");
        tasks.finishNext();

        assertThat(accepted).as("nobody waits for that consent any more").isEmpty();
        assertThat(entry.messageProperty().get()).isEmpty();
        assertThat(entry.pinProperty().get()).as("the PIN goes after every check").isEmpty();
        assertThat(entry.checkingProperty().get()).isFalse();
    }

    @Test
    void aBrokenCheckIsReported() {
        PinEntry entry = entry(fixture.tasks);
        Party gone = new Party(9999, ciso.workshopId(), ciso.seat(), "Gone", "Gone", ciso.colour(), false);

        entry.check(gone, accepted::add);

        assertThat(accepted).isEmpty();
        assertThat(entry.messageProperty().get()).isEmpty();
        assertThat(fixture.dialogs.shown()).singleElement().asString().startsWith("Could not check the PIN: Gone");
    }

    @Test
    void workThatChecksThePinItselfGetsTheTypedPinAndItsRefusalIsSaid() {
        PinEntry entry = new PinEntry(fixture.tasks);
        List<String> typed = new ArrayList<>();
        List<Throwable> failed = new ArrayList<>();
        entry.pinProperty().set("1111-1111");

        entry.<String>submit(ciso, "Signing", pin -> {
            typed.add(pin);
            throw new RuleViolation("pin", "Wrong PIN.");
        }, typed::add, failed::add);

        assertThat(typed).containsExactly("1111-1111");
        assertThat(entry.messageProperty().get()).isEqualTo("Wrong PIN.");
        assertThat(failed).as("a refused PIN is tried again, not a failure").isEmpty();
        assertThat(entry.pinProperty().get()).isEmpty();

        entry.submit(cto, "Signing", pin -> "signed with " + pin, typed::add, failed::add);
        assertThat(typed).as("no PIN for a party without one").endsWith("signed with null");
        assertThat(entry.messageProperty().get()).isEmpty();
    }

    @Test
    void workThatFailsOtherwiseGoesToItsFailureUnlessNobodyWaitsForIt() {
        HeldTaskRunner tasks = new HeldTaskRunner();
        PinEntry entry = new PinEntry(tasks);
        List<Throwable> failed = new ArrayList<>();
        entry.submit(cto, "Signing", pin -> {
            throw new IllegalStateException("disk full");
        }, done -> { }, failed::add);
        tasks.finishNext();
        assertThat(failed).singleElement().asString().contains("disk full");

        entry.submit(cto, "Signing", pin -> {
            throw new IllegalStateException("too late");
        }, done -> { }, failed::add);
        entry.clear();
        tasks.finishNext();
        assertThat(failed).as("cleared: the second failure is nobody's").hasSize(1);
    }
}
