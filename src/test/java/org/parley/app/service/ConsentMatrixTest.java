package org.parley.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.domain.Actor;
import org.parley.domain.Agreement;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.AssessmentInput;
import org.parley.domain.CriterionDraft;
import org.parley.domain.Frontier;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.InitiativeField;
import org.parley.domain.RuleViolation;
import org.parley.domain.ValueCriterion;
import org.parley.exchange.ExchangeProgress;
import org.parley.exchange.InitiativeImportPlan;
import org.parley.exchange.ScoresImportPlan;
import org.parley.store.Store;
import org.parley.store.StoreSql;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestStores;

/**
 * The consent rule of decision 0012, method by method: every service method that changes shared state is run
 * as nobody, as party 1, as party 2 and as both, each attempt in a transaction that is rolled back, and only the
 * consents the rule names may pass. A refusal for lack of consent is a RuleViolation on the "consent" field.
 */
class ConsentMatrixTest {

    /** Who stands behind an attempt. */
    enum Who { NOBODY, FIRST, SECOND, BOTH }

    private static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> A_PARTY = EnumSet.of(Who.FIRST, Who.SECOND, Who.BOTH);
    private static final Set<Who> FIRST_ITSELF = EnumSet.of(Who.FIRST, Who.BOTH);
    private static final Set<Who> SECOND_ITSELF = EnumSet.of(Who.SECOND, Who.BOTH);
    private static final Set<Who> BOTH = EnumSet.of(Who.BOTH);

    @TempDir
    static Path folder;
    private static Store store;
    private static RevealedWorkshop w;
    private static Initiative unscored;
    private static Map<Who, Consent> consents;

