package org.parley.app.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.domain.Actor;
import org.parley.domain.Assessment;
import org.parley.domain.AssessmentInput;
import org.parley.domain.AuditKind;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeRound;
import org.parley.domain.Party;
import org.parley.domain.RoundState;
import org.parley.domain.RuleViolation;
import org.parley.domain.ScoringBoard;
import org.parley.domain.Seat;
import org.parley.domain.SignedIds;
import org.parley.domain.ValueCriterion;
import org.parley.exchange.ScoresImportPlan;
import org.parley.store.AssessmentRepository;
import org.parley.store.AuditLog;
import org.parley.store.CriterionRepository;
import org.parley.store.InitiativeRepository;
import org.parley.store.RoundRepository;
import org.parley.store.Store;

/** Blind scoring in Delphi rounds: submitting, revealing ({@link Reveals}) and opening new rounds. */
public final class ScoringService {

    private final Store store;
    private final InitiativeRepository initiatives;
    private final AssessmentRepository assessments;
    private final RoundRepository rounds;
    private final CriterionRepository criteria;
    private final AuditLog audit;
    private final Reveals reveals;

    public ScoringService(Store store) {
        this.store = store;
        this.initiatives = new InitiativeRepository(store);
        this.assessments = new AssessmentRepository(store);
        this.rounds = new RoundRepository(store);
        this.criteria = new CriterionRepository(store);
        this.audit = new AuditLog(store);
        this.reveals = new Reveals(store);
    }

    /** What {@code viewer} may see of the workshop's scoring; see {@link ScoringBoard}. */
    public ScoringBoard board(long workshopId, Seat viewer) {
        return ScoringBoard.build(viewer, initiatives.forWorkshop(workshopId), rounds.forWorkshop(workshopId),
                assessments.ofWorkshop(workshopId));
    }

    public List<ValueCriterion> criteria(long workshopId) {
        return criteria.forWorkshop(workshopId);
    }

    /**
     * Records the party's assessment of the initiative's current round, or replaces the one it gave
     * earlier in that round. Refused once the round is revealed.
     */
    public Assessment submit(long initiativeId, Party given, AssessmentInput input, Consent consent) {
        Party party = ConsentRule.requireParty(consent, given, "submit the scores of " + given.label());
        return store.inTransaction(() -> {
            Initiative initiative = initiatives.get(initiativeId);
            if (initiative.workshopId() != party.workshopId()) {
                throw new RuleViolation(party.label() + " is not a party of the workshop of \u201C"
                        + initiative.title() + "\u201D.");
            }
            List<ValueCriterion> workshopCriteria = criteria.forWorkshop(initiative.workshopId());
            Map<String, String> problems = input.problems(workshopCriteria);
            if (!problems.isEmpty()) {
                var first = problems.entrySet().iterator().next();
                throw new RuleViolation(first.getKey(), first.getValue());
            }
            RoundState state = rounds.of(initiativeId);
            if (!state.acceptsScores()) {
                throw new RuleViolation("Round " + state.round() + " of \u201C" + initiative.title()
                        + "\u201D has been revealed. Open round " + (state.round() + 1) + " to score it again.");
            }
            boolean replaced = assessments.save(initiativeId, party.id(), state.round(),
                    complete(input, workshopCriteria));
            // The event says that, not what: scores stay private until the reveal.
            audit.append(initiative.workshopId(), Actor.of(party),
                    replaced ? AuditKind.ASSESSMENT_CHANGED : AuditKind.ASSESSMENT_SUBMITTED, initiativeId,
                    Map.of("round", state.round()));
            return assessments.find(initiativeId, party.id(), state.round()).orElseThrow();
        });
    }

