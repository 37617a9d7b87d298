package org.parley.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.AssessmentInput;
import org.parley.domain.AuditChain;
import org.parley.domain.AuditEvent;
import org.parley.domain.AuditKind;
import org.parley.domain.CriterionDraft;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.RuleViolation;
import org.parley.domain.ScoringBoard;
import org.parley.domain.Seat;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.store.AuditLog;
import org.parley.store.Store;
import org.parley.testing.TestStores;
import org.parley.testing.MutableClock;
import org.parley.testing.TestConsent;

class ScoringServiceTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private Store store;
    private Services services;
    private Workshop workshop;
    private Party ciso;
    private Party cto;
    private Initiative initiative;
    private List<ValueCriterion> criteria;

    @BeforeEach
    void open() {
        store = TestStores.open(folder, clock);
        services = new Services(store);
        workshop = services.workshops().create("Q3 review", TestConsent.nobody());
        List<Party> parties = services.workshops().parties(workshop.id());
        ciso = parties.get(0);
        cto = parties.get(1);
        criteria = services.workshops().criteria(workshop.id());
        initiative = services.initiatives().add(workshop.id(),
                new InitiativeDraft("Passkeys", "", "", "", null, List.of()), TestConsent.nobody());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Consent own(Party party) {
        return TestConsent.of(services, party);
    }

    private Consent both() {
        return TestConsent.both(services, workshop.id());
    }

    private AssessmentInput input(int likelihood, int impact, int value, String rationale) {
        Map<Long, Integer> scores = new LinkedHashMap<>();
        criteria.forEach(c -> scores.put(c.id(), value));
        return new AssessmentInput(likelihood, impact, scores, rationale);
    }

    @Test
    void anImportRecordsWhatSubmitWouldRowByRowWithOneEventEachAndAnIntactChain() {
        Initiative second = services.initiatives().add(workshop.id(),
                new InitiativeDraft("Segmentation", "", "", "", null, List.of()), TestConsent.nobody());
        // One initiative scored before the import: the import replaces it, and says so.
        services.scoring().submit(initiative.id(), ciso, input(2, 2, 2, "first thoughts"), own(ciso));
        int before = new AuditLog(store).all().size();

        int recorded = services.scoring().recordAll(ciso, List.of(
                new org.parley.exchange.ScoresImportPlan.Row(2, initiative.id(), "Passkeys", input(4, 3, 5, "on reflection")),
                new org.parley.exchange.ScoresImportPlan.Row(3, second.id(), "Segmentation", input(3, 5, 2, "flat network"))),
                own(ciso));

        assertThat(recorded).isEqualTo(2);
        List<AuditEvent> events = new AuditLog(store).all();
        assertThat(events.subList(before, events.size())).extracting(AuditEvent::kind, AuditEvent::subjectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditKind.ASSESSMENT_CHANGED, initiative.id()),
                        org.assertj.core.groups.Tuple.tuple(AuditKind.ASSESSMENT_SUBMITTED, second.id()));
        assertThat(AuditChain.verify(events)).isEmpty();
        var own = services.scoring().board(workshop.id(), Seat.FIRST).entries().stream()
                .map(e -> e.own()).filter(java.util.Objects::nonNull).toList();
        assertThat(own).extracting(a -> a.rationale()).containsExactlyInAnyOrder("on reflection", "flat network");
        assertThat(own).allSatisfy(a -> assertThat(a.criterionScores()).hasSize(criteria.size()));
    }

    @Test
    void anImportWithABadRowRecordsNothing() {
        int before = new AuditLog(store).all().size();
        Map<Long, Integer> missing = new LinkedHashMap<>();
        AssessmentInput incomplete = new AssessmentInput(3, 3, missing, "no criteria");

        assertThatThrownBy(() -> services.scoring().recordAll(ciso, List.of(
                new org.parley.exchange.ScoresImportPlan.Row(2, initiative.id(), "Passkeys", incomplete)), own(ciso)))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("Line 2 (\u201CPasskeys\u201D): ")
                .hasMessageEndingWith(" Nothing was imported.");
        assertThat(new AuditLog(store).all()).hasSize(before);
    }

    @Test
    void aPartyCanChangeItsAssessmentUntilTheReveal() {
        services.scoring().submit(initiative.id(), ciso, input(4, 4, 3, "first thought"), own(ciso));
        services.scoring().submit(initiative.id(), ciso, input(3, 4, 3, "second thought"), own(ciso));

        ScoringBoard board = services.scoring().board(workshop.id(), Seat.FIRST);
        assertThat(board.entries().get(0).own().riskScore()).isEqualTo(12);
        assertThat(board.entries().get(0).own().rationale()).isEqualTo("second thought");

        services.scoring().submit(initiative.id(), cto, input(2, 4, 5, "CTO"), own(cto));
        services.scoring().reveal(initiative.id(), both());
        assertThatThrownBy(() -> services.scoring().submit(initiative.id(), ciso, input(1, 1, 1, "too late"), own(ciso)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("has been revealed. Open round 2 to score it again.");
    }

    @Test
    void aRevealNeedsBothParties() {
        services.scoring().submit(initiative.id(), ciso, input(4, 4, 3, "CISO"), own(ciso));

        assertThatThrownBy(() -> services.scoring().reveal(initiative.id(), both()))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Nothing was revealed: \u201CPasskeys\u201D is revealed once both parties have submitted round 1.");
        assertThat(services.scoring().revealAll(workshop.id(), both()))
                .isEqualTo(new ScoringService.RevealSummary(0, 1));
        assertThat(services.scoring().board(workshop.id(), Seat.SECOND).entries().get(0).revealed()).isEmpty();
    }

    @Test
    void revealAllRevealsWhatBothSubmittedAndANewRoundIsBlindAgain() {
        services.scoring().submit(initiative.id(), ciso, input(4, 4, 3, "CISO round 1"), own(ciso));
        services.scoring().submit(initiative.id(), cto, input(2, 3, 5, "CTO round 1"), own(cto));

        assertThat(services.scoring().revealAll(workshop.id(), both()))
                .isEqualTo(new ScoringService.RevealSummary(1, 0));
        services.scoring().openRound(List.of(initiative.id()), own(cto));
        services.scoring().submit(initiative.id(), ciso, input(3, 4, 3, "CISO round 2"), own(ciso));

        ScoringBoard.Entry seenByCto = services.scoring().board(workshop.id(), Seat.SECOND).entries().get(0);
        assertThat(seenByCto.round().round()).isEqualTo(2);
        assertThat(seenByCto.revealed()).singleElement()
                .satisfies(r -> assertThat(r.first().rationale()).isEqualTo("CISO round 1"));
        assertThat(seenByCto.own()).isNull();
        assertThatThrownBy(() -> services.scoring().openRound(List.of(initiative.id()), own(cto)))
                .hasMessageContaining("is still in round 2");

        // Round 2 has its row since it was opened: the reveal updates it, and nothing is left to reveal after.
        services.scoring().submit(initiative.id(), cto, input(3, 3, 4, "CTO round 2"), own(cto));
        assertThat(services.scoring().revealAll(workshop.id(), both()))
                .isEqualTo(new ScoringService.RevealSummary(1, 0));
        assertThat(services.scoring().board(workshop.id(), Seat.SECOND).entries().get(0).revealed()).hasSize(2);
        assertThat(services.scoring().revealAll(workshop.id(), both()))
                .isEqualTo(new ScoringService.RevealSummary(0, 0));
        assertThat(AuditChain.verify(new AuditLog(store).all())).isEmpty();
        assertThat(services.audit().verify().intact()).as("the reveals' seals check").isTrue();
    }

    @Test
    void incompleteScoresAreRefusedWithTheMissingField() {
        AssessmentInput noImpact = new AssessmentInput(3, null, Map.of(), "");
        assertThatThrownBy(() -> services.scoring().submit(initiative.id(), ciso, noImpact, own(ciso)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Impact needs a score from 1 to 5.");
        assertThat(services.scoring().scoringStarted(workshop.id())).isFalse();
    }

    @Test
    void theAuditLogSaysWhoSubmittedButNeverTheScores() {
        services.scoring().submit(initiative.id(), ciso, input(4, 4, 3, "secret rationale"), own(ciso));
        services.scoring().submit(initiative.id(), cto, input(2, 3, 5, "other"), own(cto));
        services.scoring().reveal(initiative.id(), both());

        List<AuditEvent> events = new AuditLog(store).all();
        assertThat(events).extracting(AuditEvent::kind).endsWith(
                AuditKind.ASSESSMENT_SUBMITTED, AuditKind.ASSESSMENT_SUBMITTED, AuditKind.ROUND_REVEALED);
        assertThat(events).filteredOn(e -> e.kind() == AuditKind.ASSESSMENT_SUBMITTED)
                .allSatisfy(e -> assertThat(e.payload()).isEqualTo("{\"round\":1}"));
        assertThat(events).extracting(AuditEvent::actor).contains("CISO", "CTO");
        assertThat(AuditChain.verify(events)).isEmpty();
    }

    @Test
    void criteriaChangeFreelyBeforeScoringAndAfterwardsOnlyByBothWithoutAddingOrRemoving() {
        List<CriterionDraft> drafts = List.of(new CriterionDraft(criteria.get(0).id(), "Strategic fit", 3),
                new CriterionDraft(null, "Resilience", 1));
        List<ValueCriterion> saved = services.workshops().updateCriteria(workshop.id(), drafts, TestConsent.nobody());
        assertThat(saved).extracting(ValueCriterion::name).containsExactly("Strategic fit", "Resilience");
        assertThat(saved.get(0).id()).isEqualTo(criteria.get(0).id());
        criteria = saved;

        services.scoring().submit(initiative.id(), ciso, input(2, 2, 4, ""), own(ciso));

        List<CriterionDraft> reweighed = List.of(new CriterionDraft(saved.get(0).id(), "Strategic fit", 1),
                new CriterionDraft(saved.get(1).id(), "Resilience and recovery", 3));
        assertThatThrownBy(() -> services.workshops().updateCriteria(workshop.id(), reweighed, own(ciso)))
                .isInstanceOf(BothPartiesNeeded.class)
                .hasMessageContaining("Both parties must agree to change the value criteria");
        List<CriterionDraft> added = List.of(new CriterionDraft(saved.get(0).id(), "Strategic fit", 1),
                new CriterionDraft(saved.get(1).id(), "Resilience", 1), new CriterionDraft(null, "Growth", 1));
        assertThatThrownBy(() -> services.workshops().updateCriteria(workshop.id(), added, both()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("not added or removed");
        assertThat(services.scoring().board(workshop.id(), Seat.FIRST).entries().get(0).own().value()).isEqualTo(4.0);

        assertThat(services.workshops().updateCriteria(workshop.id(), reweighed, both()))
                .extracting(ValueCriterion::name).containsExactly("Strategic fit", "Resilience and recovery");
    }

    @Test
    void aPinIsCheckedAndFiveWrongTriesMeanAWait() {
        Party withPin = services.consents().setPin(own(ciso), ciso, null, "24682468");
        assertThat(withPin.hasPin()).isTrue();
        assertThat(services.workshops().parties(workshop.id()).get(0).hasPin()).isTrue();

        assertThat(services.consents().checkPin(withPin, "24682468").accepted()).isTrue();
        for (int i = 1; i <= 4; i++) {
            var check = services.consents().checkPin(withPin, "00000000");
            assertThat(check.accepted()).isFalse();
            assertThat(check.message()).contains((5 - i) + (i == 4 ? " try left" : " tries left"));
        }
        var fifth = services.consents().checkPin(withPin, "00000000");
        assertThat(fifth.secondsToWait()).isEqualTo(30);
        assertThat(services.consents().checkPin(withPin, "24682468").accepted())
                .as("even the right PIN waits").isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(services.consents().checkPin(withPin, "24682468").accepted()).isTrue();
    }

    @Test
    void changingOrRemovingAPinNeedsTheCurrentOne() {
        Party withPin = services.consents().setPin(own(ciso), ciso, null, "24682468");
        Consent itself = TestConsent.of(services, withPin, "24682468");
        assertThatThrownBy(() -> services.consents().setPin(itself, withPin, "11111111", "13571357"))
                .hasMessage("The current PIN of CISO is not right.");
        assertThatThrownBy(() -> services.consents().clearPin(itself, withPin, null))
                .hasMessage("The current PIN of CISO is not right.");
        Party cleared = services.consents().clearPin(itself, withPin, "24682468");
        assertThat(cleared.hasPin()).isFalse();
        assertThat(services.consents().checkPin(cleared, "").accepted()).isTrue();
    }
}
