package org.parley.exchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementSnapshot;
import org.parley.domain.AgreementTerms;
import org.parley.domain.Assessment;
import org.parley.domain.Condition;
import org.parley.domain.Initiative;
import org.parley.domain.Party;
import org.parley.domain.RegisterRow;
import org.parley.domain.RiskScore;
import org.parley.domain.RiskStanding;
import org.parley.domain.Seat;
import org.parley.domain.Signature;

/**
 * Writes a workshop's risk register in the CSV contract of design.md: one row per initiative with a current
 * signed agreement, in initiative id order, and on request the initiatives not yet agreed too.
 *
 * <p>How the cells are written:
 * <ul>
 *   <li>The party columns are named after the parties' role labels, seat one first ({@code CISO_value}); see
 *       {@link #columnPrefix}.</li>
 *   <li>An agreed row shows the parties' scores the agreement was signed on (its snapshot), so that the row
 *       says on what basis it was agreed even after a later round. A row not agreed shows the latest revealed
 *       round, and nothing before a reveal: an unrevealed assessment is never written.</li>
 *   <li>Values have one decimal (4.0); likelihood, impact and scores are whole numbers; bands, decisions and
 *       treatments are their labels ("Proceed with conditions"); {@code within_agreed_appetite} is
 *       {@code true} or {@code false} for the residual risk at the agreed value.</li>
 *   <li>{@code review_date} is an ISO 8601 date; the {@code _signed_at} columns are ISO 8601 instants in UTC,
 *       to the second ({@code 2026-11-23T09:00:00Z}).</li>
 *   <li>{@code conditions} holds every condition in one cell, in their order, separated by {@code " | "}, each
 *       as {@code description (owner: Legal; due 2027-01-31)}; see {@link #conditions}.</li>
 *   <li>A row not agreed has every agreement column empty, from {@code agreed_value} to {@code version}.</li>
 * </ul>
 */
public final class RegisterExporter {

    /** The columns before the parties' ones. */
    static final List<String> INITIATIVE_COLUMNS = List.of("initiative_id", "initiative", "category", "sponsor");

    /** After each party's role label: {@code CISO_value}, {@code CISO_likelihood}, {@code CISO_impact}. */
    static final List<String> PARTY_SUFFIXES = List.of("_value", "_likelihood", "_impact");

    /** The agreement's columns, between the parties' scores and their signatures. */
    static final List<String> AGREEMENT_COLUMNS = List.of("agreed_value", "inherent_likelihood", "inherent_impact",
            "inherent_score", "inherent_band", "residual_likelihood", "residual_impact", "residual_score",
            "residual_band", "within_agreed_appetite", "decision", "treatment", "conditions", "risk_owner",
            "review_date", "rationale");

    static final String SIGNED_AT_SUFFIX = "_signed_at";

    static final List<String> LAST_COLUMNS = List.of("version", "workshop");

    /** Between two conditions in the {@code conditions} cell. */
    public static final String CONDITION_SEPARATOR = " | ";

    private RegisterExporter() {
    }

    /**
     * Writes the register; an existing file is replaced only once the new one is complete.
     *
     * @param parties         the workshop's two parties; their role labels name the party columns
     * @param rows            the register rows of the workshop, in any order
     * @param includeUnagreed true to add the initiatives without a current signed agreement
     * @return the number of rows written, the header not counted
     * @throws ExchangeCancelledException when {@code progress} asks to stop; nothing is written then
     */
    public static int export(Path target, String workshop, List<Party> parties, List<RegisterRow> rows,
            boolean includeUnagreed, CsvOptions options, ExchangeProgress progress) throws IOException {
        Objects.requireNonNull(workshop, "workshop");
        List<RegisterRow> written = selected(rows, includeUnagreed);
        CsvFileWriter.write(target, columns(parties), written, row -> row(row, workshop), options, progress);
        return written.size();
    }

