package org.parley.app.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.domain.Assessment;
import org.parley.domain.AuditKind;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeRound;
import org.parley.domain.RoundState;
import org.parley.domain.RuleViolation;
import org.parley.domain.SealVerification;
import org.parley.domain.Seals;
import org.parley.domain.Seat;
import org.parley.domain.SignedIds;
import org.parley.store.AssessmentRepository;
import org.parley.store.AuditLog;
import org.parley.store.InitiativeRepository;
import org.parley.store.RoundRepository;
import org.parley.store.SignedIdRepository;
import org.parley.store.Store;

/**
 * Revealing rounds: one initiative's, or every one that both parties have submitted, each sealed with the hash of
 * both assessments signed by the parties' keys; and those hashes again, for verification.
 */
final class Reveals {

    private final Store store;
    private final InitiativeRepository initiatives;
    private final AssessmentRepository assessments;
    private final RoundRepository rounds;
    private final AuditLog audit;
    private final SignedIdRepository signedIds;

    Reveals(Store store) {
        this.store = store;
        this.initiatives = new InitiativeRepository(store);
        this.assessments = new AssessmentRepository(store);
        this.rounds = new RoundRepository(store);
        this.audit = new AuditLog(store);
        this.signedIds = new SignedIdRepository(store);
    }

    /** Reveals the initiative's current round; both parties must have submitted it, and both agree. */
    void reveal(long initiativeId, Consent consent) {
        store.inTransaction(() -> {
            Initiative initiative = initiatives.get(initiativeId);
            ConsentRule.requireBoth(consent, initiative.workshopId(), "reveal scores");
            RoundState state = rounds.of(initiativeId);
            if (state.revealed()) {
                throw new RuleViolation("Round " + state.round() + " of \u201C" + initiative.title()
                        + "\u201D is already revealed.");
            }
            Map<InitiativeRound, List<Assessment>> byRound = byRound(initiative.workshopId());
            if (!bothSubmitted(initiative.id(), state, byRound)) {
                // Said to both, after both agreed; it names no party, so it tells nothing of whose scores are missing.
                throw new RuleViolation("Nothing was revealed: \u201C" + initiative.title() + "\u201D is revealed "
                        + "once both parties have submitted round " + state.round() + ".");
            }
            revealRound(initiative, state, byRound.get(new InitiativeRound(initiative.id(), state.round())), consent,
                    signedIds.all());
        });
    }

    /** Reveals every initiative of the workshop whose current round both parties have submitted; both agree. */
    ScoringService.RevealSummary revealAll(long workshopId, Consent consent) {
        ConsentRule.requireBoth(consent, workshopId, "reveal scores");
        return store.inTransaction(() -> {
            Map<Long, RoundState> states = rounds.forWorkshop(workshopId);
            List<Initiative> all = initiatives.forWorkshop(workshopId);
            List<Initiative> open = all.stream().filter(i -> !states.getOrDefault(i.id(), RoundState.first(i.id()))
                    .revealed()).toList();
            if (open.isEmpty()) {
                // Nothing waits: the assessments need not be read at all.
                return new ScoringService.RevealSummary(0, 0);
            }
            Map<InitiativeRound, List<Assessment>> byRound = byRound(workshopId);
            List<RoundState> revealing = new ArrayList<>();
            List<Seals.RevealedRound> revealed = new ArrayList<>();
            SignedIds ids = signedIds.all();
            for (Initiative initiative : open) {
                RoundState state = states.getOrDefault(initiative.id(), RoundState.first(initiative.id()));
                if (bothSubmitted(initiative.id(), state, byRound)) {
                    revealing.add(state);
                    revealed.add(new Seals.RevealedRound(initiative.id(), state.round(), Seals.revealed(ids,
                            initiative.id(), state.round(), byRound.get(new InitiativeRound(initiative.id(),
                            state.round())))));
                }
            }
            // In batches: one update (or insert) of the rounds, one insert of their events.
            rounds.revealAll(revealing, states.keySet());
            audit.appendAll(workshopId, revealedEvents(revealed, consent, ids));
            return new ScoringService.RevealSummary(revealing.size(), open.size() - revealing.size());
        });
    }

