package org.parley.app.service;

import org.parley.domain.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.RuleViolation;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.store.Store;
import org.parley.testing.TestStores;

class WorkshopServiceTest {

    @TempDir
    Path folder;
    private Store store;
    private WorkshopService workshops;
    private InitiativeService initiatives;
    private ConsentService consents;

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        workshops = new WorkshopService(store);
        initiatives = new InitiativeService(store);
        consents = new ConsentService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewWorkshopHasTheDefaultPartiesAndCriteria() {
        Workshop workshop = workshops.create("  Q3 review ", Consent.nobody(Actor.WINDOW));

        assertThat(workshop.name()).isEqualTo("Q3 review");
        assertThat(workshops.parties(workshop.id()))
                .extracting(Party::displayName, Party::roleLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CISO", "CISO"),
                        org.assertj.core.groups.Tuple.tuple("CTO", "CTO"));
        assertThat(workshops.criteria(workshop.id()))
                .extracting(ValueCriterion::name)
                .containsExactly("Strategic fit", "Growth", "Efficiency", "Customer impact");
        assertThat(workshops.criteria(workshop.id())).extracting(ValueCriterion::weight).containsOnly(1.0);
    }

    @Test
    void workshopNamesAreUniqueIgnoringCase() {
        workshops.create("Q3 review", Consent.nobody(Actor.WINDOW));
        assertThatThrownBy(() -> workshops.create("q3 REVIEW", Consent.nobody(Actor.WINDOW)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("A workshop named \"Q3 review\" already exists; choose another name.");
        assertThat(workshops.workshops()).hasSize(1);
    }

    @Test
    void renamingToItsOwnNameInAnotherCaseIsAllowed() {
        Workshop workshop = workshops.create("q3 review", Consent.nobody(Actor.WINDOW));
        workshops.rename(workshop.id(), "Q3 Review", Consent.nobody(Actor.WINDOW));
        assertThat(workshops.workshop(workshop.id()).name()).isEqualTo("Q3 Review");
    }

    @Test
    void workshopsAreFoundByNameOrId() {
        Workshop workshop = workshops.create("Q3 review", Consent.nobody(Actor.WINDOW));
        assertThat(workshops.resolve("q3 review")).isEqualTo(workshop);
        assertThat(workshops.resolve(Long.toString(workshop.id()))).isEqualTo(workshop);
        assertThatThrownBy(() -> workshops.resolve("Q4"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("No workshop is named or numbered \"Q4\"");
    }

    @Test
    void deletingAWorkshopRemovesItsInitiatives() {
        Workshop workshop = workshops.create("Q3 review", Consent.nobody(Actor.WINDOW));
        initiatives.add(workshop.id(), new InitiativeDraft("Passkeys", "", "", "", null, List.of()), Consent.nobody(Actor.WINDOW));

        workshops.delete(workshop.id(), Consent.nobody(Actor.WINDOW));

        assertThat(workshops.workshops()).isEmpty();
        assertThat(initiatives.initiatives(workshop.id())).isEmpty();
    }

    @Test
    void thePartiesNeedDistinctRoleLabels() {
        Workshop workshop = workshops.create("Q3 review", Consent.nobody(Actor.WINDOW));
        List<Party> parties = workshops.parties(workshop.id());

        assertThatThrownBy(() -> workshops.renameParty(parties.get(1), "Jonas", "ciso", consents.confirm(parties.get(1), null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already labelled CISO");
        Party renamed = workshops.renameParty(parties.get(1), "Jonas Berg", "CIO", consents.confirm(parties.get(1), null));

        assertThat(renamed.roleLabel()).isEqualTo("CIO");
        assertThat(workshops.parties(workshop.id())).extracting(Party::label)
                .containsExactly("CISO", "Jonas Berg (CIO)");
    }

    @Test
    void anInitiativeWithoutTitleIsRefusedByTheServiceToo() {
        Workshop workshop = workshops.create("Q3 review", Consent.nobody(Actor.WINDOW));
        assertThatThrownBy(() -> initiatives.add(workshop.id(), new InitiativeDraft(" ", "", "", "", null, List.of()), Consent.nobody(Actor.WINDOW)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Title is required.");
        assertThat(initiatives.initiatives(workshop.id())).isEmpty();
    }

    @Test
    void askingWhetherADeletionMayGoChangesNothingAndAgreesWithTheDeletion() {
        Workshop fresh = workshops.create("Fresh", Consent.nobody(Actor.WINDOW));
        initiatives.add(fresh.id(), new InitiativeDraft("Passkeys", "", "", "", null, List.of()),
                Consent.nobody(Actor.WINDOW));
        assertThat(workshops.deletion(fresh.id()))
                .isEqualTo(new Deletion(null, false, 1, 0, "delete \u201CFresh\u201D, which has assessments"));

        org.parley.testing.RevealedWorkshop w = org.parley.testing.RevealedWorkshop.create(store);
        w.signed(w.assistant, w.terms());
        w.services.agreements().propose(w.pipeline.id(), w.terms(), w.cisoAlone);
        Deletion signed = workshops.deletion(w.workshop.id());
        assertThat(signed.refusal()).contains("one of its agreements was signed by both parties");
        assertThat(signed.needsBoth()).isTrue();
        assertThat(signed.initiatives()).isEqualTo(2);
        assertThat(signed.draftAgreements()).isEqualTo(1);
        assertThatThrownBy(() -> workshops.delete(w.workshop.id(), w.both)).hasMessage(signed.refusal());

        Deletion initiative = initiatives.deletion(w.pipeline.id());
        assertThat(initiative.refused()).isFalse();
        assertThat(initiative.needsBoth()).as("scoring has started in its workshop").isTrue();
        assertThat(initiative.draftAgreements()).isEqualTo(1);
        assertThat(initiatives.deletion(w.assistant.id()).refusal()).contains("cannot be deleted: its agreement was");
        assertThat(workshops.workshops()).hasSize(2);
    }
}
