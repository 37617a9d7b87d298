package org.parley.ui.scoring;

import java.nio.file.Path;
import java.util.List;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.ScoringBoard;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.testing.TestConsent;
import org.parley.ui.common.ViewModelFixture;

/**
 * What the Scoring page's tests stand on: a real store with a workshop of three initiatives (Passkeys, Data lake,
 * BYOD), shown, with nobody at the laptop yet, and the page's view model on it.
 */
final class ScoringFixture implements AutoCloseable {

    final ViewModelFixture base;
    final Workshop workshop;
    final List<Party> parties;
    final ScoringViewModel page;

    ScoringFixture(Path folder) {
        base = new ViewModelFixture(folder, false);
        workshop = base.services.workshops().create("Q3 review", TestConsent.nobody());
        for (String title : List.of("Passkeys", "Data lake", "BYOD")) {
            base.services.initiatives().add(workshop.id(), new InitiativeDraft(title, "", "", "", null, List.of()),
                    TestConsent.nobody());
        }
        parties = base.services.workshops().parties(workshop.id());
        page = new ScoringViewModel(base.services.scoring(), base.tasks, base.dialogs, base.state, base.consent());
        base.state.show(workshop, parties);
    }

    /** The party in {@code seat} (0 or 1) takes the laptop. */
    void take(int seat) {
        base.activate(parties.get(seat));
    }

    /** Types scores into the form: every criterion gets {@code value}. */
    void score(int likelihood, int impact, int value, String rationale) {
        AssessmentForm form = page.form();
        form.likelihoodProperty().set(likelihood);
        form.impactProperty().set(impact);
        for (ValueCriterion criterion : form.criteria()) {
            form.criterionScoreProperty(criterion).set(value);
        }
        form.rationaleProperty().set(rationale);
    }

    /** Types scores and submits them. */
    void submit(int likelihood, int impact, int value, String rationale) {
        score(likelihood, impact, value, rationale);
        page.submit();
    }

    /** Each party in turn submits the first {@code count} initiatives, as the form opens one after the other. */
    void bothSubmit(int count) {
        for (int seat = 0; seat < 2; seat++) {
            take(seat);
            for (int i = 0; i < count; i++) {
                submit(3, 3, 3, "");
            }
        }
    }

    /** Reveals together, the party not at the laptop agreeing. */
    void revealAll() {
        page.rounds().revealAll();
        base.agree(null);
    }

    /** The queue's row of the initiative called {@code title}. */
    ScoringBoard.Entry entry(String title) {
        return page.queue().items().stream().filter(e -> e.initiative().title().equals(title)).findFirst()
                .orElseThrow();
    }

    /** The title of the initiative open on the page. */
    String open() {
        return page.selectedProperty().get().initiative().title();
    }

    /** How many initiatives the party in {@code seat} has scored, as stored. */
    int storedScores(int seat) {
        return base.services.scoring().board(workshop.id(), parties.get(seat).seat()).ownScored();
    }

    @Override
    public void close() {
        base.close();
    }
}
