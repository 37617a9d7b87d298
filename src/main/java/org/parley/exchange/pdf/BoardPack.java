package org.parley.exchange.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.domain.Agreement;
import org.parley.domain.Analysis;
import org.parley.domain.Decision;
import org.parley.domain.Note;
import org.parley.domain.Party;
import org.parley.domain.RegisterRow;
import org.parley.domain.Seat;
import org.parley.domain.ValueCriterion;
import org.parley.domain.Workshop;
import org.parley.domain.quant.LossVerdicts;
import org.parley.domain.quant.PortfolioLoss;
import org.parley.domain.quant.Tolerances;

/**
 * Everything a board pack prints, read from the store in one go and only what is revealed: the analysis of the
 * revealed rounds, the register's rows with their current signed agreements, the notes of those initiatives and the
 * audit chain's head. The writer decides nothing about what may be shown; the service that builds this does.
 *
 * @param parties       the two parties, seat one first
 * @param fingerprints  each party's public-key fingerprint, by party id, for the parties who have signed
 * @param sessionFrom   the workshop's first audit event, or its creation when it has none
 * @param sessionTo     the workshop's latest audit event
 * @param auditHead     the hash of the store's latest audit event, which {@code verify --expect} checks
 * @param register      one row per initiative shown: those agreed, and with {@code all} the others too
 * @param notes         the notes of the agreed initiatives, by initiative id, oldest first
 * @param contentHashes the hash of each shown agreement's stored content, by agreement id, as the audit log has it
 * @param currency      the workshop's currency, which agreed residual loss estimates are in
 * @param losses        the quantitative mode's figures, when the revealed rounds carry loss estimates
 * @param today         the day overdue reviews are judged on
 */
public record BoardPack(
        Workshop workshop,
        List<Party> parties,
        Map<Long, String> fingerprints,
        Instant sessionFrom,
        Instant sessionTo,
        String auditHead,
        List<ValueCriterion> criteria,
        Analysis analysis,
        List<RegisterRow> register,
        Map<Long, List<Note>> notes,
        Map<Long, String> contentHashes,
        String currency,
        Optional<Losses> losses,
        boolean all,
        LocalDate today,
        ZoneId zone,
        Instant writtenAt) {

    /**
     * The simulated portfolio losses of both parties, against their tolerances.
     *
     * @param verdicts null while either party's tolerance is not revealed
     */
    public record Losses(PortfolioLoss first, PortfolioLoss second, Tolerances tolerances, LossVerdicts verdicts) {

        public Losses {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(tolerances, "tolerances");
        }

        public PortfolioLoss of(Seat seat) {
            return seat == Seat.FIRST ? first : second;
        }

        /** The simulated years, the same for both parties' runs. */
        public int trials() {
            return first.trials();
        }

        /** The seed both parties' runs were drawn with. */
        public long seed() {
            return first.seed();
        }
    }

    public BoardPack {
        Objects.requireNonNull(workshop, "workshop");
        if (parties.size() != 2) {
            throw new IllegalArgumentException("A board pack has two parties, not " + parties.size());
        }
        parties = List.copyOf(parties);
        fingerprints = Map.copyOf(fingerprints);
        Objects.requireNonNull(sessionFrom, "sessionFrom");
        Objects.requireNonNull(sessionTo, "sessionTo");
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(analysis, "analysis");
        register = List.copyOf(register);
        notes = Map.copyOf(notes);
        contentHashes = Map.copyOf(contentHashes);
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(losses, "losses");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }

    public Party party(Seat seat) {
        return parties.get(seat == Seat.FIRST ? 0 : 1);
    }

    /** The rows with a current signed agreement, in the register's order. */
    public List<RegisterRow> agreed() {
        return register.stream().filter(RegisterRow::agreed).toList();
    }

    /** Agreed rows by decision, in the order of {@link Decision}; decisions nobody took are left out. */
    public Map<Decision, Long> agreedByDecision() {
        Map<Decision, Long> counts = new EnumMap<>(Decision.class);
        for (RegisterRow row : agreed()) {
            Decision decision = row.agreement().terms().decision();
            if (decision != null) {
                counts.merge(decision, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Agreements that go ahead with residual risk above the agreed appetite. */
    public long exceptions() {
        return agreed().stream().filter(row -> row.agreement().isException()).count();
    }

    /** Whether this agreement's review date has passed by {@link #today}. */
    public boolean overdue(Agreement agreement) {
        LocalDate review = agreement.terms().reviewDate();
        return review != null && review.isBefore(today);
    }

    public long overdueReviews() {
        return agreed().stream().filter(row -> overdue(row.agreement())).count();
    }

    public List<Note> notesOf(long initiativeId) {
        return notes.getOrDefault(initiativeId, List.of());
    }
}
