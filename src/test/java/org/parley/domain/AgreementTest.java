package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The life of an agreement: draft, signed by one, frozen; edits clear signatures; versions; revocation. */
class AgreementTest {

    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    static final Party CISO = new Party(1, 10, Seat.FIRST, "Amira Haddad", "CISO", "#1F6FEB", false);
    static final Party CTO = new Party(2, 10, Seat.SECOND, "Jonas Berg", "CTO", "#D4651C", false);
    static final Actor BY = Actor.of(CISO);

    static Agreement draft() {
        return draftOf(AgreementRulesTest.valid());
    }

    /** A snapshot of one revealed initiative: the CISO scores 4×4 at value 3.5, the CTO 3×3 at 4.5. */
    static AgreementSnapshot snapshot(AgreementTerms terms) {
        Initiative initiative = new Initiative(100, 10, "Gen-AI support assistant", "", "", "", null, List.of(), T0);
        Assessment first = new Assessment(1, 100, Seat.FIRST, 1, RiskScore.of(4, 4), Map.of(7L, 3, 8L, 4), 3.5,
                "Transcripts hold personal data.", T0);
        Assessment second = new Assessment(2, 100, Seat.SECOND, 1, RiskScore.of(3, 3), Map.of(7L, 5, 8L, 4), 4.5,
                "EU hosting, zero retention.", T0);
        Appetites appetites = new Appetites(Frontier.of(4, 6, 8, 10, 12), Frontier.of(6, 9, 12, 15, 18).withCap(20),
                AgreementRulesTest.AGREED, true, true);
        return AgreementSnapshot.take(new Analysis.Revealed(initiative, 1, first, second), appetites,
                List.of(CISO, CTO),
                List.of(new ValueCriterion(7, 1, "Growth", 1), new ValueCriterion(8, 2, "Efficiency", 1)),
                terms, T0.plusSeconds(60));
    }

    static Agreement draftOf(AgreementTerms terms) {
        return Agreement.propose(10, 100, 1, null, terms, AgreementRulesTest.AGREED, T0, BY);
    }

    static Agreement frozen() {
        return frozenOf(AgreementRulesTest.valid());
    }

    /** An agreement on {@code terms}, signed by both and frozen: current, as the register shows it. */
    static Agreement frozenOf(AgreementTerms terms) {
        Agreement signed = draftOf(terms).sign(CISO, T0.plusSeconds(10)).sign(CTO, T0.plusSeconds(20));
        return signed.freeze(snapshot(signed.terms()), T0.plusSeconds(20));
    }

    @Test
    void aDraftSignedByOneStaysADraftAndByBothCanBeFrozen() {
        Agreement draft = draft();
        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.stateText("CISO", "CTO")).isEqualTo("Draft, not signed");

