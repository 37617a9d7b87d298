package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.Consent;
import org.parley.app.service.Services;
import org.parley.app.service.TransferService;
import org.parley.domain.Actor;
import org.parley.domain.Agreement;
import org.parley.domain.AuditChain;
import org.parley.domain.AuditVerification;
import org.parley.domain.Party;
import org.parley.domain.RuleViolation;
import org.parley.domain.Workshop;
import org.parley.exchange.CsvOptions;
import org.parley.exchange.ExchangeProgress;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestConsent;
import org.parley.testing.TestStores;

/**
 * A workshop moved between two stores with its whole history (issue 17, decision 0037): a workshop whose parties
 * have keys, sealed reveals and appetites, a signed agreement that supersedes another, a draft and a note. Both stores
 * hold the sample workshop too, so every id the workshop had is taken in the store it goes to. Run on H2 files, and
 * again on the embedded PostgreSQL with the surefire execution {@code postgresql}.
 */
class WorkshopTransferTest {

    @TempDir
    Path folder;
    private Store laptop;
    private Store server;
    private RevealedWorkshop w;
    private Services there;

    @BeforeEach
    void open() throws Exception {
        laptop = TestStores.open(Files.createDirectories(folder.resolve("laptop")));
        TestStores.withSample(laptop);
        w = RevealedWorkshop.create(laptop);
        Agreement first = w.signed(w.assistant, w.terms());
        Agreement amended = w.services.agreements().amend(first.id(), w.cisoAlone);
        w.services.agreements().sign(amended.id(), w.ciso, RevealedWorkshop.CISO_PIN);
        w.services.agreements().sign(amended.id(), w.cto, RevealedWorkshop.CTO_PIN);
        w.services.agreements().propose(w.pipeline.id(), w.terms(), w.cisoAlone);
        w.services.notes().add(w.assistant.id(), w.ciso, "The DPA is with Legal.", w.cisoAlone);
        server = TestStores.open(Files.createDirectories(folder.resolve("server")));
        there = TestStores.withSample(server);
        assertThat(verify(w.services).intact()).as("before: " + verify(w.services).broken()).isTrue();
    }

    @AfterEach
    void close() {
        laptop.close();
        server.close();
    }

    private static AuditVerification.Result verify(Services services) {
        return services.audit().verify();
    }

    private static String register(Services services, long workshopId, Path file) throws Exception {
        services.exchange().exportRegister(workshopId, file, true, CsvOptions.DEFAULT, ExchangeProgress.NONE,
                Actor.COMMAND_LINE);
        return Files.readString(file);
    }

    private TransferService.Transferred move(String as) {
        return new TransferService(w.services, there).transfer(w.workshop.id(), as, w.both);
    }

    @Test
    void theWorkshopArrivesWholeAndBothLogsStillVerify() throws Exception {
        String before = register(w.services, w.workshop.id(), folder.resolve("before.csv"));
        int events = new AuditLog(laptop).entriesForWorkshop(w.workshop.id()).size();

        TransferService.Transferred moved = move(null);

        assertThat(moved.name()).isEqualTo("Q3 review");
        assertThat(moved.events()).isEqualTo(events);
        AuditVerification.Result here = verify(w.services);
        AuditVerification.Result arrived = verify(there);
        assertThat(here.intact()).as("the store it left: " + here.broken()).isTrue();
        assertThat(arrived.intact()).as("the store it reached: " + arrived.broken()).isTrue();
        assertThat(arrived.lastHash()).isEqualTo(moved.head());
        assertThat(there.agreements().agreements(moved.id())).hasSize(3);
        assertThat(there.notes().notes(there.agreements().agreements(moved.id()).get(0).initiativeId()))
                .extracting(n -> n.text()).containsExactly("The DPA is with Legal.");
        List<AuditChain.Entry> history = there.audit().events(moved.id());
        assertThat(history).hasSize(events + 1);
        assertThat(history.get(0).kind()).isEqualTo("WORKSHOP_TRANSFERRED_IN");
        assertThat(history.get(0).payload()).contains("\"name\":\"Q3 review\"", laptop.location()
                .replace("\\", "\\\\"));
        // Every signed cell, and the initiative_id its parties signed, as it was.
        assertThat(register(there, moved.id(), folder.resolve("after.csv"))).isEqualTo(before);
        // It left the laptop, whose log keeps its events and says where it went.
        assertThat(w.services.workshops().workshops()).extracting(s -> s.name()).doesNotContain("Q3 review");
        AuditChain.Entry last = w.services.audit().head().orElseThrow();
        assertThat(last.kind()).isEqualTo("WORKSHOP_TRANSFERRED_OUT");
        assertThat(last.payload()).contains(moved.head());
    }