    /** The rows the file holds, in initiative id order. */
    static List<RegisterRow> selected(List<RegisterRow> rows, boolean includeUnagreed) {
        return rows.stream()
                .filter(row -> includeUnagreed || row.agreed())
                .sorted(Comparator.comparingLong(row -> row.initiative().id()))
                .toList();
    }

    /** The header for the workshop's parties. */
    public static List<String> columns(List<Party> parties) {
        String[] prefixes = columnPrefixes(party(parties, Seat.FIRST), party(parties, Seat.SECOND));
        List<String> columns = new ArrayList<>(INITIATIVE_COLUMNS);
        for (String prefix : prefixes) {
            PARTY_SUFFIXES.forEach(suffix -> columns.add(prefix + suffix));
        }
        columns.addAll(AGREEMENT_COLUMNS);
        for (String prefix : prefixes) {
            columns.add(prefix + SIGNED_AT_SUFFIX);
        }
        columns.addAll(LAST_COLUMNS);
        return List.copyOf(columns);
    }

    /**
     * A role label as a column prefix: letters (in their case), digits and {@code _} are kept, and each run of
     * any other characters (spaces, {@code - . & /}) becomes one {@code _}, none at either end. "CISO" stays
     * {@code CISO}; "Head of IT/Ops" becomes {@code Head_of_IT_Ops}. A label with no letter or digit becomes
     * {@code party1} or {@code party2}, after its seat.
     */
    public static String columnPrefix(Party party) {
        String prefix = party.roleLabel().strip()
                .replaceAll("[^\\p{L}\\p{N}_]+", "_")
                .replaceAll("^_+|_+$", "");
        return prefix.isEmpty() ? "party" + party.seat().number() : prefix;
    }

    /**
     * Both prefixes. Role labels differ, but two can still give the same prefix ("IT Ops" and "IT-Ops"); then
     * each gets its seat number ({@code IT_Ops_1}, {@code IT_Ops_2}), as the importer and spreadsheets match
     * headers ignoring case.
     */
    private static String[] columnPrefixes(Party first, Party second) {
        String one = columnPrefix(first);
        String two = columnPrefix(second);
        if (one.equalsIgnoreCase(two)) {
            return new String[] {one + "_1", two + "_2"};
        }
        return new String[] {one, two};
    }

