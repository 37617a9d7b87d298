package org.parley.ui.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.AssessmentInput;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.ViewModelFixture;

class CriteriaViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;
    private CriteriaViewModel model;
    private PartiesViewModel parties;
    private Workshop workshop;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder, false);
        workshop = fixture.services.workshops().create("Q3 review", TestConsent.nobody());
        model = new CriteriaViewModel(fixture.services.workshops(), fixture.services.scoring(), fixture.tasks,
                fixture.dialogs, fixture.state, fixture.consent());
        parties = new PartiesViewModel(fixture.services.workshops(), fixture.tasks, fixture.dialogs, fixture.state,
                fixture.services.consents(), fixture.consent());
        fixture.state.show(workshop, fixture.services.workshops().parties(workshop.id()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void weightsAreShownAsSharesAndSaved() {
        assertThat(model.rows()).hasSize(4);
        assertThat(model.share(model.rows().get(0))).isEqualTo("25%");

        model.rows().get(0).weightProperty().set("2");
        model.remove(model.rows().get(3));
        model.add();
        model.rows().get(3).nameProperty().set("Resilience");

        assertThat(model.share(model.rows().get(0))).isEqualTo("40%");
        assertThat(model.dirtyProperty().get()).isTrue();
        model.save();

        assertThat(fixture.services.workshops().criteria(workshop.id()))
                .extracting(ValueCriterion::name, ValueCriterion::weight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Strategic fit", 2.0),
                        org.assertj.core.groups.Tuple.tuple("Growth", 1.0),
                        org.assertj.core.groups.Tuple.tuple("Efficiency", 1.0),
                        org.assertj.core.groups.Tuple.tuple("Resilience", 1.0));
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void badWeightsAndDuplicateNamesAreNamed() {
        model.rows().get(1).weightProperty().set("heavy");
        assertThat(model.problemProperty().get()).isEqualTo("Every weight must be a number, such as 1 or 2.5.");
        model.rows().get(1).weightProperty().set("1");
        model.rows().get(1).nameProperty().set("strategic FIT");
        assertThat(model.problemProperty().get()).contains("Two criteria are named");

        model.save();

        assertThat(fixture.services.workshops().criteria(workshop.id())).extracting(ValueCriterion::name)
                .contains("Growth");
    }

    @Test
    void onceScoringStartsCriteriaAreNeitherAddedNorRemovedAndARenameNeedsBoth() {
        var initiative = fixture.services.initiatives().add(workshop.id(),
                new InitiativeDraft("Passkeys", "", "", "", null, List.of()), TestConsent.nobody());
        Party ciso = fixture.state.parties().get(0);
        Map<Long, Integer> scores = new java.util.HashMap<>();
        fixture.services.workshops().criteria(workshop.id()).forEach(c -> scores.put(c.id(), 3));
        fixture.services.scoring().submit(initiative.id(), ciso, new AssessmentInput(2, 2, scores, ""),
                TestConsent.of(fixture.services, ciso));

        model.reload();

        assertThat(model.lockedProperty().get()).isTrue();
        int before = model.rows().size();
        model.add();
        model.remove(model.rows().get(0));
        assertThat(model.rows()).hasSize(before);

        model.rows().get(0).nameProperty().set("Strategic fit and focus");
        model.save();
        assertThat(fixture.services.workshops().criteria(workshop.id()).get(0).name()).as("not before both agree")
                .isEqualTo("Strategic fit");
        fixture.agree(null);
        fixture.agree(null);
        assertThat(fixture.services.workshops().criteria(workshop.id()).get(0).name())
                .isEqualTo("Strategic fit and focus");
    }

    @Test
    void onlyTheActivePartySetsItsOwnPin() {
        assertThat(parties.form(0).setPinBlockedProperty().get())
                .isEqualTo("Only CISO can set CISO's PIN: hand over with Ctrl+P.");
        parties.changePin(0);
        assertThat(fixture.dialogs.shown()).as("refused before any dialog").isEmpty();
        assertThat(fixture.state.statusProperty().get()).isEqualTo("Only CISO can set CISO's PIN: hand over with Ctrl+P.");

        fixture.activate(fixture.state.parties().get(0));
        fixture.dialogs.answer(new DialogService.PinChange(null, "2468-1357"));
        parties.changePin(0);

        assertThat(fixture.state.parties().get(0).hasPin()).isTrue();
        assertThat(fixture.services.consents().checkPin(fixture.state.parties().get(0), "2468-1357").accepted()).isTrue();
        assertThat(parties.form(0).pinStatusProperty().get()).startsWith("PIN set");
    }

    @Test
    void nothingIsMarkedBeforeTheCriteriaAreTouchedNorOnARowJustAdded() {
        assertThat(model.problemProperty().get()).as("just loaded").isEmpty();

        model.add();
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).as("a new row not typed in yet").isEmpty();
        model.rows().get(4).weightProperty().set("2");
        assertThat(model.problemProperty().get()).as("once typed in").isEqualTo("Every criterion needs a name.");
    }

    @Test
    void tryingToSaveMarksTheRowLeftEmpty() {
        model.add();

        model.save();

        assertThat(model.problemProperty().get()).isEqualTo("Every criterion needs a name.");
        assertThat(fixture.services.workshops().criteria(workshop.id())).hasSize(4);
    }

    @Test
    void aWorkshopSwitchShowsNoProblemWhileItsCriteriaLoad() {
        List<String> seen = new ArrayList<>();
        model.problemProperty().addListener((obs, old, now) -> seen.add(now));

        fixture.state.show(null, List.of());
        fixture.state.show(workshop, fixture.services.workshops().parties(workshop.id()));

        assertThat(seen).as("no problem on the way").allMatch(String::isEmpty);
    }
}
