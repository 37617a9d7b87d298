package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one shape of a register row, which the register screen and the CSV file both render. */
class RegisterRowTest {

    private static final Initiative NOW = new Initiative(100, 10, "Support assistant (renamed)", "", "Customer",
            "Head of Support", null, List.of(), AgreementTest.T0);

    @Test
    void anAgreedRowIsWhatBothPartiesSignedCellForCell() {
        Agreement agreement = AgreementTest.frozen();
        AgreementStatement signed = AgreementStatement.of(100, agreement, agreement.snapshot());

        RegisterRow row = new RegisterRow(NOW, null, null, agreement);

        for (String key : RegisterRow.KEYS) {
            assertThat(row.cell(key)).as(key).isEqualTo(signed.cell(key));
        }
        // The initiative as it was signed, not as it reads now.
        assertThat(row.cell("initiative")).isEqualTo("Gen-AI support assistant");
        assertThat(row.cell("party1_value")).isEqualTo("3.5");
        assertThat(row.signedAt(Seat.SECOND)).isEqualTo(agreement.secondSignature().at());
    }

    @Test
    void aRowNotAgreedShowsTheInitiativeNowAndOnlyARevealedRound() {
        Assessment first = new Assessment(1, 100, Seat.FIRST, 2, RiskScore.of(4, 3), Map.of(7L, 3), 3.25, "", AgreementTest.T0);
        Assessment second = new Assessment(2, 100, Seat.SECOND, 2, RiskScore.of(2, 5), Map.of(7L, 4), 4.0, "", AgreementTest.T0);

        RegisterRow revealed = new RegisterRow(NOW, first, second, null);
        RegisterRow alone = new RegisterRow(NOW, first, null, null);

        assertThat(revealed.cell("initiative_id")).isEqualTo("100");
        assertThat(revealed.cell("initiative")).isEqualTo("Support assistant (renamed)");
        assertThat(revealed.cell("sponsor")).isEqualTo("Head of Support");
        assertThat(List.of(revealed.cell("party1_value"), revealed.cell("party1_likelihood"),
                revealed.cell("party1_impact"), revealed.cell("party2_value"), revealed.cell("party2_likelihood"),
                revealed.cell("party2_impact"))).containsExactly("3.3", "4", "3", "4.0", "2", "5");
        assertThat(RegisterRow.KEYS.subList(RegisterRow.KEYS.indexOf("agreed_value"), RegisterRow.KEYS.size()))
                .allSatisfy(key -> assertThat(revealed.cell(key)).as(key).isEmpty());
        assertThat(alone.cell("party1_value")).isEmpty();
        assertThat(revealed.signedAt(Seat.FIRST)).isNull();
    }

    @Test
    void onlyTheCurrentSignedVersionMakesARow() {
        Agreement draft = AgreementTest.draft();

        assertThatThrownBy(() -> new RegisterRow(NOW, null, null, draft))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("current signed agreements only");
        assertThatThrownBy(() -> new RegisterRow(NOW, null, null, null).cell("CISO_value"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