    @Test
    void aSealedScoreChangedAfterTheMoveIsStillFoundAtItsReveal() {
        TransferService.Transferred moved = move(null);
        long assistant = there.agreements().agreements(moved.id()).get(0).initiativeId();

        server.dsl().execute("UPDATE assessment SET likelihood = 1 WHERE initiative_id = " + assistant
                + " AND round = 1");

        AuditVerification.Break broken = verify(there).broken();
        assertThat(broken).isNotNull();
        assertThat(broken.kind()).isEqualTo("ROUND_REVEALED");
        assertThat(broken.reason()).contains("no longer match the hash sealed at their reveal");
    }

    @Test
    void thePartiesSignOnWithTheirPinsWhereItArrived() {
        TransferService.Transferred moved = move(null);
        List<Party> parties = there.workshops().parties(moved.id());
        Agreement draft = there.agreements().agreements(moved.id()).stream().filter(Agreement::isDraft).findFirst()
                .orElseThrow();

        there.agreements().sign(draft.id(), parties.get(0), RevealedWorkshop.CISO_PIN);
        Agreement signed = there.agreements().sign(draft.id(), parties.get(1), RevealedWorkshop.CTO_PIN);

        assertThat(signed.isDraft()).isFalse();
        assertThat(verify(there).intact()).as(String.valueOf(verify(there).broken())).isTrue();
    }

    @Test
    void itComesBackAsItLeft() throws Exception {
        String before = register(w.services, w.workshop.id(), folder.resolve("before.csv"));
        TransferService.Transferred out = move(null);
        Consent both = there.consents().confirm(there.workshops().parties(out.id()).get(0), RevealedWorkshop.CISO_PIN)
                .and(there.consents().confirm(there.workshops().parties(out.id()).get(1), RevealedWorkshop.CTO_PIN));

        TransferService.Transferred back = new TransferService(there, w.services).transfer(out.id(), null, both);

        assertThat(verify(w.services).intact()).as(String.valueOf(verify(w.services).broken())).isTrue();
        assertThat(verify(there).intact()).as(String.valueOf(verify(there).broken())).isTrue();
        assertThat(register(w.services, back.id(), folder.resolve("back.csv"))).isEqualTo(before);
        assertThat(back.id()).isNotEqualTo(w.workshop.id());
    }

    @Test
    void aNameTakenWhereItGoesIsRefusedUnlessAnotherIsGiven() {
        there.workshops().create("Q3 Review", TestConsent.nobody());
        String laptopHead = w.services.audit().head().orElseThrow().hash();
        String serverHead = there.audit().head().orElseThrow().hash();

        assertThatThrownBy(() -> move(null)).isInstanceOf(RuleViolation.class)
                .hasMessage(server.location() + " already has a workshop called \u201CQ3 review\u201D. Give the "
                        + "workshop another name there with --as NAME.");
        assertThat(w.services.audit().head().orElseThrow().hash()).isEqualTo(laptopHead);
        assertThat(there.audit().head().orElseThrow().hash()).isEqualTo(serverHead);

        TransferService.Transferred moved = move("Q3 review (offsite)");
        assertThat(there.workshops().workshop(moved.id()).name()).isEqualTo("Q3 review (offsite)");
        assertThat(verify(there).intact()).isTrue();
    }

    @Test
    void oneParty_sConsentDoesNotMoveIt() {
        assertThatThrownBy(() -> new TransferService(w.services, there).transfer(w.workshop.id(), null, w.cisoAlone))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("both");
        assertThat(w.services.workshops().workshops()).extracting(s -> s.name()).contains("Q3 review");
        assertThat(there.workshops().workshops()).extracting(s -> s.name()).doesNotContain("Q3 review");
    }

    @Test
    void aStoreWhoseLogDoesNotVerifyMovesNothing() {
        laptop.dsl().execute("UPDATE assessment SET rationale = 'changed' WHERE initiative_id = " + w.pipeline.id());

        assertThatThrownBy(() -> move(null)).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("The audit log of " + laptop.location() + ", the store it leaves, does not "
                        + "verify (event ");
        assertThat(there.workshops().workshops()).extracting(s -> s.name()).doesNotContain("Q3 review");
        Workshop still = w.services.workshops().workshop(w.workshop.id());
        assertThat(still.name()).isEqualTo("Q3 review");
    }
}