        Agreement byOne = draft.sign(CTO, T0.plusSeconds(10));
        assertThat(byOne.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(byOne.signature(Seat.SECOND).label()).isEqualTo("Jonas Berg (CTO)");
        assertThat(byOne.signature(Seat.FIRST)).isNull();
        assertThat(byOne.stateText("CISO", "CTO")).isEqualTo("Draft, signed by CTO");
        assertThatThrownBy(() -> byOne.freeze(snapshot(byOne.terms()), T0))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Version 1 can be frozen only once both parties have signed it.");
        assertThatThrownBy(() -> byOne.sign(CTO, T0))
                .hasMessage("Jonas Berg (CTO) has already signed version 1.");

        Agreement both = byOne.sign(CISO, T0.plusSeconds(20));
        Agreement frozen = both.freeze(snapshot(both.terms()), T0.plusSeconds(20));
        assertThat(frozen.status()).isEqualTo(AgreementStatus.FROZEN);
        assertThat(frozen.isCurrent()).isTrue();
        assertThat(frozen.frozenAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(frozen.stateText("CISO", "CTO")).isEqualTo("Signed");
    }

    @Test
    void anInitiativesVersionsSayWhereItsAgreementStands() {
        Agreement signed = frozen();
        Agreement next = signed.amend(2, signed.terms(), signed.agreedAppetite(), T0.plusSeconds(30), BY);

        assertThat(AgreementVersions.of(List.of()).summary()).isEqualTo("Not agreed");
        assertThat(AgreementVersions.of(List.of(draft())).summary()).isEqualTo("Draft v1");
        assertThat(AgreementVersions.of(List.of(signed)).summary()).isEqualTo("Signed v1");
        assertThat(AgreementVersions.of(List.of(signed, next)).summary()).isEqualTo("Draft v2");
        assertThat(AgreementVersions.of(List.of(signed, next)).current()).isSameAs(signed);
        assertThat(AgreementVersions.of(List.of(signed)).exception()).isEqualTo(signed.isException());
        assertThat(AgreementVersions.of(List.of(draft())).exception()).isFalse();
    }

    @Test
    void aProposalStartsFromTheMeanValueAndTheHigherOfEachScore() {
        Assessment first = new Assessment(1, 100, Seat.FIRST, 1, RiskScore.of(4, 2), Map.of(7L, 3), 3.25, "", T0);
        Assessment second = new Assessment(2, 100, Seat.SECOND, 1, RiskScore.of(3, 5), Map.of(7L, 4), 4.0, "", T0);

        AgreementTerms terms = AgreementTerms.proposedFrom(first, second);

        // (3.25 + 4.0) / 2 = 3.625, to one decimal half up 3.6; likelihood max(4, 3), impact max(2, 5).
        assertThat(terms.agreedValue()).isEqualTo(3.6);
        assertThat(terms.inherentRisk()).isEqualTo(RiskScore.of(4, 5));
        assertThat(terms.residualRisk()).isEqualTo(RiskScore.of(4, 5));
        assertThat(terms.conditions()).isEmpty();
        assertThat(terms.decision()).isNull();
        assertThat(terms.treatment()).isNull();
        assertThat(terms.riskOwner()).isEmpty();
        assertThat(terms.reviewDate()).isNull();
        assertThat(AgreementTerms.proposedFrom(second, first)).isEqualTo(terms);
    }

    @Test
    void editingADraftClearsEverySignature() {
        Agreement signedByOne = draft().sign(CISO, T0.plusSeconds(10));

        Agreement edited = signedByOne.edit(signedByOne.terms().withRationale("Changed our minds."),
                AgreementRulesTest.AGREED, T0.plusSeconds(30), Actor.of(CTO));

        assertThat(edited.firstSignature()).isNull();
        assertThat(edited.secondSignature()).isNull();
        assertThat(edited.proposedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(edited.proposedBy()).isEqualTo("Jonas Berg (CTO)");
        assertThat(edited.terms().rationale()).isEqualTo("Changed our minds.");
    }

    @Test
    void aFrozenAgreementCannotBeEditedSignedOrFrozenAgain() {
        Agreement frozen = frozen();

        assertThatThrownBy(() -> frozen.edit(frozen.terms(), AgreementRulesTest.AGREED, T0, BY))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Version 1 is signed and frozen, so it cannot be edited. Amend it to propose a new version.");
        assertThatThrownBy(() -> frozen.sign(CISO, T0)).hasMessageContaining("cannot be signed");
        assertThatThrownBy(() -> frozen.freeze(frozen.snapshot(), T0)).hasMessageContaining("cannot be frozen");
    }

    @Test
    void anAmendmentIsANewDraftVersionThatSupersedesTheOldOnceSigned() {
        Agreement v1 = withId(frozen(), 5);

        Agreement v2 = v1.amend(2, v1.terms().withResidual(3, 3), AgreementRulesTest.AGREED, T0.plusSeconds(100), BY);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.supersedes()).isEqualTo(5);
        assertThat(v2.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(v2.bothSigned()).isFalse();

        Agreement old = v1.supersede(6, T0.plusSeconds(200));
        assertThat(old.status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(old.supersededBy()).isEqualTo(6);
        assertThat(old.terms()).isEqualTo(v1.terms());
        assertThat(old.snapshot()).isEqualTo(v1.snapshot());
        assertThat(old.isCurrent()).isFalse();
        assertThatThrownBy(() -> old.amend(3, old.terms(), AgreementRulesTest.AGREED, T0, BY))
                .hasMessage("Only the current signed agreement can be amended; version 1 is superseded.");
        assertThatThrownBy(() -> draft().amend(2, draft().terms(), AgreementRulesTest.AGREED, T0, BY))
                .hasMessage("Only the current signed agreement can be amended; version 1 is draft.");
    }

    @Test
    void aRevocationIsPendingWithOneSignatureAndRevokesWithBoth() {
        Agreement frozen = frozen();

        Agreement pending = frozen.signRevocation(CTO, T0.plusSeconds(300));
        assertThat(pending.status()).isEqualTo(AgreementStatus.FROZEN);
        assertThat(pending.revocationPending()).isTrue();
        assertThat(pending.isCurrent()).isTrue();
        assertThat(pending.stateText("CISO", "CTO")).isEqualTo("Signed; revocation signed by CTO");
        assertThatThrownBy(() -> pending.signRevocation(CTO, T0))
                .hasMessage("Jonas Berg (CTO) has already signed the revocation of version 1; the other party's "
                        + "signature is still needed.");

        Agreement revoked = pending.signRevocation(CISO, T0.plusSeconds(400));
        assertThat(revoked.status()).isEqualTo(AgreementStatus.REVOKED);
        assertThat(revoked.revokedAt()).isEqualTo(T0.plusSeconds(400));
        assertThat(revoked.isCurrent()).isFalse();
        assertThat(revoked.revocationPending()).isFalse();
        assertThatThrownBy(() -> revoked.signRevocation(CISO, T0))
                .hasMessage("Version 1 is revoked; only a signed, current agreement can be revoked.");
        assertThatThrownBy(() -> draft().signRevocation(CISO, T0))
                .hasMessage("Version 1 is draft; only a signed, current agreement can be revoked.");
    }

    @Test
    void aPartyOfAnotherWorkshopCannotSign() {
        Party stranger = new Party(9, 99, Seat.FIRST, "Eve", "CISO", "#000000", false);

        assertThatThrownBy(() -> draft().sign(stranger, T0))
                .hasMessage("Eve (CISO) is not a party of this agreement's workshop.");
    }

    @Test
    void aRevocationSignedByTheFirstPartyIsPendingUntilTheSecondSigns() {
        Agreement pending = frozen().signRevocation(CISO, T0.plusSeconds(300));

        assertThat(pending.revocationPending()).isTrue();
        assertThat(pending.stateText("CISO", "CTO")).isEqualTo("Signed; revocation signed by CISO");
        assertThat(pending.signRevocation(CTO, T0.plusSeconds(400)).stateText("CISO", "CTO")).isEqualTo("Revoked");
        assertThat(frozen().revocationPending()).isFalse();
    }

    @Test
    void aDraftSignedByTheFirstPartyWithItsKeyCarriesTheSignature() {
        Agreement signed = draft().sign(CISO, T0.plusSeconds(10), "proof", "key");

        assertThat(signed.isDraft()).isTrue();
        assertThat(signed.signature(Seat.FIRST).signed()).isTrue();
        assertThat(signed.stateText("CISO", "CTO")).isEqualTo("Draft, signed by CISO");
        assertThat(frozen().isDraft()).isFalse();
    }

    @Test
    void theDayOfAProposalIsTheDayWhereItWasMade() {
        Agreement late = Agreement.propose(10, 100, 1, null, AgreementRulesTest.valid(), AgreementRulesTest.AGREED,
                Instant.parse("2026-11-23T23:30:00Z"), BY);

        assertThat(late.proposedOn(java.time.ZoneOffset.UTC)).isEqualTo("2026-11-23");
        assertThat(late.proposedOn(java.time.ZoneId.of("Europe/Berlin"))).isEqualTo("2026-11-24");
    }

    @Test
    void aPartyOfAnotherWorkshopCannotSignARevocation() {
        Party stranger = new Party(9, 99, Seat.SECOND, "Eve", "CTO", "#000000", false);
        Agreement pending = frozen().signRevocation(CISO, T0.plusSeconds(300));

        assertThatThrownBy(() -> pending.signRevocation(stranger, T0.plusSeconds(400)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Eve (CTO) is not a party of this agreement's workshop.");
    }

    @Test
    void residualRiskExactlyAtTheAgreedLimitIsNoExceptionAndAboveItIs() {
        // AGREED is 5,7,10,12,15: its limit is 12 at value 4.0 and 11 at value 3.5; residual 3 x 4 is 12.
        AgreementTerms atTheLimit = AgreementRulesTest.valid().withResidual(3, 4);
        AgreementTerms aboveTheLimit = atTheLimit.withAgreedValue(3.5);

        assertThat(draftOf(atTheLimit).isException()).isFalse();
        assertThat(draftOf(aboveTheLimit).isException()).isTrue();
    }

    @Test
    void residualRiskAboveTheAgreedAppetiteIsAnExceptionOnlyWhenTheInitiativeGoesAhead() {
        AgreementTerms above = AgreementRulesTest.valid().withResidual(3, 4).withAgreedValue(3.5);

        assertThat(draftOf(above.withDecision(Decision.PROCEED)).isException()).isTrue();
        assertThat(draftOf(above.withDecision(Decision.PILOT)).isException()).isTrue();
        assertThat(draftOf(above.withDecision(Decision.DEFER)).isException()).isFalse();
        assertThat(draftOf(above.withDecision(Decision.REJECT)).isException()).isFalse();
        assertThat(draftOf(above.withDecision(null)).isException()).isFalse();
    }

    @Test
    void aDraftWhoseTermsAreIncompleteIsNoException() {
        assertThat(draftOf(AgreementRulesTest.valid().withAgreedValue(null)).isException()).isFalse();
        assertThat(draftOf(AgreementRulesTest.valid().withResidual(null, 4)).standing()).isNull();
    }

    @Test
    void aFrozenAgreementIsJudgedOnTheStandingItsSnapshotFroze() {
        Agreement signed = draft().sign(CISO, T0.plusSeconds(10)).sign(CTO, T0.plusSeconds(20));
        AgreementTerms aboveTheLimit = signed.terms().withResidual(3, 4).withAgreedValue(3.5);

        Agreement frozen = signed.freeze(snapshot(aboveTheLimit), T0.plusSeconds(20));

        assertThat(signed.isException()).isFalse();
        assertThat(frozen.standing().residual().value()).isEqualTo(12);
        assertThat(frozen.isException()).isTrue();
    }

    @Test
    void theSnapshotHoldsBothAssessmentsTheThreeFrontiersAndEveryVerdict() {
        AgreementSnapshot snapshot = frozen().snapshot();

        assertThat(snapshot.first().label()).isEqualTo("Amira Haddad (CISO)");
        assertThat(snapshot.first().risk().value()).isEqualTo(16);
        assertThat(snapshot.second().value()).isEqualTo(4.5);
        assertThat(snapshot.second().criteria()).containsEntry("Growth", 5).containsEntry("Efficiency", 4);
        assertThat(snapshot.agreedAppetite()).isEqualTo(AgreementRulesTest.AGREED);
        // CISO 16 at 3.5: A limit 9, B limit 13.5, agreed 11. CTO 9 at 4.5: A 11, B 16.5, agreed 13.5.
        assertThat(List.of(snapshot.firstOnFirst(), snapshot.firstOnSecond(), snapshot.secondOnFirst(),
                snapshot.secondOnSecond(), snapshot.agreedOnFirst(), snapshot.agreedOnSecond()))
                .containsExactly(Verdict.REJECT, Verdict.ACCEPT, Verdict.REJECT, Verdict.ACCEPT, Verdict.REJECT,
                        Verdict.ACCEPT);
        assertThat(snapshot.divergence()).isEqualTo(DivergenceClass.PERCEPTION_GAP);
        assertThat(snapshot.agreement().residual().value()).isEqualTo(8);
        assertThat(snapshot.agreement().exception()).isFalse();
    }

    @Test
    void theSnapshotReadsBackFromItsJsonToTheSameText() throws Exception {
        AgreementSnapshot snapshot = frozen().snapshot();
        String json = snapshot.toJson();

        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readValue(json, Map.class);
        AgreementSnapshot back = AgreementSnapshot.fromMap(parsed);

        assertThat(back).isEqualTo(snapshot);
        assertThat(back.toJson()).isEqualTo(json);
        assertThat(json).startsWith("{\"agreement\":{\"agreedValue\":4.0,\"appetiteLimit\":12.0000,");
    }

    static Agreement withId(Agreement a, long id) {
        return new Agreement(id, a.workshopId(), a.initiativeId(), a.version(), a.supersedes(), a.status(), a.terms(),
                a.agreedAppetite(), a.proposedAt(), a.proposedBy(), a.firstSignature(), a.secondSignature(),
                a.frozenAt(), a.snapshot(), a.firstRevocation(), a.secondRevocation(), a.revokedAt(), a.supersededBy(),
                a.supersededAt());
    }
}