    /** Every assessment of the workshop by its round, read once rather than once per initiative. */
    private Map<InitiativeRound, List<Assessment>> byRound(long workshopId) {
        Map<InitiativeRound, List<Assessment>> grouped = new HashMap<>();
        assessments.ofWorkshop(workshopId).forEach(a -> grouped.computeIfAbsent(InitiativeRound.of(a),
                k -> new ArrayList<>()).add(a));
        return grouped;
    }

    private static boolean bothSubmitted(long initiativeId, RoundState state, Map<InitiativeRound, List<Assessment>> byRound) {
        List<Assessment> round = byRound.getOrDefault(new InitiativeRound(initiativeId, state.round()), List.of());
        return Arrays.stream(Seat.values()).allMatch(seat -> round.stream().anyMatch(a -> a.seat() == seat));
    }

    /** Reveals one round and seals its assessments with the signatures of both parties that have keys. */
    private void revealRound(Initiative initiative, RoundState state, List<Assessment> both, Consent consent,
                             SignedIds ids) {
        rounds.reveal(state);
        AuditLog.Pending event = revealedEvent(initiative, state, both, consent, ids);
        audit.append(initiative.workshopId(), event.actor(), event.kind(), event.subjectId(), event.payload());
    }

    /** The event of a revealed round: its seal, the hash of both assessments signed by the parties' keys. */
    private static AuditLog.Pending revealedEvent(Initiative initiative, RoundState state, List<Assessment> both,
                                                  Consent consent, SignedIds ids) {
        return revealedEvent(new Seals.RevealedRound(initiative.id(), state.round(),
                Seals.revealed(ids, initiative.id(), state.round(), both)), consent);
    }

    private static AuditLog.Pending revealedEvent(Seals.RevealedRound round, Consent consent) {
        return new AuditLog.Pending(consent.actor(), AuditKind.ROUND_REVEALED, round.initiativeId(),
                Map.of("round", round.round(), SealVerification.SEAL,
                        Sealing.seal(SealVerification.REVEAL, round.sha256(), consent)));
    }

    /**
     * The events of a reveal: one sealed event for a single round; for many, an event per round with its hash and
     * then one event whose seal covers them all, so that each party signs once rather than once per round
     * (decision 0026).
     */
    private static List<AuditLog.Pending> revealedEvents(List<Seals.RevealedRound> revealed, Consent consent,
                                                         SignedIds ids) {
        if (revealed.size() <= 1) {
            return revealed.stream().map(round -> revealedEvent(round, consent)).toList();
        }
        List<AuditLog.Pending> events = new ArrayList<>(revealed.size() + 1);
        String together = Seals.revealedTogether(ids, revealed);
        for (Seals.RevealedRound round : revealed) {
            events.add(new AuditLog.Pending(consent.actor(), AuditKind.ROUND_REVEALED, round.initiativeId(),
                    Map.of("round", round.round(), SealVerification.HASH, round.sha256(),
                            SealVerification.TOGETHER, together)));
        }
        events.add(new AuditLog.Pending(consent.actor(), AuditKind.ROUNDS_REVEALED, null,
                Map.of(SealVerification.COUNT, revealed.size(),
                        SealVerification.SEAL, Sealing.seal(SealVerification.REVEAL_TOGETHER, together, consent))));
        return events;
    }

    /** The hash of each revealed round's stored assessments, "initiative:round" to hash, for verification. */
    Map<InitiativeRound, String> revealedSeals(long workshopId, SignedIds ids) {
        Map<Long, RoundState> states = rounds.forWorkshop(workshopId);
        Map<InitiativeRound, String> hashes = new HashMap<>();
        byRound(workshopId).forEach((key, both) -> {
            Assessment any = both.get(0);
            RoundState state = states.get(any.initiativeId());
            if (state != null && any.round() <= state.latestRevealedRound()) {
                hashes.put(key, Seals.revealed(ids, any.initiativeId(), any.round(), both));
            }
        });
        return hashes;
    }
}
