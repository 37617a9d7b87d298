package org.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.domain.ParleyException;

/** How verify-register finds its columns in a register's header, and reads rows shorter than the header. */
class RegisterColumnsTest {

    private static final List<String> HEADER = Arrays.asList(RegisterExporterTest.SAMPLE_HEADER.split(","));

    private static CsvTable.Row row(int cells) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            values.add("cell " + i);
        }
        return new CsvTable.Row(2, values);
    }

    @Test
    void thePartiesAreNamedByTheColumnsAfterSponsor() {
        assertThat(RegisterColumns.of(HEADER).parties()).containsExactly("CISO", "CTO");
    }

    @Test
    void aRowEndingJustBeforeTheAgreementClaimsNoAgreementAndItsMissingCellsAreEmpty() {
        RegisterColumns columns = RegisterColumns.of(HEADER);
        // initiative_id .. CTO_impact: the ten cells before agreed_value.
        CsvTable.Row scoresOnly = row(10);

        assertThat(columns.claimsAgreement(scoresOnly)).isFalse();
        assertThat(columns.claimsAgreement(row(11))).isTrue();
        assertThat(columns.statementCells(scoresOnly)).containsEntry("party2_impact", "cell 9")
                .containsEntry("agreed_value", "").containsEntry("version", "");
        assertThat(columns.publicKey(row(HEADER.size() - 1), 1)).isEmpty();
        assertThat(columns.publicKey(row(HEADER.size()), 1)).isEqualTo("cell " + (HEADER.size() - 1));
    }

    @Test
    void aPartyColumnMadeOfTheSuffixAloneIsRefusedNamingIt() {
        List<String> header = new ArrayList<>(HEADER);
        header.set(4, "_value");

        assertThatThrownBy(() -> RegisterColumns.of(header)).isInstanceOf(ParleyException.class)
                .hasMessageEndingWith("but column 5 is \u201C_value\u201D.");
    }

    @Test
    void partyColumnsPastTheEndOfTheHeaderAreMissing() {
        List<String> header = new ArrayList<>(HEADER);
        header.remove("sponsor");
        header.add("sponsor");

        assertThatThrownBy(() -> RegisterColumns.of(header)).isInstanceOf(ParleyException.class)
                .hasMessageEndingWith("but column " + (HEADER.size() + 1) + " is missing or unnamed.");
    }
}
