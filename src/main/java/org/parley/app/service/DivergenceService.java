package org.parley.app.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.parley.domain.Analysis;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.Appetites;
import org.parley.domain.AuditKind;
import org.parley.domain.Frontier;
import org.parley.domain.RuleViolation;
import org.parley.domain.SealVerification;
import org.parley.domain.Seals;
import org.parley.domain.SignedIds;
import org.parley.domain.Seat;
import org.parley.domain.quant.ToleranceCurve;
import org.parley.domain.quant.Tolerances;
import org.parley.store.AppetiteRepository;
import org.parley.store.AuditLog;
import org.parley.store.SignedIdRepository;
import org.parley.store.Store;
import org.parley.store.ToleranceRepository;

/**
 * Risk appetites, the loss tolerances that are revealed with them, and the analysis of where the parties diverge.
 */
public final class DivergenceService {

    private final Store store;
    private final AppetiteRepository appetites;
    private final ToleranceRepository tolerances;
    private final ScoringService scoring;
    private final AuditLog audit;
    private final SignedIdRepository signedIds;

    public DivergenceService(Store store, ScoringService scoring) {
        this.store = store;
        this.appetites = new AppetiteRepository(store);
        this.tolerances = new ToleranceRepository(store);
        this.scoring = scoring;
        this.audit = new AuditLog(store);
        this.signedIds = new SignedIdRepository(store);
    }

    /** The frontiers {@code viewer} may see; a null viewer sees only what has been revealed. */
    public Appetites appetites(long workshopId, Seat viewer) {
        Map<AppetiteHolder, Frontier> stored = appetites.forWorkshop(workshopId);
        return Appetites.visibleTo(viewer, stored.get(AppetiteHolder.FIRST), stored.get(AppetiteHolder.SECOND),
                stored.get(AppetiteHolder.AGREED), appetites.revealed(workshopId));
    }

    /**
     * Sets a frontier. A party's own is set by that party, at any time; the agreed one by both together, and only
     * once both have been revealed, because it is negotiated in the open. Once revealed, every change seals the
     * three frontiers with the signatures of the parties who made it.
     */
    public void setAppetite(long workshopId, AppetiteHolder holder, Frontier frontier, Consent consent) {
        requireHolder(consent, workshopId, holder, "appetite");
        store.inTransaction(() -> {
            boolean revealed = appetites.revealed(workshopId);
            if (holder == AppetiteHolder.AGREED && !revealed) {
                throw new RuleViolation("frontier", "The agreed appetite is negotiated after both parties' appetites "
                        + "are revealed. Set both, then reveal them.");
            }
            appetites.save(workshopId, holder, frontier);
            // A party's frontier stays private until the reveal, so the event names whose changed, not how.
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("holder", holder.name());
            if (revealed) {
                payload.put("frontier", frontier.toString());
                payload.put(SealVerification.SEAL, Sealing.seal(SealVerification.APPETITES,
                        sealOf(workshopId, signedIds.all()), consent));
            }
            audit.append(workshopId, consent.actor(), AuditKind.APPETITE_CHANGED, workshopId, payload);
        });
    }