    private static Party party(List<Party> parties, Seat seat) {
        return parties.stream().filter(p -> p.seat() == seat).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The register needs the party of seat " + seat.number()
                        + " to name its columns"));
    }

    static List<CsvCell> row(RegisterRow row, String workshop) {
        Initiative initiative = row.initiative();
        Agreement agreement = row.agreement();
        if (agreement != null && !agreement.isCurrent()) {
            throw new IllegalArgumentException("The register shows current signed agreements only, not version "
                    + agreement.version() + " (" + agreement.status().label() + ") of initiative " + initiative.id());
        }
        List<CsvCell> cells = new ArrayList<>();
        cells.add(CsvCell.number(initiative.id()));
        // An agreed row describes the initiative as both signed it; a later edit does not rewrite the register.
        AgreementSnapshot.InitiativeFacts signed = agreement == null || agreement.snapshot() == null ? null
                : agreement.snapshot().initiative();
        cells.add(CsvCell.text(signed == null ? initiative.title() : signed.title()));
        cells.add(CsvCell.text(signed == null ? initiative.category() : signed.category()));
        cells.add(CsvCell.text(signed == null ? initiative.sponsor() : signed.sponsor()));
        for (Seat seat : Seat.values()) {
            cells.addAll(scores(row, seat));
        }
        if (agreement == null) {
            // The agreement's columns, both signatures and the version.
            for (int i = 0; i < AGREEMENT_COLUMNS.size() + Seat.values().length + 1; i++) {
                cells.add(CsvCell.empty());
            }
        } else {
            cells.addAll(agreement(agreement));
            for (Seat seat : Seat.values()) {
                cells.add(signedAt(agreement.signature(seat)));
            }
            cells.add(CsvCell.number(agreement.version()));
        }
        cells.add(CsvCell.text(workshop));
        return cells;
    }

    /** value, likelihood, impact of one party, or three empty cells when there is nothing revealed to show. */
    private static List<CsvCell> scores(RegisterRow row, Seat seat) {
        Agreement agreement = row.agreement();
        if (agreement != null) {
            AgreementSnapshot.PartyScores scores = agreement.snapshot().of(seat);
            return scoreCells(scores.value(), scores.likelihood(), scores.impact());
        }
        // A revealed round always has both assessments; one without the other cannot have been revealed.
        Assessment first = row.first();
        Assessment second = row.second();
        if (first == null || second == null || first.round() != second.round()) {
            return List.of(CsvCell.empty(), CsvCell.empty(), CsvCell.empty());
        }
        Assessment own = seat == Seat.FIRST ? first : second;
        return scoreCells(own.value(), own.risk().likelihood().score(), own.risk().impact().score());
    }

    private static List<CsvCell> scoreCells(double value, int likelihood, int impact) {
        return List.of(oneDecimal(value), CsvCell.number(likelihood), CsvCell.number(impact));
    }

    /** The cells from agreed_value to rationale. */
    private static List<CsvCell> agreement(Agreement agreement) {
        AgreementTerms terms = agreement.terms();
        // A signed agreement's standing is the one frozen in its snapshot.
        RiskStanding standing = agreement.standing();
        List<CsvCell> cells = new ArrayList<>();
        cells.add(oneDecimal(standing.agreedValue()));
        cells.addAll(risk(standing.inherent()));
        cells.addAll(risk(standing.residual()));
        cells.add(bool(standing.residualWithin()));
        cells.add(CsvCell.text(terms.decision() == null ? null : terms.decision().label()));
        cells.add(CsvCell.text(terms.treatment() == null ? null : terms.treatment().label()));
        cells.add(CsvCell.text(conditions(terms.conditions())));
        cells.add(CsvCell.text(terms.riskOwner()));
        cells.add(CsvCell.date(terms.reviewDate()));
        cells.add(CsvCell.text(terms.rationale()));
        return cells;
    }

    /** likelihood, impact, score, band. */
    private static List<CsvCell> risk(RiskScore risk) {
        return List.of(CsvCell.number(risk.likelihood().score()), CsvCell.number(risk.impact().score()),
                CsvCell.number(risk.value()), CsvCell.text(risk.band().label()));
    }

    /**
     * The conditions in one cell, in their order, separated by {@code " | "}:
     * {@code Sign a DPA with the model provider (owner: Legal; due 2027-01-31) | Prompt-injection test (owner:
     * AppSec; due 2027-02-15)}. A missing owner or due date is left out of the brackets, and the brackets when
     * both are. Empty when there are none.
     */
    static String conditions(List<Condition> conditions) {
        return conditions.stream().map(RegisterExporter::condition).collect(Collectors.joining(CONDITION_SEPARATOR));
    }

    private static String condition(Condition condition) {
        List<String> details = new ArrayList<>(2);
        if (!condition.owner().isEmpty()) {
            details.add("owner: " + condition.owner());
        }
        if (condition.dueDate() != null) {
            details.add("due " + condition.dueDate());
        }
        return details.isEmpty() ? condition.description()
                : condition.description() + " (" + String.join("; ", details) + ")";
    }

    private static CsvCell signedAt(Signature signature) {
        return signature == null ? CsvCell.empty() : CsvCell.date(signedAt(signature.at()));
    }

    /** To the second, so that every row has the same shape: 2026-11-23T09:00:00Z. */
    static Instant signedAt(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    private static CsvCell oneDecimal(double value) {
        return CsvCell.number(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
    }

    /** true or false: text, but never text a spreadsheet would run. */
    private static CsvCell bool(boolean value) {
        return CsvCell.text(Boolean.toString(value));
    }
}
