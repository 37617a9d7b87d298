package org.parley.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.AssessmentInput;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.ViewModelFixture;

class AuditViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private AuditViewModel model;
    private Workshop workshop;
    private List<Party> parties;
    private Initiative secret;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        workshop = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        parties = fixture.services.workshops().parties(workshop.id());
        secret = fixture.services.initiatives().add(workshop.id(),
                new InitiativeDraft("Quiet acquisition", "", "", "", null, List.of()), TestConsent.nobody());
        Map<Long, Integer> scores = new HashMap<>();
        fixture.services.workshops().criteria(workshop.id()).forEach(c -> scores.put(c.id(), 3));
        fixture.services.scoring().submit(secret.id(), parties.get(0), new AssessmentInput(2, 2, scores, ""),
                TestConsent.of(fixture.services, parties.get(0)));
        model = new AuditViewModel(fixture.services.audit(), fixture.services.scoring(), fixture.tasks,
                fixture.dialogs, fixture.state);
        fixture.state.show(workshop, parties);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theLogListsChangesNewestFirstAndVerifies() {
        model.reload();

        assertThat(model.rows()).extracting(AuditViewModel.Row::kind).first().isEqualTo("Assessment submitted");
        assertThat(model.rows()).extracting(AuditViewModel.Row::kind)
                .contains("Workshop created", "Initiative added");
        assertThat(model.intactProperty().get()).isTrue();
        assertThat(model.chainProperty().get()).startsWith("The whole log verifies: 3 events of every workshop");
    }

    @Test
    void theOtherPartyDoesNotLearnWhichInitiativeWasScoredBeforeTheReveal() {
        fixture.activate(parties.get(1));
        model.reload();

        AuditViewModel.Row submitted = model.rows().get(0);
        assertThat(submitted.about()).isEqualTo("an initiative (private until the reveal)");
        assertThat(submitted.details()).isEmpty();

        fixture.activate(parties.get(0));
        model.reload();
        assertThat(model.rows().get(0).about()).isEqualTo("Quiet acquisition");
    }

    @Test
    void filtersNarrowTheList() {
        model.reload();
        model.kindProperty().set("Initiative added");
        assertThat(model.rows()).singleElement().extracting(AuditViewModel.Row::about).isEqualTo("Quiet acquisition");
        model.kindProperty().set(AuditViewModel.ALL);
        model.searchProperty().set("q3");
        assertThat(model.rows()).extracting(AuditViewModel.Row::kind).containsExactly("Workshop created");
    }

    @Test
    void theCountsSayWhetherTheyCountThisWorkshopOrTheWholeStore() {
        Workshop other = fixture.services.workshops().create("Q4 review", TestConsent.nobody());
        fixture.services.initiatives().add(other.id(), new InitiativeDraft("Elsewhere", "", "", "", null, List.of()),
                TestConsent.nobody());

        model.reload();

        assertThat(model.rows()).hasSize(3);
        assertThat(model.countProperty().get()).isEqualTo("This workshop: 3 events.");
        assertThat(model.chainProperty().get()).startsWith("The whole log verifies: 5 events of every workshop");
        model.kindProperty().set("Initiative added");
        assertThat(model.countProperty().get()).isEqualTo("Showing 1 of this workshop's 3 events.");
    }

    @Test
    void aChosenFilterStaysChosenWhenTheLogIsReadAgain() {
        model.reload();
        model.kindProperty().set("Initiative added");
        model.actorProperty().set("Nobody of this workshop");

        model.reload();

        assertThat(model.kindProperty().get()).isEqualTo("Initiative added");
        assertThat(model.kinds()).startsWith(AuditViewModel.ALL).contains("Initiative added");
        assertThat(model.actors()).as("a chosen actor stays a choice").contains("Nobody of this workshop");
        assertThat(model.rows()).isEmpty();
    }
}