    /**
     * Records one party's assessments from an import, all or nothing: a refused row rolls back every row
     * and the message names the row's line in the file.
     */
    public int recordAll(Party party, List<ScoresImportPlan.Row> rows, Consent consent) {
        ConsentRule.requireParty(consent, party, "record the scores of " + party.label());
        return store.inTransaction(() -> {
            // What submit checks row by row, read once for the whole file: the rounds, the criteria, the initiatives.
            long workshopId = party.workshopId();
            Map<Long, RoundState> states = rounds.forWorkshop(workshopId);
            List<ValueCriterion> workshopCriteria = criteria.forWorkshop(workshopId);
            Set<Long> inWorkshop = initiatives.idsOf(workshopId);
            // Every line whose round is already revealed is named at once, not just the first.
            List<String> revealed = new ArrayList<>();
            for (ScoresImportPlan.Row row : rows) {
                RoundState state = states.getOrDefault(row.initiativeId(), RoundState.first(row.initiativeId()));
                if (state.revealed()) {
                    revealed.add("Line " + row.line() + " (\u201C" + row.title() + "\u201D): round " + state.round()
                            + " is revealed; open round " + (state.round() + 1) + " to score it again.");
                }
            }
            if (!revealed.isEmpty()) {
                throw new RuleViolation(String.join("\n", revealed) + "\nNothing was imported.");
            }
            List<AssessmentRepository.ToSave> saves = new ArrayList<>(rows.size());
            for (ScoresImportPlan.Row row : rows) {
                String problem = !inWorkshop.contains(row.initiativeId())
                        ? party.label() + " is not a party of the workshop of \u201C" + row.title() + "\u201D."
                        : firstProblem(row.input(), workshopCriteria);
                if (problem != null) {
                    throw new RuleViolation("Line " + row.line() + " (\u201C" + row.title() + "\u201D): " + problem
                            + " Nothing was imported.");
                }
                int round = states.getOrDefault(row.initiativeId(), RoundState.first(row.initiativeId())).round();
                saves.add(new AssessmentRepository.ToSave(row.initiativeId(), round,
                        complete(row.input(), workshopCriteria)));
            }
            Set<Long> replaced = assessments.saveAll(party.id(), saves);
            // As submit records them: one event per assessment, saying that, not what.
            audit.appendAll(workshopId, saves.stream().map(s -> new AuditLog.Pending(Actor.of(party),
                    replaced.contains(s.initiativeId()) ? AuditKind.ASSESSMENT_CHANGED : AuditKind.ASSESSMENT_SUBMITTED,
                    s.initiativeId(), Map.of("round", s.round()))).toList());
            return rows.size();
        });
    }

    /** The input's first problem against the workshop's criteria, or null. */
    private static String firstProblem(AssessmentInput input, List<ValueCriterion> workshopCriteria) {
        Map<String, String> problems = input.problems(workshopCriteria);
        return problems.isEmpty() ? null : problems.values().iterator().next();
    }

    /** The input with a score for each of the workshop's criteria, in their order. */
    private static AssessmentInput complete(AssessmentInput input, List<ValueCriterion> workshopCriteria) {
        Map<Long, Integer> scores = new LinkedHashMap<>();
        for (ValueCriterion criterion : workshopCriteria) {
            scores.put(criterion.id(), input.criterionScores().get(criterion.id()));
        }
        return new AssessmentInput(input.likelihood(), input.impact(), scores, input.rationale(), input.loss());
    }

    /** Reveals the initiative's current round; both parties must have submitted it, and both agree. */
    public void reveal(long initiativeId, Consent consent) {
        reveals.reveal(initiativeId, consent);
    }

    /** Reveals every initiative of the workshop whose current round both parties have submitted; both agree. */
    public RevealSummary revealAll(long workshopId, Consent consent) {
        return reveals.revealAll(workshopId, consent);
    }

    /** How many initiatives a reveal opened, and how many still wait for a party's scores. */
    public record RevealSummary(int revealed, int waiting) {
    }

    /**
     * Opens the next round for each chosen initiative; each must have its current round revealed. Either party
     * may, as in a Delphi: a new blind round takes nothing from anyone.
     */
    public List<RoundState> openRound(List<Long> initiativeIds, Consent consent) {
        Actor actor = consent.actor();
        return store.inTransaction(() -> {
            List<RoundState> opened = new ArrayList<>();
            for (long id : initiativeIds) {
                Initiative initiative = initiatives.get(id);
                ConsentRule.requireAnyParty(consent, initiative.workshopId(), "open a new round");
                RoundState state = rounds.of(id);
                if (!state.revealed()) {
                    throw new RuleViolation("\u201C" + initiative.title() + "\u201D is still in round " + state.round()
                            + ", which has not been revealed; reveal it before opening another.");
                }
                RoundState next = state.next();
                rounds.open(next, actor.partyId());
                audit.append(initiative.workshopId(), actor, AuditKind.ROUND_OPENED, id, Map.of("round", next.round()));
                opened.add(next);
            }
            return opened;
        });
    }

    /** True once anyone has scored anything in the workshop. */
    public boolean scoringStarted(long workshopId) {
        return assessments.anyInWorkshop(workshopId);
    }

    /** The hash of each revealed round's stored assessments, "initiative:round" to hash, for verification. */
    Map<InitiativeRound, String> revealedSeals(long workshopId, SignedIds ids) {
        return reveals.revealedSeals(workshopId, ids);
    }
}
