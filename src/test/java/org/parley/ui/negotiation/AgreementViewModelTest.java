package org.parley.ui.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.service.SampleWorkshop;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatus;
import org.parley.domain.Decision;
import org.parley.domain.Seat;
import org.parley.domain.Treatment;
import org.parley.domain.Workshop;
import org.parley.domain.quant.LossEstimate;
import org.parley.domain.Party;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.PinPrompt;
import org.parley.ui.common.ViewModelFixture;
import org.parley.testing.TestStores;

/** The agreement on the initiative chosen in the negotiation page, as a person reaches it: by choosing one. */
class AgreementViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private NegotiationViewModel page;
    private AgreementViewModel model;
    private PinPrompt pins;
    private Workshop workshop;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, true);
        workshop = fixture.services.workshops().workshop(fixture.services.workshops().workshops().get(0).id());
        pins = new PinPrompt(fixture.tasks, fixture.state);
        page = new NegotiationViewModel(fixture.services.divergence(), fixture.services.agreements(),
                fixture.services.notes(), fixture.tasks, fixture.dialogs, fixture.state, pins);
        model = page.agreement();
        fixture.state.show(workshop, fixture.services.workshops().parties(workshop.id()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void select(String title) {
        page.select(page.items().items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow());
    }

    private List<Agreement> versions(String title) {
        long id = page.items().items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow().id();
        return fixture.services.agreements().versions(id);
    }

    private Party party(int index) {
        return fixture.state.parties().get(index);
    }

    /** The CISO takes the laptop: it proposes, and signs in a dialog over its own screen. */
    private void cisoAtTheLaptop() {
        fixture.activate(party(0), SampleWorkshop.FIRST_PIN);
    }

    private void signAsCisoInTheDialog() {
        fixture.dialogs.answer(new DialogService.PinChange(SampleWorkshop.FIRST_PIN, null));
        model.sign(Seat.FIRST);
    }

    /** The CTO, not at the laptop, signs behind the cover with its PIN. */
    private void signAsCtoBehindTheCover() {
        model.sign(Seat.SECOND);
        assertThat(pins.askingProperty().get()).as("the CTO is asked behind the cover").isEqualTo(party(1));
        pins.pinProperty().set(SampleWorkshop.SECOND_PIN);
        pins.agree();
        assertThat(pins.askingProperty().get()).as("the cover goes once signed").isNull();
    }

    private void fillProceed(String rationale) {
        AgreementForm form = model.form();
        form.decisionProperty().set(Decision.PROCEED);
        form.treatmentProperty().set(Treatment.ACCEPT);
        form.riskOwnerProperty().set("Head of Infrastructure");
        form.reviewDateProperty().set(fixture.services.agreements().today().plusMonths(6));
        form.rationaleProperty().set(rationale);
    }

    @Test
    void aProposalStartsFromBothPartiesScores() {
        select("Zero-trust network access");

        AgreementForm form = model.form();
        // CISO 2×2, value 4.0; CTO 2×3, value 3.5: the mean value and the higher risk of each.
        assertThat(form.agreedValueProperty().get()).isEqualTo("3.8");
        assertThat(form.inherentLikelihoodProperty().get()).isEqualTo(2);
        assertThat(form.inherentImpactProperty().get()).isEqualTo(3);
        assertThat(form.editableProperty().get()).isTrue();
    }

    @Test
    void aResidualLossTypedInTheFormIsSavedSignedAndCarriedIntoAnAmendment() {
        cisoAtTheLaptop();
        select("Zero-trust network access");
        AgreementForm form = model.form();
        assertThat(form.residualLoss().probabilityProperty().get()).as("a proposal starts without one").isEmpty();
        fillProceed("Replaces the flat VPN; the connector is the only new exposure.");
        form.residualLoss().probabilityProperty().set("2%");
        form.residualLoss().lowProperty().set("100 k");
        form.residualLoss().highProperty().set("1 M");
        assertThat(form.dirtyProperty().get()).isTrue();

        model.saveDraft();
        signAsCisoInTheDialog();
        signAsCtoBehindTheCover();

        LossEstimate agreed = new LossEstimate(0.02, 100_000, 1_000_000);
        assertThat(versions("Zero-trust network access").get(0).terms().residualLoss()).isEqualTo(agreed);
        assertThat(form.residualLoss().lowProperty().get()).isEqualTo("100000");
        assertThat(form.dirtyProperty().get()).isFalse();
        model.amend();
        assertThat(form.residualLoss().highProperty().get()).as("the amendment starts from it").isEqualTo("1000000");
        form.residualLoss().probabilityProperty().set("");
        form.residualLoss().lowProperty().set("");
        form.residualLoss().highProperty().set("");
        assertThat(form.dirtyProperty().get()).isTrue();
        model.saveDraft();
        assertThat(versions("Zero-trust network access")).extracting(a -> a.terms().residualLoss())
                .containsExactlyInAnyOrder(agreed, null);
    }

    @Test
    void halfAResidualLossIsAProblemAtItsFieldKeepsTheFormDirtyAndNothingIsSaved() {
        select("Zero-trust network access");
        AgreementForm form = model.form();
        fillProceed("Replaces the flat VPN.");
        assertThat(form.validProperty().get()).isTrue();

        form.residualLoss().probabilityProperty().set("5%");

        assertThat(form.problemProperty("residualLoss").get()).startsWith("A loss estimate needs all three");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.dirtyProperty().get()).isTrue();
        model.saveDraft();
        assertThat(versions("Zero-trust network access")).isEmpty();
        form.residualLoss().probabilityProperty().set("");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.problemProperty("residualLoss").get()).isEmpty();
    }

    @Test
    void rulesAreShownAtTheirFieldsAndNothingIsSaved() {
        select("Zero-trust network access");
        model.form().decisionProperty().set(Decision.PROCEED_WITH_CONDITIONS);

        model.saveDraft();

        assertThat(model.form().problemProperty("rationale").get()).startsWith("Rationale is required");
        assertThat(model.form().problemProperty("conditions").get())
                .isEqualTo("\u201CProceed with conditions\u201D needs at least one condition.");
        assertThat(versions("Zero-trust network access")).isEmpty();
    }

    @Test
    void bothSignAFrozenVersionThatCanOnlyBeAmended() {
        cisoAtTheLaptop();
        select("Zero-trust network access");
        fillProceed("Replaces the flat VPN; the connector is the only new exposure.");
        model.saveDraft();
        assertThat(model.shownStateProperty().get()).isEqualTo("Version 1: Draft, not signed");

        signAsCisoInTheDialog();
        assertThat(model.shownStateProperty().get()).isEqualTo("Version 1: Draft, signed by CISO");
        signAsCtoBehindTheCover();

        assertThat(model.shownStateProperty().get()).isEqualTo("Version 1: Signed");
        assertThat(model.form().editableProperty().get()).isFalse();
        assertThat(model.canAmendProperty().get()).isTrue();

        model.amend();
        model.form().rationaleProperty().set("Replaces the VPN; connector hardened.");
        model.saveDraft();
        signAsCtoBehindTheCover();
        signAsCisoInTheDialog();

        assertThat(versions("Zero-trust network access")).extracting(Agreement::version, Agreement::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, AgreementStatus.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(2, AgreementStatus.FROZEN));
        assertThat(model.versions()).hasSize(2);
        assertThat(page.items().selectedProperty().get().status()).as("the list says so too").isEqualTo("Signed v2");
    }

    @Test
    void aSignedVersionIsRevokedOnceBothSignTheRevocation() {
        cisoAtTheLaptop();
        select("Zero-trust network access");
        fillProceed("Replaces the flat VPN.");
        model.saveDraft();
        signAsCisoInTheDialog();
        signAsCtoBehindTheCover();

        fixture.dialogs.answer(new DialogService.PinChange(SampleWorkshop.FIRST_PIN, null));
        model.revoke(Seat.FIRST);
        assertThat(fixture.state.statusProperty().get())
                .isEqualTo("Amira Haddad (CISO) signed the revocation; the other party must sign it too.");
        assertThat(versions("Zero-trust network access").get(0).status()).isEqualTo(AgreementStatus.FROZEN);

        model.revoke(Seat.SECOND);
        assertThat(pins.whatProperty().get()).isEqualTo("sign the revocation of version 1 of the agreement on "
                + "\u201CZero-trust network access\u201D");
        pins.pinProperty().set(SampleWorkshop.SECOND_PIN);
        pins.agree();

        assertThat(fixture.state.statusProperty().get())
                .isEqualTo("Both signed the revocation: version 1 is revoked.");
        assertThat(versions("Zero-trust network access").get(0).status()).isEqualTo(AgreementStatus.REVOKED);
        assertThat(model.canAmendProperty().get()).isFalse();
    }

    @Test
    void theOtherPartysWrongPinIsSaidOnTheCoverAndCancellingSignsNothing() {
        cisoAtTheLaptop();
        select("Zero-trust network access");
        fillProceed("Replaces the flat VPN.");
        model.saveDraft();

        model.sign(Seat.SECOND);
        assertThat(fixture.dialogs.shown()).as("no dialog over the CISO's screen asks the CTO's PIN")
                .noneMatch(text -> text.contains("Jonas Berg"));
        assertThat(pins.whatProperty().get())
                .isEqualTo("sign version 1 of the agreement on \u201CZero-trust network access\u201D");
        pins.pinProperty().set("not-the-pin");
        pins.agree();

        assertThat(pins.askingProperty().get()).as("the cover stays for another try").isEqualTo(party(1));
        assertThat(pins.messageProperty().get()).contains("Wrong PIN");
        assertThat(pins.pinProperty().get()).as("the wrong PIN is cleared").isEmpty();
        assertThat(versions("Zero-trust network access").get(0).signature(Seat.SECOND)).isNull();

        pins.cancel();

        assertThat(pins.askingProperty().get()).isNull();
        assertThat(model.shownStateProperty().get()).isEqualTo("Version 1: Draft, not signed");
        assertThat(versions("Zero-trust network access").get(0).signature(Seat.SECOND)).isNull();
    }

    /** Every field of the form by its problem key, with the first condition's. */
    private static final List<String> FIELDS = List.of("agreedValue", "inherentLikelihood", "inherentImpact",
            "conditions", "conditions[0].description", "conditions[0].owner", "conditions[0].dueDate",
            "residualLikelihood", "residualImpact", "residualRisk", "decision", "treatment", "riskOwner",
            "reviewDate", "rationale");

    private List<String> shownProblems() {
        return FIELDS.stream().filter(key -> !model.form().problemProperty(key).get().isEmpty()).toList();
    }

    @Test
    void aNewProposalShowsNoProblemBeforeAFieldIsEditedAndEveryProblemOnceASaveIsTried() {
        select("Zero-trust network access");
        AgreementForm form = model.form();
        form.addCondition();

        assertThat(form.validProperty().get()).as("the terms are not complete yet").isFalse();
        assertThat(shownProblems()).as("nothing typed yet").isEmpty();

        form.decisionProperty().set(Decision.PROCEED_WITH_CONDITIONS);
        form.riskOwnerProperty().set("Head of Infrastructure");
        form.riskOwnerProperty().set("");
        form.conditions().get(0).ownerProperty().set("x");
        form.conditions().get(0).ownerProperty().set("");
        assertThat(shownProblems()).as("only the fields the person emptied; the review date the decision "
                + "needs waits").containsExactly(
                "conditions[0].owner", "riskOwner");

        model.saveDraft();

        assertThat(shownProblems()).containsExactly("conditions[0].description", "conditions[0].owner",
                "conditions[0].dueDate", "treatment", "riskOwner", "reviewDate", "rationale");
        assertThat(versions("Zero-trust network access")).isEmpty();
    }

    @Test
    void anotherInitiativesTermsStartWithoutProblemsAgainAfterASaveWasTriedOnOne() {
        select("Zero-trust network access");
        model.saveDraft();
        assertThat(shownProblems()).isNotEmpty();

        select("Partner API marketplace");

        assertThat(shownProblems()).isEmpty();
    }

    @Test
    void theFormSaysWhoSignedAndWhen() {
        cisoAtTheLaptop();
        select("Zero-trust network access");
        SignOffs signOffs = model.signOffs();
        assertThat(signOffs.lineProperty(Seat.FIRST).get()).isEqualTo("Not signed yet");
        assertThat(signOffs.canSignProperty(Seat.FIRST).get()).as("nothing saved to sign").isFalse();
        fillProceed("Replaces the flat VPN.");
        model.saveDraft();
        assertThat(signOffs.canSignProperty(Seat.FIRST).get()).isTrue();

        signAsCisoInTheDialog();

        // The store's clock stands still, so the signature's time is the clock's, shown in this machine's zone.
        String when = String.format("%1$tY-%1$tm-%1$td %1$tH:%1$tM",
                TestStores.CLOCK.instant().atZone(ZoneId.systemDefault()));
        assertThat(signOffs.lineProperty(Seat.FIRST).get()).isEqualTo("Signed by Amira Haddad (CISO) on " + when);
        assertThat(signOffs.lineProperty(Seat.SECOND).get()).isEqualTo("Not signed yet");
        assertThat(signOffs.canSignProperty(Seat.FIRST).get()).isFalse();
        assertThat(signOffs.canSignProperty(Seat.SECOND).get()).isTrue();

        signAsCtoBehindTheCover();

        assertThat(signOffs.lineProperty(Seat.SECOND).get()).isEqualTo("Signed by Jonas Berg (CTO) on " + when);
        assertThat(signOffs.lineProperty(Seat.FIRST).get()).as("a frozen version keeps its signatures")
                .startsWith("Signed by Amira Haddad (CISO)");
        assertThat(signOffs.canSignProperty(Seat.SECOND).get()).isFalse();
    }

    @Test
    void savingChangedTermsThatOnePartySignedWarnsThenSaysTheSignatureWasCleared() {
        cisoAtTheLaptop();
        select("Zero-trust network access");
        fillProceed("Replaces the flat VPN.");
        model.saveDraft();
        signAsCisoInTheDialog();
        assertThat(model.signOffs().saveWarningProperty().get()).as("nothing changed yet").isEmpty();

        model.form().rationaleProperty().set("Replaces the flat VPN; connector hardened.");
        assertThat(model.signOffs().saveWarningProperty().get())
                .isEqualTo("Saving changed terms clears Amira Haddad's signature; both then sign again.");
        model.saveDraft();

        assertThat(fixture.state.statusProperty().get()).isEqualTo("Saved version 1 as a draft. Amira Haddad's "
                + "signature was cleared because the terms changed; both sign again.");
        assertThat(versions("Zero-trust network access").get(0).signature(Seat.FIRST)).isNull();
        assertThat(model.signOffs().lineProperty(Seat.FIRST).get()).isEqualTo("Not signed yet");
        assertThat(model.signOffs().saveWarningProperty().get()).isEmpty();
    }

    @Test
    void savingASignedDraftUnchangedKeepsTheSignature() {
        cisoAtTheLaptop();
        select("Zero-trust network access");
        fillProceed("Replaces the flat VPN.");
        model.saveDraft();
        model.form().rationaleProperty().set("Unsigned drafts say nothing of signatures.");
        model.saveDraft();
        assertThat(fixture.state.statusProperty().get())
                .isEqualTo("Saved version 1 as a draft. Both parties sign it to agree.");
        signAsCisoInTheDialog();

        model.saveDraft();

        assertThat(fixture.state.statusProperty().get()).isEqualTo("Nothing to save: version 1 is stored as shown.");
        assertThat(versions("Zero-trust network access").get(0).signature(Seat.FIRST)).isNotNull();
    }

    @Test
    void aReviewDateTypedDayFirstIsTakenAndTextThatIsNotADateStaysWithAMessage() {
        select("Zero-trust network access");
        AgreementForm form = model.form();

        assertThat(form.typeReviewDate("31/12/2027")).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(form.reviewDateProperty().get()).isEqualTo(LocalDate.of(2027, 12, 31));

        assertThat(form.typeReviewDate("32/13/2027")).isNull();
        assertThat(form.reviewDateProperty().get()).isNull();
        assertThat(form.reviewDateUnreadableProperty().get()).as("kept to be shown in the field").isEqualTo("32/13/2027");
        assertThat(form.problemProperty("reviewDate").get()).isEqualTo("Review date: \u201C32/13/2027\u201D is not "
                + "a date; type it as year-month-day, such as 2027-12-31.");

        fillProceed("Replaces the flat VPN.");
        form.typeReviewDate("32/13/2027");
        model.saveDraft();
        assertThat(versions("Zero-trust network access")).as("nothing saved with a date unread").isEmpty();
        assertThat(fixture.state.statusProperty().get()).contains("\u201C32/13/2027\u201D is not a date");

        form.typeReviewDate("31.12.2027");
        assertThat(form.reviewDateUnreadableProperty().get()).isEmpty();
        assertThat(form.problemProperty("reviewDate").get()).isEmpty();
    }

    @Test
    void aConditionDueDateThatIsNotADateIsNamedByItsCondition() {
        select("Zero-trust network access");
        AgreementForm form = model.form();
        form.addCondition();
        form.addCondition();

        form.conditions().get(1).typeDueDate("31/06/2027");

        assertThat(form.problemProperty("conditions[1].dueDate").get()).isEqualTo("Condition 2 due date: "
                + "\u201C31/06/2027\u201D is not a date; type it as year-month-day, such as 2027-12-31.");
        assertThat(form.conditions().get(1).typeDueDate("30-06-2027")).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(form.problemProperty("conditions[1].dueDate").get()).isEmpty();
    }
}
