package org.parley.exchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatement;
import org.parley.domain.Party;
import org.parley.domain.RegisterRow;
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
 *   <li>The columns from {@code initiative_id} to {@code rationale}, and {@code version}, are the row's
 *       {@link RegisterRow#cell cells}, the very text the register screen shows: for an agreed row the
 *       agreement's {@link AgreementStatement}, exactly what both parties signed, so that {@code verify-register}
 *       can check the signatures from the file alone; for a row not agreed the latest revealed round, and
 *       nothing before a reveal. The cells listed in {@link AgreementStatement#NUMBERS} are written as numbers,
 *       the others as text, guarded against formulas.</li>
 *   <li>A row not agreed leaves every agreement column empty, from {@code agreed_value} to the public keys.</li>
 *   <li>The {@code _signed_at} columns are ISO 8601 instants in UTC, to the second ({@code 2026-11-23T09:00:00Z}).</li>
 *   <li>The {@code _signature} and {@code _public_key} columns, after {@code workshop}, hold each party's Ed25519
 *       signature of the statement's SHA-256 and its public key, base64; empty for a sign-off given before
 *       Parley had signing keys.</li>
 * </ul>
 */
public final class RegisterExporter {

    /** The columns before the parties' ones. */
    static final List<String> INITIATIVE_COLUMNS = List.of("initiative_id", "initiative", "category", "sponsor");

    /** After each party's role label: {@code CISO_value}, {@code CISO_likelihood}, {@code CISO_impact}. */
    static final List<String> PARTY_SUFFIXES = List.of("_value", "_likelihood", "_impact");

    /** The agreement's columns, between the parties' scores and their signing times. */
    static final List<String> AGREEMENT_COLUMNS = List.of("agreed_value", "inherent_likelihood", "inherent_impact",
            "inherent_score", "inherent_band", "residual_likelihood", "residual_impact", "residual_score",
            "residual_band", "within_agreed_appetite", "decision", "treatment", "conditions", "risk_owner",
            "review_date", "rationale");

    static final String SIGNED_AT_SUFFIX = "_signed_at";

    static final String VERSION = "version";
    static final String WORKSHOP = "workshop";

    /**
     * Each party's signature, then each party's public key: the last four columns, unless the quantitative mode's
     * columns follow them.
     */
    static final String SIGNATURE_SUFFIX = "_signature";
    static final String PUBLIC_KEY_SUFFIX = "_public_key";

    /**
     * Each party's expected annual loss, {@code CISO_expected_loss}: the very last columns, and only in a file where
     * an exported row has a loss estimate, so that a register without any is the same file as before issue 15. At
     * the end rather than beside each party's impact because seat one's three score columns and seat two's follow
     * sponsor in a fixed order that {@code verify-register} reads the parties' names from.
     */
    static final String EXPECTED_LOSS_SUFFIX = "_expected_loss";

    /**
     * The expected annual loss of the agreement's residual loss estimate, after the parties' ones, and only in a file
     * where an exported agreement gives such an estimate (decision 0034); not signed, as the parties' are not.
     */
    static final String AGREED_EXPECTED_LOSS = "agreed_expected_loss";

    /** The statement's keys of the columns from initiative_id to rationale, in the register's order. */
    private static final List<String> SIGNED_BEFORE_SIGNING_TIMES = signedBeforeSigningTimes();

    private RegisterExporter() {
    }

    private static List<String> signedBeforeSigningTimes() {
        List<String> keys = new ArrayList<>(INITIATIVE_COLUMNS);
        for (Seat seat : Seat.values()) {
            PARTY_SUFFIXES.forEach(suffix -> keys.add("party" + seat.number() + suffix));
        }
        keys.addAll(AGREEMENT_COLUMNS);
        return List.copyOf(keys);
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
        boolean losses = written.stream().anyMatch(RegisterRow::hasLossEstimate);
        boolean agreedLosses = written.stream().anyMatch(row -> row.agreedExpectedLoss() != null);
        CsvFileWriter.write(target, columns(parties, losses, agreedLosses), written,
                row -> row(row, workshop, losses, agreedLosses), options, progress);
        return written.size();
    }

    /** The rows the file holds, in initiative id order. */
    static List<RegisterRow> selected(List<RegisterRow> rows, boolean includeUnagreed) {
        return rows.stream()
                .filter(row -> includeUnagreed || row.agreed())
                .sorted(Comparator.comparingLong(row -> row.initiative().id()))
                .toList();
    }

    /** The header for the workshop's parties, without the loss columns. */
    public static List<String> columns(List<Party> parties) {
        return columns(parties, false);
    }

    /** The header for the workshop's parties; {@code losses} adds each party's expected loss at the end. */
    public static List<String> columns(List<Party> parties, boolean losses) {
        return columns(parties, losses, false);
    }

    /** The header; {@code agreedLosses} adds the agreed residual estimate's expected loss after the parties' ones. */
    public static List<String> columns(List<Party> parties, boolean losses, boolean agreedLosses) {
        String[] prefixes = columnPrefixes(party(parties, Seat.FIRST), party(parties, Seat.SECOND));
        List<String> columns = new ArrayList<>(INITIATIVE_COLUMNS);
        for (String prefix : prefixes) {
            PARTY_SUFFIXES.forEach(suffix -> columns.add(prefix + suffix));
        }
        columns.addAll(AGREEMENT_COLUMNS);
        addForBoth(columns, prefixes, SIGNED_AT_SUFFIX);
        columns.add(VERSION);
        columns.add(WORKSHOP);
        addForBoth(columns, prefixes, SIGNATURE_SUFFIX);
        addForBoth(columns, prefixes, PUBLIC_KEY_SUFFIX);
        if (losses) {
            addForBoth(columns, prefixes, EXPECTED_LOSS_SUFFIX);
        }
        if (agreedLosses) {
            columns.add(AGREED_EXPECTED_LOSS);
        }
        return List.copyOf(columns);
    }

    private static void addForBoth(List<String> columns, String[] prefixes, String suffix) {
        for (String prefix : prefixes) {
            columns.add(prefix + suffix);
        }
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
        return row(row, workshop, false, false);
    }

    static List<CsvCell> row(RegisterRow row, String workshop, boolean losses, boolean agreedLosses) {
        List<CsvCell> cells = new ArrayList<>();
        for (String key : SIGNED_BEFORE_SIGNING_TIMES) {
            cells.add(cell(key, row.cell(key)));
        }
        // The signing times sit between the rationale and the version, and are not signed.
        forBoth(cells, row.agreement(), signature -> CsvCell.date(signedAt(signature.at())));
        cells.add(cell(VERSION, row.cell(VERSION)));
        cells.add(CsvCell.text(workshop));
        forBoth(cells, row.agreement(), signature -> proven(signature) ? CsvCell.text(signature.proof()) : CsvCell.empty());
        forBoth(cells, row.agreement(), signature -> proven(signature) ? CsvCell.text(signature.publicKey())
                : CsvCell.empty());
        if (losses) {
            for (Seat seat : Seat.values()) {
                cells.add(number(row.expectedLoss(seat)));
            }
        }
        if (agreedLosses) {
            cells.add(number(row.agreedExpectedLoss()));
        }
        return cells;
    }

    private static CsvCell number(BigDecimal value) {
        return value == null ? CsvCell.empty() : CsvCell.number(value);
    }

    /** A cell per seat from its signature; a row not agreed has no signatures, so the cells stay empty. */
    private static void forBoth(List<CsvCell> cells, Agreement agreement, Function<Signature, CsvCell> cell) {
        for (Seat seat : Seat.values()) {
            cells.add(agreement == null ? CsvCell.empty() : cell.apply(agreement.signature(seat)));
        }
    }

    /** A sign-off given before signing keys has no signature to write; its columns stay empty. */
    private static boolean proven(Signature signature) {
        return signature != null && signature.signed();
    }

    /** A row's cell as the file holds it: numbers unguarded, everything else as guarded text. */
    private static CsvCell cell(String key, String text) {
        if (text.isEmpty()) {
            return CsvCell.empty();
        }
        return AgreementStatement.NUMBERS.contains(key) ? CsvCell.number(new BigDecimal(text)) : CsvCell.text(text);
    }

    /** To the second, so that every row has the same shape: 2026-11-23T09:00:00Z. */
    static Instant signedAt(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }
}