    /** Reveals both parties' appetites, both agreeing; the agreed one starts as their midpoint. */
    public Appetites revealAppetites(long workshopId, Consent consent) {
        ConsentRule.requireBoth(consent, workshopId, "reveal the appetites");
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
            audit.append(workshopId, consent.actor(), AuditKind.APPETITE_CHANGED, workshopId, Map.of("revealed", true,
                    "FIRST", first.toString(), "SECOND", second.toString(), "AGREED", agreed.toString(),
                    SealVerification.SEAL, Sealing.seal(SealVerification.APPETITES, sealOf(workshopId, signedIds.all()),
                    consent)));
            // The loss tolerances share the appetites' reveal: what was private becomes public in its own event.
            Map<String, String> curves = toleranceTexts(workshopId);
            if (!curves.isEmpty()) {
                audit.append(workshopId, consent.actor(), AuditKind.TOLERANCE_CHANGED, workshopId,
                        Map.of("revealed", true, SealVerification.TOLERANCES, curves));
            }
            return appetites(workshopId, null);
        });
    }

    /** The loss tolerances {@code viewer} may see; a null viewer sees only what has been revealed. */
    public Tolerances tolerances(long workshopId, Seat viewer) {
        Map<AppetiteHolder, ToleranceCurve> stored = tolerances.forWorkshop(workshopId);
        return Tolerances.visibleTo(viewer, stored.get(AppetiteHolder.FIRST), stored.get(AppetiteHolder.SECOND),
                stored.get(AppetiteHolder.AGREED), appetites.revealed(workshopId));
    }

    /**
     * Sets a loss tolerance, by the appetites' rules: a party's own by that party, at any time, private until the
     * appetites are revealed; the agreed one by both together, only after that reveal.
     */
    public void setTolerance(long workshopId, AppetiteHolder holder, ToleranceCurve curve, Consent consent) {
        Objects.requireNonNull(curve, "curve");
        requireHolder(consent, workshopId, holder, "loss tolerance");
        store.inTransaction(() -> {
            boolean revealed = appetites.revealed(workshopId);
            if (holder == AppetiteHolder.AGREED && !revealed) {
                throw new RuleViolation("tolerance", "The agreed loss tolerance is negotiated after both parties' "
                        + "appetites and tolerances are revealed. Set both, then reveal them.");
            }
            tolerances.save(workshopId, holder, curve);
            // Like an appetite: before the reveal the event names whose changed, not how.
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("holder", holder.name());
            if (revealed) {
                // Every revealed curve, so that verify can tell a tolerance changed behind Parley's back.
                payload.put(SealVerification.TOLERANCES, toleranceTexts(workshopId));
            }
            audit.append(workshopId, consent.actor(), AuditKind.TOLERANCE_CHANGED, workshopId, payload);
        });
    }

    /** The workshop's stored tolerances, holder name to text form, as tolerance events record them once revealed. */
    Map<String, String> toleranceTexts(long workshopId) {
        return tolerances.textsForWorkshop(workshopId);
    }

    /** A party's own {@code what} is set by that party; the agreed one by both together. */
    private static void requireHolder(Consent consent, long workshopId, AppetiteHolder holder, String what) {
        if (holder == AppetiteHolder.AGREED) {
            ConsentRule.requireBoth(consent, workshopId, "change the agreed " + what);
            return;
        }
        Seat seat = holder == AppetiteHolder.FIRST ? Seat.FIRST : Seat.SECOND;
        ConsentRule.requireAnyParty(consent, workshopId, "set " + (what.startsWith("a") ? "an " : "a ") + what);
        if (!consent.includes(seat)) {
            throw new RuleViolation("consent", "Only the party in seat " + seat.number() + " may set its own " + what
                    + ".");
        }
    }

    /** Reveals the appetites when both are set and they are not yet revealed; true when it did. */
    public boolean revealAppetitesIfReady(long workshopId, Consent consent) {
        Appetites now = appetites(workshopId, null);
        if (now.revealed() || !now.bothSet()) {
            return false;
        }
        revealAppetites(workshopId, consent);
        return true;
    }

    /** The hash of the workshop's three stored frontiers, as a seal holds it; see {@link Seals#appetites}. */
    String sealOf(long workshopId, SignedIds ids) {
        Map<AppetiteHolder, Frontier> stored = appetites.forWorkshop(workshopId);
        return Seals.appetites(ids.workshop(workshopId), stored.get(AppetiteHolder.FIRST), stored.get(AppetiteHolder.SECOND),
                stored.get(AppetiteHolder.AGREED));
    }

    /** True once the workshop's appetites are revealed, and so sealed. */
    boolean revealed(long workshopId) {
        return appetites.revealed(workshopId);
    }

    /** The analysis as {@code viewer} may see it; a null viewer sees only what has been revealed. */
    public Analysis analysis(long workshopId, Seat viewer) {
        return Analysis.of(scoring.board(workshopId, viewer == null ? Seat.FIRST : viewer),
                appetites(workshopId, viewer));
    }
}
