package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Services;
import org.parley.domain.Actor;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.WorkshopSession;
import org.parley.exchange.CsvOptions;
import org.parley.exchange.ExchangeProgress;
import org.parley.testing.MutableClock;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestConsent;
import org.parley.testing.TestServers;

/**
 * The session lease of a workshop on a server: two sessions never change one workshop at once, while both change
 * their own and anyone reads; a lease ends with its session or after its timeout.
 */
class ServerLeaseTest {

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    /** Two sessions on one database: two windows or commands, on one computer or two. */
    private Store one;
    private Store two;

    @BeforeEach
    void open() {
        ServerAddress database = TestServers.newDatabase();
        one = TestServers.open(database, clock);
        two = TestServers.open(database, clock);
    }

    @AfterEach
    void close() {
        one.close();
        two.close();
    }

    private static InitiativeDraft draft(String title) {
        return new InitiativeDraft(title, "", "", "", null, List.of());
    }

    @Test
    void aWorkshopIsChangedByOneSessionAtATimeAndTheOtherIsToldWhoHasItWhileItChangesItsOwn() {
        Services first = new Services(one);
        Services second = new Services(two);
        long group = first.workshops().create("Group review", TestConsent.nobody()).id();
        int events = first.audit().events(group).size();

        assertThatThrownBy(() -> second.initiatives().add(group, draft("Passkeys"), TestConsent.nobody()))
                .isInstanceOf(WorkshopInSessionException.class)
                .hasMessageContaining("\u201CGroup review\u201D is in session elsewhere: another Parley window or "
                        + "command of yours on this computer has been changing it since")
                .hasMessageContaining("Nothing was changed");
        assertThat(first.initiatives().initiatives(group)).isEmpty();
        assertThat(first.audit().events(group)).hasSize(events);

        long payments = second.workshops().create("Payments unit", TestConsent.nobody()).id();
        second.initiatives().add(payments, draft("Tokenised cards"), TestConsent.nobody());
        first.initiatives().add(group, draft("Passkeys"), TestConsent.nobody());
        // Reading, and recording the reading, needs no lease.
        assertThat(second.exchange().exportRegister(group, folder.resolve("register.csv"), true,
                CsvOptions.DEFAULT, ExchangeProgress.NONE, Actor.COMMAND_LINE)).isEqualTo(1);

        assertThat(first.leases().sessions()).extracting(WorkshopSession::workshop, WorkshopSession::live)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Group review", true),
                        org.assertj.core.groups.Tuple.tuple("Payments unit", true));
        assertThat(first.audit().verify().intact()).isTrue();
    }

    @Test
    void aWorkshopInSessionElsewhereCannotBeDeletedAndAFreeOneCan() {
        Services first = new Services(one);
        Services second = new Services(two);
        long group = first.workshops().create("Group review", TestConsent.nobody()).id();
        long spare = first.workshops().create("Spare", TestConsent.nobody()).id();

        assertThatThrownBy(() -> second.workshops().delete(group, TestConsent.nobody()))
                .isInstanceOf(WorkshopInSessionException.class);
        assertThat(second.workshops().workshops()).hasSize(2);
        first.workshops().delete(spare, TestConsent.nobody());
        assertThat(second.workshops().workshops()).extracting(w -> w.name()).containsExactly("Group review");
        assertThat(first.leases().sessions()).extracting(WorkshopSession::workshop)
                .containsExactly("Group review");
    }

    @Test
    void aWrongPinCountsEvenWhileAnotherSessionHoldsTheWorkshop() {
        RevealedWorkshop w = RevealedWorkshop.create(one);
        Services second = new Services(two);
        Party ciso = second.workshops().parties(w.workshop.id()).get(0);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> second.consents().confirm(ciso, "not-the-pin"))
                    .isNotInstanceOf(WorkshopInSessionException.class);
        }

        assertThat(w.services.audit().events(w.workshop.id()))
                .filteredOn(e -> e.kind().equals("PIN_REFUSED")).hasSize(5);
        assertThatThrownBy(() -> second.consents().confirm(ciso, RevealedWorkshop.CISO_PIN))
                .hasMessageContaining("Too many wrong PINs");
    }

    @Test
    void closingASessionFreesItsWorkshops() {
        long group = new Services(one).workshops().create("Group review", TestConsent.nobody()).id();
        one.close();

        Services second = new Services(two);
        assertThat(second.leases().sessions()).isEmpty();
        second.initiatives().add(group, draft("Passkeys"), TestConsent.nobody());
        assertThat(second.initiatives().initiatives(group)).hasSize(1);
    }

    @Test
    void aSessionThatStopsChangingAWorkshopLosesItAfterTheTimeout() {
        Services first = new Services(one);
        Services second = new Services(two);
        long group = first.workshops().create("Group review", TestConsent.nobody()).id();

        clock.advance(Leases.TIMEOUT.minus(Duration.ofSeconds(1)));
        assertThatThrownBy(() -> second.initiatives().add(group, draft("Too early"), TestConsent.nobody()))
                .isInstanceOf(WorkshopInSessionException.class);
        clock.advance(Duration.ofSeconds(2));
        assertThat(first.leases().sessions()).singleElement()
                .satisfies(session -> assertThat(session.live()).isFalse());
        second.initiatives().add(group, draft("Passkeys"), TestConsent.nobody());

        assertThatThrownBy(() -> first.initiatives().add(group, draft("Late"), TestConsent.nobody()))
                .isInstanceOf(WorkshopInSessionException.class);
        assertThat(first.initiatives().initiatives(group)).extracting(i -> i.title()).containsExactly("Passkeys");
    }
}
