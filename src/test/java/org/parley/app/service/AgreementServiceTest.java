package org.parley.app.service;

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
import org.parley.domain.Agreement;
import org.parley.domain.AgreementField;
import org.parley.domain.AgreementProblem;
import org.parley.domain.AgreementStatus;
import org.parley.domain.AgreementTerms;
import org.parley.domain.AgreementViolation;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.AuditChain;
import org.parley.domain.Decision;
import org.parley.domain.Frontier;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Note;
import org.parley.domain.Party;
import org.parley.domain.RegisterRow;
import org.parley.domain.RuleViolation;
import org.parley.domain.Seat;
import org.parley.domain.Verdict;
import org.parley.store.Store;
import org.parley.testing.TestStores;
import org.parley.testing.MutableClock;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestConsent;

class AgreementServiceTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private Store store;
    private RevealedWorkshop w;
    private AgreementService agreements;

    @BeforeEach
    void open() {
        store = TestStores.open(folder, clock);
        w = RevealedWorkshop.create(store);
        agreements = w.services.agreements();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> kinds() {
        return w.services.audit().events(w.workshop.id()).stream().map(AuditChain.Entry::kind).toList();
    }

    @Test
    void bothSignaturesFreezeTheAgreementWithASnapshotOfWhatBothSaw() {
        Agreement draft = agreements.propose(w.assistant.id(), w.terms(), w.cisoAlone);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.agreedAppetite()).isEqualTo(Frontier.of(5, 7, 10, 12, 15));

        clock.advance(Duration.ofMinutes(5));
        Agreement byOne = agreements.sign(draft.id(), w.cto, RevealedWorkshop.CTO_PIN);
        assertThat(byOne.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(byOne.signature(Seat.SECOND).at()).isEqualTo(clock.instant());
        assertThat(agreements.current(w.assistant.id())).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        Agreement frozen = agreements.sign(draft.id(), w.ciso, RevealedWorkshop.CISO_PIN);
        assertThat(frozen.status()).isEqualTo(AgreementStatus.FROZEN);
        assertThat(frozen.frozenAt()).isEqualTo(clock.instant());
        assertThat(agreements.current(w.assistant.id())).contains(frozen);
        assertThat(frozen.snapshot().first().risk().value()).isEqualTo(16);
        assertThat(frozen.snapshot().second().risk().value()).isEqualTo(9);
        assertThat(frozen.snapshot().first().rationale()).isEqualTo("Personal data leaves us.");
        assertThat(frozen.snapshot().firstAppetite()).isEqualTo(Frontier.of(4, 6, 8, 10, 12));
        assertThat(frozen.snapshot().agreedOnFirst()).isEqualTo(Verdict.REJECT);
        assertThat(frozen.snapshot().agreedOnSecond()).isEqualTo(Verdict.ACCEPT);
        assertThat(frozen.snapshot().agreement().residualWithin()).isTrue();
        assertThat(kinds()).startsWith("AGREEMENT_FROZEN", "AGREEMENT_SIGNED", "AGREEMENT_SIGNED", "AGREEMENT_PROPOSED");
        AuditChain.Entry frozenEvent = w.services.audit().events(w.workshop.id()).get(0);
        assertThat(frozenEvent.subjectId()).isEqualTo(frozen.id());
        assertThat(frozenEvent.payload()).containsPattern("\"sha256\":\"[0-9a-f]{64}\"");
        assertThat(frozenEvent.actor()).isEqualTo("CISO");
        assertThat(w.services.audit().verify().intact()).isTrue();
    }

    @Test
    void signingNeedsThePinWithTheHandoversFiveTriesGuard() {
        Party ciso = w.ciso;
        Agreement draft = agreements.propose(w.assistant.id(), w.terms(), w.cisoAlone);

        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> agreements.sign(draft.id(), ciso, "00000000"))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("pin"))
                    .hasMessageContaining("Wrong PIN.");
        }
        assertThatThrownBy(() -> agreements.sign(draft.id(), ciso, null))
                .hasMessage("CISO: Wrong PIN. That was the fifth in a row: wait 30 seconds before the next try.");
        assertThatThrownBy(() -> agreements.sign(draft.id(), ciso, RevealedWorkshop.CISO_PIN))
                .as("even the right PIN waits").hasMessageContaining("Too many wrong PINs. Wait 30 seconds");
        assertThat(agreements.agreement(draft.id()).firstSignature()).isNull();

        clock.advance(Duration.ofSeconds(30));
        assertThat(agreements.sign(draft.id(), ciso, RevealedWorkshop.CISO_PIN).firstSignature()).isNotNull();
    }

    @Test
    void invalidTermsAreRefusedWithEveryProblemAtItsField() {
        AgreementTerms terms = w.terms().withRationale(" ").withConditions(List.of());

        assertThatThrownBy(() -> agreements.propose(w.assistant.id(), terms, w.cisoAlone))
                .isInstanceOfSatisfying(AgreementViolation.class, e -> assertThat(e.problems())
                        .extracting(AgreementProblem::field)
                        .containsExactly(AgreementField.CONDITIONS, AgreementField.RATIONALE));
        assertThat(agreements.versions(w.assistant.id())).isEmpty();

        AgreementService.Preview preview = agreements.preview(w.assistant.id(),
                w.terms().withResidual(4, 4).withReviewDate(w.today().plusMonths(13)));
        assertThat(preview.standing().exception()).isTrue();
        assertThat(preview.problems()).extracting(AgreementProblem::key).containsExactly("reviewDate");
        assertThat(preview.proposedOn()).isEqualTo(w.today());
        assertThat(agreements.preview(w.assistant.id(), w.terms()).valid()).isTrue();
    }

    @Test
    void editingADraftAfterOneSignatureClearsIt() {
        Agreement draft = agreements.propose(w.assistant.id(), w.terms(), w.cisoAlone);
        agreements.sign(draft.id(), w.ciso, RevealedWorkshop.CISO_PIN);

        Agreement edited = agreements.edit(draft.id(), w.terms().withRationale("Residual 8 once the DPA is signed."),
                w.services.consents().confirm(w.cto, RevealedWorkshop.CTO_PIN));

        assertThat(edited.firstSignature()).isNull();
        assertThat(edited.secondSignature()).isNull();
        assertThat(edited.terms().rationale()).isEqualTo("Residual 8 once the DPA is signed.");
        AuditChain.Entry event = w.services.audit().events(w.workshop.id()).get(0);
        assertThat(event.kind()).isEqualTo("AGREEMENT_PROPOSED");
        assertThat(event.payload()).contains("\"signaturesCleared\":[\"CISO\"]").contains("\"edited\":true");
        assertThat(agreements.sign(draft.id(), w.cto, RevealedWorkshop.CTO_PIN).status()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void aFrozenAgreementCannotBeEditedThroughTheService() {
        Agreement frozen = w.signed(w.assistant, w.terms());

        assertThatThrownBy(() -> agreements.edit(frozen.id(), w.terms().withRationale("Sneaky"), w.cisoAlone))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Version 1 is signed and frozen, so it cannot be edited. Amend it to propose a new version.");
        assertThatThrownBy(() -> agreements.sign(frozen.id(), w.ciso, RevealedWorkshop.CISO_PIN)).hasMessageContaining("cannot be signed");
        assertThatThrownBy(() -> agreements.propose(w.assistant.id(), w.terms(), w.cisoAlone))
                .hasMessage("\u201CGen-AI support assistant\u201D has a signed agreement (version 1); amend it to "
                        + "propose a change.");
        assertThat(agreements.agreement(frozen.id())).isEqualTo(frozen);
    }

    @Test
    void anAmendmentSupersedesTheOldVersionOnceBothSignItAndEveryVersionStaysReadable() {
        Agreement v1 = w.signed(w.assistant, w.terms());

        Agreement v2 = agreements.amend(v1.id(), w.terms().withResidual(2, 3), w.both);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.supersedes()).isEqualTo(v1.id());
        assertThatThrownBy(() -> agreements.amend(v1.id(), w.cisoAlone))
                .hasMessage("\u201CGen-AI support assistant\u201D already has a draft agreement (version 2); edit that "
                        + "draft instead.");
        assertThat(agreements.current(w.assistant.id())).as("v1 holds until both sign v2").contains(v1);

        agreements.sign(v2.id(), w.ciso, RevealedWorkshop.CISO_PIN);
        Agreement signed = agreements.sign(v2.id(), w.cto, RevealedWorkshop.CTO_PIN);

        assertThat(signed.status()).isEqualTo(AgreementStatus.FROZEN);
        assertThat(agreements.current(w.assistant.id())).contains(signed);
        Agreement old = agreements.agreement(v1.id());
        assertThat(old.status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(old.supersededBy()).isEqualTo(signed.id());
        assertThat(old.terms()).isEqualTo(v1.terms());
        assertThat(old.snapshot()).isEqualTo(v1.snapshot());
        assertThat(agreements.versions(w.assistant.id())).extracting(Agreement::version, Agreement::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, AgreementStatus.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(2, AgreementStatus.FROZEN));
        assertThat(kinds()).first().isEqualTo("AGREEMENT_SUPERSEDED");
        assertThatThrownBy(() -> agreements.amend(v1.id(), w.cisoAlone))
                .hasMessage("Only the current signed agreement can be amended; version 1 is superseded.");
        assertThat(w.services.audit().verify().intact()).isTrue();
    }

    @Test
    void aRevocationNeedsBothSignaturesAndThenANewAgreementMayBeProposed() {
        Agreement frozen = w.signed(w.assistant, w.terms());

        Agreement pending = agreements.signRevocation(frozen.id(), w.cto, RevealedWorkshop.CTO_PIN);
        assertThat(pending.revocationPending()).isTrue();
        assertThat(agreements.current(w.assistant.id())).isPresent();
        assertThat(kinds()).first().isEqualTo("AGREEMENT_SIGNED");

        Agreement revoked = agreements.signRevocation(frozen.id(), w.ciso, RevealedWorkshop.CISO_PIN);
        assertThat(revoked.status()).isEqualTo(AgreementStatus.REVOKED);
        assertThat(agreements.current(w.assistant.id())).isEmpty();
        assertThat(kinds()).startsWith("AGREEMENT_REVOKED", "AGREEMENT_SIGNED");
        assertThat(revoked.terms()).isEqualTo(frozen.terms());

        Agreement fresh = agreements.propose(w.assistant.id(), w.terms().withDecision(Decision.DEFER), w.cisoAlone);
        assertThat(fresh.version()).isEqualTo(2);
        assertThat(fresh.supersedes()).isNull();
        assertThat(w.services.audit().verify().intact()).isTrue();
    }

    @Test
    void anAgreementWaitsForTheRevealOfScoresAndAppetites() {
        Initiative unscored = w.services.initiatives().add(w.workshop.id(),
                new InitiativeDraft("Passkeys", "", "", "", null, List.of()), TestConsent.nobody());

        assertThatThrownBy(() -> agreements.propose(unscored.id(), w.terms(), w.cisoAlone))
                .hasMessage("\u201CPasskeys\u201D has not been revealed yet: both parties' scores must be revealed "
                        + "before an agreement is proposed.");
    }

    @Test
    void aDraftProposedUnderAnotherAgreedAppetiteMustBeSavedAgainBeforeSigning() {
        Agreement draft = agreements.propose(w.assistant.id(), w.terms(), w.cisoAlone);
        w.services.divergence().setAppetite(w.workshop.id(), AppetiteHolder.AGREED, Frontier.of(4, 6, 8, 10, 12), w.both);

        assertThatThrownBy(() -> agreements.sign(draft.id(), w.ciso, RevealedWorkshop.CISO_PIN))
                .hasMessage("The agreed appetite changed since version 1 was proposed (from 5,7,10,12,15 to "
                        + "4,6,8,10,12). Save the draft again so it is judged on the current appetite; then both sign it.");
        Agreement saved = agreements.edit(draft.id(), draft.terms(), w.cisoAlone);
        assertThat(saved.agreedAppetite()).isEqualTo(Frontier.of(4, 6, 8, 10, 12));
        assertThat(agreements.sign(draft.id(), w.ciso, RevealedWorkshop.CISO_PIN).firstSignature()).isNotNull();
    }

    @Test
    void aWorkshopOrInitiativeWithASignedAgreementCannotBeDeleted() {
        w.signed(w.assistant, w.terms());
        agreements.propose(w.pipeline.id(), w.terms(), w.cisoAlone);

        assertThatThrownBy(() -> w.services.workshops().delete(w.workshop.id(), w.both))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("\u201CQ3 review\u201D cannot be deleted: one of its agreements was signed by both "
                        + "parties, and the register keeps every signed agreement.");
        assertThatThrownBy(() -> w.services.initiatives().delete(w.assistant.id(), w.both))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("\u201CGen-AI support assistant\u201D cannot be deleted: its agreement was signed by both "
                        + "parties on the initiative as it stands, and the register keeps every signed agreement. "
                        + "Amend the agreement to record a change.");

        w.services.initiatives().delete(w.pipeline.id(), w.both);
        assertThat(w.services.initiatives().initiatives(w.workshop.id())).extracting(Initiative::title)
                .containsExactly("Gen-AI support assistant");
        assertThat(agreements.agreements(w.workshop.id())).hasSize(1);
        assertThat(w.services.audit().verify().intact()).isTrue();
    }

    @Test
    void aWorkshopWithOnlyDraftAgreementsCanStillBeDeleted() {
        agreements.propose(w.pipeline.id(), w.terms(), w.cisoAlone);

        w.services.workshops().delete(w.workshop.id(), w.both);

        assertThat(w.services.workshops().workshops()).isEmpty();
    }

    @Test
    void notesAreAttributedAndKeptInTheOrderTheyWereWritten() {
        NoteService notes = w.services.notes();
        notes.add(w.assistant.id(), w.ciso, "  Who signs the DPA? ", w.both);
        clock.advance(Duration.ofSeconds(1));
        notes.add(w.assistant.id(), w.cto, "Legal, by the end of the month.", w.both);
        clock.advance(Duration.ofSeconds(1));
        notes.add(w.pipeline.id(), w.cto, "Another initiative.", w.both);

        List<Note> discussion = notes.notes(w.assistant.id());

        assertThat(discussion).extracting(Note::author, Note::seat, Note::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CISO", Seat.FIRST, "Who signs the DPA?"),
                org.assertj.core.groups.Tuple.tuple("CTO", Seat.SECOND, "Legal, by the end of the month."));
        assertThat(discussion.get(1).writtenAt()).isEqualTo(discussion.get(0).writtenAt().plusSeconds(1));
        assertThatThrownBy(() -> notes.add(w.assistant.id(), w.ciso, " ", w.both)).hasMessage("A note needs some text.");
        AuditChain.Entry event = w.services.audit().events(w.workshop.id()).get(0);
        assertThat(event.kind()).isEqualTo("NOTE_ADDED");
        assertThat(event.actor()).isEqualTo("CTO");
        assertThat(event.subjectId()).isEqualTo(w.pipeline.id());
    }

    @Test
    void theRegisterHasOneRowPerInitiativeWithItsCurrentAgreementAndLatestRevealedScores() {
        Agreement signed = w.signed(w.assistant, w.terms());
        agreements.propose(w.pipeline.id(), w.terms(), w.cisoAlone);

        List<RegisterRow> rows = w.services.register().rows(w.workshop.id());

        assertThat(rows).extracting(r -> r.initiative().title())
                .containsExactly("Gen-AI support assistant", "DevSecOps pipeline");
        assertThat(rows.get(0).agreement()).isEqualTo(signed);
        assertThat(rows.get(0).first().riskScore()).isEqualTo(16);
        assertThat(rows.get(0).second().riskScore()).isEqualTo(9);
        assertThat(rows.get(1).agreement()).as("a draft is not in the register").isNull();
        assertThat(w.services.register().agreedRows(w.workshop.id())).hasSize(1);
    }
}
