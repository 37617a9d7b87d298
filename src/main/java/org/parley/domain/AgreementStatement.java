package org.parley.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What each party signs of an agreement: the register row it stands as, cell by cell, as text. The register
 * file carries the same cells, so a signature can be checked from the file alone ({@code verify-register}).
 * Party columns are keyed by seat ({@code party1_value}), not role label, so that renaming a party later does
 * not change what was signed; the signing times, signatures and workshop name are not signed.
 */
public record AgreementStatement(Map<String, String> cells) {

    /** The signed cells in the register's order; see design.md, "CSV contracts". */
    public static final List<String> KEYS = List.of("initiative_id", "initiative", "category", "sponsor",
            "party1_value", "party1_likelihood", "party1_impact", "party2_value", "party2_likelihood", "party2_impact",
            "agreed_value", "inherent_likelihood", "inherent_impact", "inherent_score", "inherent_band",
            "residual_likelihood", "residual_impact", "residual_score", "residual_band", "within_agreed_appetite",
            "decision", "treatment", "conditions", "risk_owner", "review_date", "rationale", "version");

    /** The cells written as numbers in the register file; every other one is text. */
    public static final Set<String> NUMBERS = Set.of("initiative_id", "party1_value", "party1_likelihood",
            "party1_impact", "party2_value", "party2_likelihood", "party2_impact", "agreed_value",
            "inherent_likelihood", "inherent_impact", "inherent_score", "residual_likelihood", "residual_impact",
            "residual_score", "version");

    /** Between two conditions in the {@code conditions} cell. */
    public static final String CONDITION_SEPARATOR = " | ";

    public AgreementStatement {
        if (!cells.keySet().equals(Set.copyOf(KEYS))) {
            throw new IllegalArgumentException("A statement has exactly the cells " + KEYS + ", not " + cells.keySet());
        }
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** The statement of an agreement on the scores and standing of {@code seen}, its snapshot or one taken now. */
    public static AgreementStatement of(long initiativeId, Agreement agreement, AgreementSnapshot seen) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("initiative_id", Long.toString(initiativeId));
        cells.put("initiative", seen.initiative().title());
        cells.put("category", seen.initiative().category());
        cells.put("sponsor", seen.initiative().sponsor());
        party(cells, "party1", seen.first());
        party(cells, "party2", seen.second());
        RiskStanding standing = seen.agreement();
        AgreementTerms terms = agreement.terms();
        cells.put("agreed_value", ValueScore.format(standing.agreedValue()));
        risk(cells, "inherent", standing.inherent());
        risk(cells, "residual", standing.residual());
        cells.put("within_agreed_appetite", Boolean.toString(standing.residualWithin()));
        cells.put("decision", terms.decision() == null ? "" : terms.decision().label());
        cells.put("treatment", terms.treatment() == null ? "" : terms.treatment().label());
        cells.put("conditions", conditions(terms.conditions()));
        cells.put("risk_owner", terms.riskOwner() == null ? "" : terms.riskOwner());
        cells.put("review_date", terms.reviewDate() == null ? "" : terms.reviewDate().toString());
        cells.put("rationale", terms.rationale() == null ? "" : terms.rationale());
        cells.put("version", Integer.toString(agreement.version()));
        return new AgreementStatement(cells);
    }

    /** The statement as a register file's row holds it, keyed as {@link #KEYS}; empty cells for missing ones. */
    public static AgreementStatement fromCells(Map<String, String> row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String key : KEYS) {
            String text = row.get(key);
            cells.put(key, text == null ? "" : text);
        }
        return new AgreementStatement(cells);
    }

    public String cell(String key) {
        return cells.get(key);
    }

    /** What a party in {@code seat} signs of a statement: its purpose, its seat and the statement's SHA-256. */
    public static String signedMessage(int seat, String statementSha256) {
        return SealVerification.message(SealVerification.agreement(seat), statementSha256);
    }

    /** The text that is hashed: canonical JSON of the cells (see {@link CanonicalJson}). */
    public String canonical() {
        return CanonicalJson.write(new TreeMap<>(cells));
    }

    /** The SHA-256 each party signs, as lower-case hex. */
    public String sha256() {
        return Signatures.sha256Hex(canonical());
    }

    /**
     * The conditions in one cell, in their order, separated by {@code " | "}:
     * {@code Sign a DPA with the model provider (owner: Legal; due 2027-01-31) | Prompt-injection test (owner:
     * AppSec; due 2027-02-15)}. A missing owner or due date is left out of the brackets, and the brackets when
     * both are. Empty when there are none.
     */
    public static String conditions(List<Condition> conditions) {
        return conditions.stream().map(AgreementStatement::condition).collect(Collectors.joining(CONDITION_SEPARATOR));
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

    private static void party(Map<String, String> cells, String prefix, AgreementSnapshot.PartyScores scores) {
        scores(cells, prefix, scores.value(), scores.risk());
    }

    /** One party's three cells, {@code party1_value}, {@code party1_likelihood}, {@code party1_impact}, as text. */
    static void scores(Map<String, String> cells, String prefix, double value, RiskScore risk) {
        cells.put(prefix + "_value", ValueScore.format(value));
        cells.put(prefix + "_likelihood", Integer.toString(risk.likelihood().score()));
        cells.put(prefix + "_impact", Integer.toString(risk.impact().score()));
    }

    private static void risk(Map<String, String> cells, String prefix, RiskScore risk) {
        cells.put(prefix + "_likelihood", Integer.toString(risk.likelihood().score()));
        cells.put(prefix + "_impact", Integer.toString(risk.impact().score()));
        cells.put(prefix + "_score", Integer.toString(risk.value()));
        cells.put(prefix + "_band", risk.band().label());
    }
}
