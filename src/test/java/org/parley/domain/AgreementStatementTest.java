package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What both parties sign of an agreement: its register row as text, cell by cell, and that row's hash. */
class AgreementStatementTest {

    private static AgreementStatement frozenStatement() {
        Agreement frozen = AgreementTest.frozen();
        return AgreementStatement.of(100, frozen, frozen.snapshot());
    }

    @Test
    void theStatementOfAFrozenAgreementIsItsRegisterRowInTheRegistersOrder() {
        assertThat(frozenStatement().cells()).containsExactly(
                Map.entry("initiative_id", "100"),
                Map.entry("initiative", "Gen-AI support assistant"),
                Map.entry("category", ""),
                Map.entry("sponsor", ""),
                Map.entry("party1_value", "3.5"), Map.entry("party1_likelihood", "4"), Map.entry("party1_impact", "4"),
                Map.entry("party2_value", "4.5"), Map.entry("party2_likelihood", "3"), Map.entry("party2_impact", "3"),
                Map.entry("agreed_value", "4.0"),
                Map.entry("inherent_likelihood", "4"), Map.entry("inherent_impact", "4"),
                Map.entry("inherent_score", "16"), Map.entry("inherent_band", "Critical"),
                Map.entry("residual_likelihood", "2"), Map.entry("residual_impact", "4"),
                Map.entry("residual_score", "8"), Map.entry("residual_band", "Medium"),
                Map.entry("within_agreed_appetite", "true"),
                Map.entry("decision", "Proceed with conditions"),
                Map.entry("treatment", "Mitigate"),
                Map.entry("conditions", "DPA with the model provider (owner: Legal Counsel; due 2026-12-23)"),
                Map.entry("risk_owner", "VP Customer Experience"),
                Map.entry("review_date", "2027-05-23"),
                Map.entry("rationale", "Conditions bring the risk within the appetite."),
                Map.entry("version", "1"));
        assertThat(frozenStatement().cell("residual_band")).isEqualTo("Medium");
    }

    @Test
    void termsNotYetChosenAreEmptyCells() {
        AgreementTerms untreated = new AgreementTerms(4.0, 4, 4, List.of(AgreementRulesTest.DPA), 2, 4, null, null, "",
                null, "");
        AgreementStatement statement = AgreementStatement.of(100, AgreementTest.draftOf(untreated),
                AgreementTest.frozen().snapshot());

        assertThat(statement.cell("decision")).isEmpty();
        assertThat(statement.cell("treatment")).isEmpty();
        assertThat(statement.cell("review_date")).isEmpty();
        assertThat(statement.cell("risk_owner")).isEmpty();
        assertThat(statement.cell("rationale")).isEmpty();
    }

    @Test
    void aStatementReadBackFromItsRegisterCellsIsTheSameAndHashesTheSame() {
        AgreementStatement signed = frozenStatement();
        Map<String, String> row = new HashMap<>(signed.cells());
        row.put("CISO_signed_at", "2026-11-23T09:00:10Z");
        row.put("workshop", "FY27 strategy offsite");

        AgreementStatement read = AgreementStatement.fromCells(row);

        assertThat(read).isEqualTo(signed);
        assertThat(read.sha256()).isEqualTo(signed.sha256());
    }

    @Test
    void aCellMissingFromTheRegisterRowIsReadAsEmptyAndChangesTheHash() {
        AgreementStatement signed = frozenStatement();
        Map<String, String> row = new HashMap<>(signed.cells());
        row.remove("rationale");

        AgreementStatement read = AgreementStatement.fromCells(row);

        assertThat(read.cell("rationale")).isEmpty();
        assertThat(read.sha256()).isNotEqualTo(signed.sha256());
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalJsonOfTheCells() {
        AgreementStatement statement = frozenStatement();

        assertThat(statement.canonical()).startsWith("{\"agreed_value\":\"4.0\",\"category\":\"\",")
                .endsWith(",\"version\":\"1\",\"within_agreed_appetite\":\"true\"}");
        assertThat(statement.sha256()).matches("[0-9a-f]{64}").isEqualTo(Signatures.sha256Hex(statement.canonical()));
    }

    @Test
    void aStatementHasExactlyTheRegistersSignedCells() {
        Map<String, String> cells = new HashMap<>(frozenStatement().cells());
        cells.remove("version");
        assertThatThrownBy(() -> new AgreementStatement(cells)).isInstanceOf(IllegalArgumentException.class);

        cells.put("version", "1");
        cells.put("workshop", "FY27 strategy offsite");
        assertThatThrownBy(() -> new AgreementStatement(cells)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachSeatSignsTheHashUnderItsOwnPurpose() {
        assertThat(AgreementStatement.signedMessage(1, "ab12")).isEqualTo("parley/agreement/v1|seat=1|ab12");
        assertThat(AgreementStatement.signedMessage(2, "ab12")).isEqualTo("parley/agreement/v1|seat=2|ab12");
    }

    @Test
    void aConditionShowsWhicheverOfItsOwnerAndDueDateItHas() {
        LocalDate due = LocalDate.parse("2027-01-31");

        assertThat(AgreementStatement.conditions(List.of(new Condition("DPA", "Legal", null))))
                .isEqualTo("DPA (owner: Legal)");
        assertThat(AgreementStatement.conditions(List.of(new Condition("DPA", "", due)))).isEqualTo("DPA (due 2027-01-31)");
        assertThat(AgreementStatement.conditions(List.of(new Condition("DPA", "", null), new Condition("Pen test", "AppSec",
                due)))).isEqualTo("DPA | Pen test (owner: AppSec; due 2027-01-31)");
    }

    @Test
    void valuesAreWrittenToOneDecimalRoundedHalfUp() {
        assertThat(ValueScore.format(3.25)).isEqualTo("3.3");
        assertThat(ValueScore.format(3.24)).isEqualTo("3.2");
        assertThat(ValueScore.format(4)).isEqualTo("4.0");
    }
}
