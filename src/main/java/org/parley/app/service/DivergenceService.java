package org.parley.app.service;

import java.util.Map;
import org.parley.domain.Actor;
import org.parley.domain.Analysis;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.Appetites;
import org.parley.domain.AuditKind;
import org.parley.domain.Frontier;
import org.parley.domain.RuleViolation;
import org.parley.domain.Seat;
import org.parley.store.AppetiteRepository;
import org.parley.store.AuditLog;
import org.parley.store.Store;

/** Risk appetites and the analysis of where the parties diverge. */
public final class DivergenceService {

    private final Store store;
    private final AppetiteRepository appetites;
    private final ScoringService scoring;
    private final AuditLog audit;

    public DivergenceService(Store store, ScoringService scoring) {
        this.store = store;
        this.appetites = new AppetiteRepository(store);
        this.scoring = scoring;
        this.audit = new AuditLog(store);
    }

    /** The frontiers {@code viewer} may see; a null viewer sees only what has been revealed. */
    public Appetites appetites(long workshopId, Seat viewer) {
        Map<AppetiteHolder, Frontier> stored = appetites.forWorkshop(workshopId);
        return Appetites.visibleTo(viewer, stored.get(AppetiteHolder.FIRST), stored.get(AppetiteHolder.SECOND),
                stored.get(AppetiteHolder.AGREED), appetites.revealed(workshopId));
    }

    /**
     * Sets a frontier. A party's own may be set at any time; the agreed one exists only once both have
     * been revealed, because it is negotiated in the open.
     */
    public void setAppetite(long workshopId, AppetiteHolder holder, Frontier frontier, Actor actor) {
        store.inTransaction(() -> {
            boolean revealed = appetites.revealed(workshopId);
            if (holder == AppetiteHolder.AGREED && !revealed) {
                throw new RuleViolation("frontier", "The agreed appetite is negotiated after both parties' appetites "
                        + "are revealed. Set both, then reveal them.");
            }
            appetites.save(workshopId, holder, frontier);
            // A party's frontier stays private until the reveal, so the event names whose changed, not how.
            audit.append(workshopId, actor, AuditKind.APPETITE_CHANGED, workshopId, revealed || holder == AppetiteHolder.AGREED
                    ? Map.of("holder", holder.name(), "frontier", frontier.toString())
                    : Map.of("holder", holder.name()));
        });
    }

    /** Reveals both parties' appetites; the agreed one starts as their midpoint. */
    public Appetites revealAppetites(long workshopId, Actor actor) {
        return store.inTransaction(() -> {
            Map<AppetiteHolder, Frontier> stored = appetites.forWorkshop(workshopId);
            if (appetites.revealed(workshopId)) {
                throw new RuleViolation("The appetites are already revealed.");
            }
            Frontier first = stored.get(AppetiteHolder.FIRST);
            Frontier second = stored.get(AppetiteHolder.SECOND);
            if (first == null || second == null) {
                throw new RuleViolation("The appetites cannot be revealed yet: both parties must set theirs first.");
            }
            appetites.markRevealed(workshopId);
            Frontier agreed = stored.getOrDefault(AppetiteHolder.AGREED, Frontier.midpoint(first, second));
            appetites.save(workshopId, AppetiteHolder.AGREED, agreed);
            audit.append(workshopId, actor, AuditKind.APPETITE_CHANGED, workshopId, Map.of("revealed", true,
                    "FIRST", first.toString(), "SECOND", second.toString(), "AGREED", agreed.toString()));
            return appetites(workshopId, null);
        });
    }

    /** Reveals the appetites when both are set and they are not yet revealed; true when it did. */
    public boolean revealAppetitesIfReady(long workshopId, Actor actor) {
        Appetites now = appetites(workshopId, null);
        if (now.revealed() || !now.bothSet()) {
            return false;
        }
        revealAppetites(workshopId, actor);
        return true;
    }

    /** The analysis as {@code viewer} may see it; a null viewer sees only what has been revealed. */
    public Analysis analysis(long workshopId, Seat viewer) {
        return Analysis.of(scoring.board(workshopId, viewer == null ? Seat.FIRST : viewer),
                appetites(workshopId, viewer));
    }
}