    @BeforeAll
    static void open() {
        store = TestStores.open(folder);
        w = RevealedWorkshop.create(store);
        unscored = w.services.initiatives().add(w.workshop.id(),
                new InitiativeDraft("Unscored idea", "", "", "", null, List.of()), Consent.nobody(Actor.WINDOW));
        consents = new HashMap<>();
        consents.put(Who.NOBODY, Consent.nobody(Actor.WINDOW));
        consents.put(Who.FIRST, w.cisoAlone);
        consents.put(Who.SECOND, w.services.consents().confirm(w.cto, RevealedWorkshop.CTO_PIN));
        consents.put(Who.BOTH, w.both);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** One mutating service method, run with the consent given. */
    interface Action {
        void run(Services services, Consent consent);
    }

    static Stream<Arguments> actions() {
        return Stream.of(
                row("create a workshop", ANYONE, (s, c) -> s.workshops().create("Another", c)),
                row("rename the workshop", ANYONE, (s, c) -> s.workshops().rename(w.workshop.id(), "Renamed", c)),
                row("delete a workshop that has assessments", BOTH, (s, c) -> s.workshops().delete(w.workshop.id(), c)),
                row("rename party 1", FIRST_ITSELF, (s, c) -> s.workshops().renameParty(w.ciso, "Amira", "CISO", c)),
                row("rename party 2", SECOND_ITSELF, (s, c) -> s.workshops().renameParty(w.cto, "Jonas", "CTO", c)),
                row("reweigh the criteria once scored", BOTH, (s, c) -> s.workshops().updateCriteria(w.workshop.id(),
                        reweighed(s), c)),
                row("set the idle lock", A_PARTY, (s, c) -> s.workshops().setIdleLockMinutes(w.workshop.id(), 10, c)),
                row("change party 1's PIN", FIRST_ITSELF, (s, c) -> s.consents().setPin(c, w.ciso,
                        RevealedWorkshop.CISO_PIN, "a-new-pin-1")),
                row("remove party 2's PIN", SECOND_ITSELF, (s, c) -> s.consents().clearPin(c, w.cto,
                        RevealedWorkshop.CTO_PIN)),
                row("add an initiative", ANYONE, (s, c) -> s.initiatives().add(w.workshop.id(),
                        new InitiativeDraft("New idea", "", "", "", null, List.of()), c)),
                row("change an initiative before scoring started", ANYONE, (s, c) -> {
                    Initiative fresh = freshWorkshopInitiative(s);
                    s.initiatives().update(fresh.id(), new InitiativeDraft("Fresh, renamed", "", "", "", null,
                            List.of()), c);
                }),
                row("delete an initiative before scoring started", ANYONE, (s, c) -> s.initiatives().delete(
                        freshWorkshopInitiative(s).id(), c)),
                // Once scoring started, even an initiative nobody scored needs both: asking whether this one was
                // scored would tell one party what the other has scored.
                row("change an unscored initiative once scoring started", BOTH, (s, c) -> s.initiatives().update(
                        unscored.id(), new InitiativeDraft("Unscored, renamed", "", "", "", null, List.of()), c)),
                row("delete an unscored initiative once scoring started", BOTH, (s, c) -> s.initiatives().delete(
                        unscored.id(), c)),
                row("change a scored initiative", BOTH, (s, c) -> s.initiatives().update(w.pipeline.id(),
                        new InitiativeDraft("Pipeline, renamed", "", "", "", null, List.of()), c)),
                row("delete a scored initiative", BOTH, (s, c) -> s.initiatives().delete(w.pipeline.id(), c)),
                row("import a change to a scored initiative", BOTH, (s, c) -> s.exchange().applyInitiatives(
                        w.workshop.id(), retitle(w.pipeline), c, ExchangeProgress.NONE)),
                row("import a change once scoring started", BOTH, (s, c) -> s.exchange().applyInitiatives(
                        w.workshop.id(), retitle(unscored), c, ExchangeProgress.NONE)),
                row("submit party 1's scores", FIRST_ITSELF, (s, c) -> s.scoring().submit(unscored.id(), w.ciso,
                        input(s), c)),
                row("submit party 2's scores", SECOND_ITSELF, (s, c) -> s.scoring().submit(unscored.id(), w.cto,
                        input(s), c)),
                row("import party 1's scores", FIRST_ITSELF, (s, c) -> s.scoring().recordAll(w.ciso,
                        List.of(new ScoresImportPlan.Row(2, unscored.id(), unscored.title(), input(s))), c)),
                row("reveal one initiative", BOTH, (s, c) -> {
                    scoreBoth(s, unscored);
                    s.scoring().reveal(unscored.id(), c);
                }),
                row("reveal every initiative", BOTH, (s, c) -> {
                    scoreBoth(s, unscored);
                    s.scoring().revealAll(w.workshop.id(), c);
                }),
                row("open a new round", A_PARTY, (s, c) -> s.scoring().openRound(List.of(w.pipeline.id()), c)),
                row("set party 1's appetite", FIRST_ITSELF, (s, c) -> s.divergence().setAppetite(w.workshop.id(),
                        AppetiteHolder.FIRST, Frontier.of(3, 5, 7, 9, 11), c)),
                row("set party 2's appetite", SECOND_ITSELF, (s, c) -> s.divergence().setAppetite(w.workshop.id(),
                        AppetiteHolder.SECOND, Frontier.of(7, 9, 11, 13, 15), c)),
                row("change the agreed appetite", BOTH, (s, c) -> s.divergence().setAppetite(w.workshop.id(),
                        AppetiteHolder.AGREED, Frontier.of(4, 6, 8, 10, 12), c)),
                row("reveal the appetites", BOTH, (s, c) -> {
                    StoreSql.execute(store, "UPDATE workshop SET appetites_revealed_at = NULL WHERE id = " + w.workshop.id());
                    StoreSql.execute(store, "DELETE FROM appetite WHERE holder = 'AGREED'");
                    s.divergence().revealAppetites(w.workshop.id(), c);
                }),
                row("propose an agreement", A_PARTY, (s, c) -> s.agreements().propose(w.assistant.id(), w.terms(), c)),
                row("edit a draft agreement", A_PARTY, (s, c) -> s.agreements().edit(draft(s).id(),
                        w.terms().withRationale("Changed."), c)),
                row("amend a signed agreement", A_PARTY, (s, c) -> s.agreements().amend(signed(s).id(), c)),
                row("sign as party 1", FIRST_ITSELF, (s, c) -> s.agreements().signAs(draft(s).id(), w.ciso, c)),
                row("sign as party 2", SECOND_ITSELF, (s, c) -> s.agreements().signAs(draft(s).id(), w.cto, c)),
                row("add a note as party 1", FIRST_ITSELF, (s, c) -> s.notes().add(w.assistant.id(), w.ciso,
                        "Who signs the DPA?", c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void onlyTheConsentsTheRuleNamesMayDoIt(String what, Set<Who> allowed, Action action) {
        Map<Who, String> outcomes = new HashMap<>();
        for (Who who : Who.values()) {
            outcomes.put(who, attempt(action, consents.get(who)));
        }
        for (Who who : Who.values()) {
            assertThat(outcomes.get(who)).as(what + " as " + who)
                    .isEqualTo(allowed.contains(who) ? "done" : "refused for consent");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedToAll")
    void aSignedInitiativeChangesForNobodyNotEvenBoth(String what, Action action) {
        for (Who who : Who.values()) {
            assertThat(attempt((s, c) -> {
                signed(s);
                action.run(s, c);
            }, consents.get(who))).as(what + " as " + who).contains("cannot be").contains("signed by both");
        }
    }

    static Stream<Arguments> refusedToAll() {
        return Stream.of(
                Arguments.of("change a signed initiative", (Action) (s, c) -> s.initiatives().update(w.assistant.id(),
                        new InitiativeDraft("Renamed after signing", "", "", "", null, List.of()), c)),
                Arguments.of("delete a signed initiative", (Action) (s, c) -> s.initiatives().delete(w.assistant.id(),
                        c)));
    }

    /** Runs the action in a transaction that is always rolled back: "done", "refused for consent", or why else. */
    private static String attempt(Action action, Consent consent) {
        String[] outcome = new String[1];
        try {
            store.inTransaction(() -> {
                try {
                    action.run(w.services, consent);
                    outcome[0] = "done";
                } catch (RuleViolation e) {
                    outcome[0] = "consent".equals(e.field()) ? "refused for consent" : e.getMessage();
                }
                throw new RollBack();
            });
        } catch (RollBack expected) {
            // Nothing the attempt did stays, so the next one starts from the same store.
        }
        return outcome[0];
    }

    private static final class RollBack extends RuntimeException {
        RollBack() {
            super(null, null, false, false);
        }
    }

    private static Arguments row(String what, Set<Who> allowed, Action action) {
        return Arguments.of(what, allowed, action);
    }

    private static AssessmentInput input(Services services) {
        Map<Long, Integer> scores = new HashMap<>();
        services.workshops().criteria(w.workshop.id()).forEach(criterion -> scores.put(criterion.id(), 3));
        return new AssessmentInput(3, 3, scores, "A fair guess.");
    }

    private static void scoreBoth(Services services, Initiative initiative) {
        services.scoring().submit(initiative.id(), w.ciso, input(services), w.both);
        services.scoring().submit(initiative.id(), w.cto, input(services), w.both);
    }

    private static List<CriterionDraft> reweighed(Services services) {
        List<ValueCriterion> criteria = services.workshops().criteria(w.workshop.id());
        return criteria.stream().map(c -> new CriterionDraft(c.id(), c.name(), c.position() == 1 ? 2 : 1)).toList();
    }

    /** An initiative of a workshop where nobody has scored anything yet. */
    private static Initiative freshWorkshopInitiative(Services services) {
        var fresh = services.workshops().create("Before scoring", Consent.nobody(Actor.WINDOW));
        return services.initiatives().add(fresh.id(), new InitiativeDraft("Fresh idea", "", "", "", null, List.of()),
                Consent.nobody(Actor.WINDOW));
    }

    private static InitiativeImportPlan retitle(Initiative initiative) {
        return new InitiativeImportPlan(List.of(), List.of(new InitiativeImportPlan.Update(initiative.id(),
                new InitiativeDraft(initiative.title() + " (imported)", "", "", "", null, List.of()),
                Set.of(InitiativeField.TITLE))), List.of(), 1);
    }

    private static Agreement draft(Services services) {
        return services.agreements().propose(w.assistant.id(), w.terms(), w.both);
    }

    private static Agreement signed(Services services) {
        Agreement draft = draft(services);
        services.agreements().signAs(draft.id(), w.ciso, w.both);
        return services.agreements().signAs(draft.id(), w.cto, w.both);
    }
}
