package org.parley.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.domain.quant.LossEstimate;

/**
 * One initiative as the register shows it, on screen and in the CSV file alike: its current signed agreement,
 * if any, both parties' latest revealed assessments, if any, and the row's cells as text ({@link #cell}). Both
 * the register screen and the exporter render these cells, so they cannot disagree on what a row says.
 */
public final class RegisterRow {

    /** The cells a row has, in the register's order: from {@code initiative_id} to {@code version}. */
    public static final List<String> KEYS = AgreementStatement.KEYS;

    private final Initiative initiative;
    private final Assessment first;
    private final Assessment second;
    private final Agreement agreement;
    private final long signedId;
    /** Made on first use: counting the agreed rows needs none of them. */
    private volatile Map<String, String> cells;

    /**
     * @param first     seat one's assessment of the latest revealed round, or null before any reveal
     * @param second    seat two's assessment of that round, or null before any reveal
     * @param agreement the current agreement (signed, neither superseded nor revoked), or null
     */
    public RegisterRow(Initiative initiative, Assessment first, Assessment second, Agreement agreement) {
        this(initiative, first, second, agreement, initiative.id());
    }

    /**
     * As {@link #RegisterRow(Initiative, Assessment, Assessment, Agreement)}, for an initiative signed under another
     * id than its own: one transferred from another store keeps, in its {@code initiative_id} cell, the id its
     * parties signed (decision 0037).
     */
    public RegisterRow(Initiative initiative, Assessment first, Assessment second, Agreement agreement, long signedId) {
        this.signedId = signedId;
        this.initiative = Objects.requireNonNull(initiative, "initiative");
        this.first = first;
        this.second = second;
        this.agreement = agreement;
        if (agreement != null && !agreement.isCurrent()) {
            throw new IllegalArgumentException("The register shows current signed agreements only, not version "
                    + agreement.version() + " (" + agreement.status().label() + ") of initiative " + initiative.id());
        }
    }

    public Initiative initiative() {
        return initiative;
    }

    public Assessment first() {
        return first;
    }

    public Assessment second() {
        return second;
    }

    public Agreement agreement() {
        return agreement;
    }

    public boolean agreed() {
        return agreement != null;
    }

    /**
     * The text of one of the row's {@link #KEYS}: values to one decimal ({@link ValueScore#format}), bands,
     * decisions and treatments as labels, the conditions in one cell ({@link AgreementStatement#conditions}),
     * dates as ISO 8601; empty when the row has nothing there.
     * <ul>
     *   <li>An agreed row is the agreement's {@link AgreementStatement}, cell for cell: exactly what both parties
     *       signed, with the scores and the initiative as they were then (its snapshot).</li>
     *   <li>A row not agreed has the initiative as it reads now and the latest revealed scores, and nothing before
     *       a reveal: an unrevealed assessment is never shown. Every cell of an agreement is empty.</li>
     * </ul>
     */
    public String cell(String key) {
        String text = cells().get(key);
        if (text == null) {
            throw new IllegalArgumentException("A register row has no cell " + key + "; it has " + KEYS);
        }
        return text;
    }

    /** True when either party's latest revealed assessment carries a loss estimate. */
    public boolean hasLossEstimate() {
        return (first != null && first.loss() != null) || (second != null && second.loss() != null);
    }

    /**
     * The seat's expected annual loss from its latest revealed estimate, p · exp(μ + σ²/2), in whole units of the
     * workshop's currency (half up); null when that assessment has no estimate or nothing is revealed. Not part
     * of what the parties sign.
     */
    public BigDecimal expectedLoss(Seat seat) {
        Assessment assessment = seat == Seat.FIRST ? first : second;
        return assessment == null ? null : wholeUnits(assessment.loss());
    }

    /**
     * The expected annual loss of the current agreement's residual loss estimate, in whole units as
     * {@link #expectedLoss(Seat)}; null when there is no agreement or it gives no estimate (decision 0034).
     */
    public BigDecimal agreedExpectedLoss() {
        return agreement == null ? null : wholeUnits(agreement.terms().residualLoss());
    }

    private static BigDecimal wholeUnits(LossEstimate loss) {
        return loss == null ? null : BigDecimal.valueOf(loss.expectedAnnualLoss()).setScale(0, RoundingMode.HALF_UP);
    }

    /** When the party in the seat signed the current agreement; null for a row not agreed. */
    public Instant signedAt(Seat seat) {
        return agreement == null ? null : agreement.signature(seat).at();
    }

    private Map<String, String> cells() {
        Map<String, String> made = cells;
        if (made == null) {
            made = agreement != null ? AgreementStatement.of(signedId, agreement, agreement.snapshot()).cells()
                    : unagreed();
            cells = made;
        }
        return made;
    }

    private Map<String, String> unagreed() {
        Map<String, String> made = new LinkedHashMap<>();
        KEYS.forEach(key -> made.put(key, ""));
        made.put("initiative_id", Long.toString(signedId));
        made.put("initiative", initiative.title());
        made.put("category", initiative.category());
        made.put("sponsor", initiative.sponsor());
        // A revealed round always has both assessments; one without the other cannot have been revealed.
        if (first != null && second != null && first.round() == second.round()) {
            AgreementStatement.scores(made, "party1", first.value(), first.risk());
            AgreementStatement.scores(made, "party2", second.value(), second.risk());
        }
        return Collections.unmodifiableMap(made);
    }
}
