package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameRulesTest {

    @Test
    void workshopNamesAreRequiredAndBounded() {
        assertThat(NameRules.workshopNameProblem(" ")).isEqualTo("Workshop name is required.");
        assertThat(NameRules.workshopNameProblem("x".repeat(201))).contains("the limit is 200");
        assertThat(NameRules.workshopNameProblem("FY27 strategy offsite")).isNull();
    }

    @Test
    void roleLabelsMustBeUsableAsColumnNames() {
        assertThat(NameRules.roleLabelProblem("CISO")).isNull();
        assertThat(NameRules.roleLabelProblem("Deputy CTO")).isNull();
        assertThat(NameRules.roleLabelProblem("CTO,CIO")).contains("letters, digits, spaces");
        assertThat(NameRules.roleLabelProblem("")).isEqualTo("Role label is required.");
    }

    @Test
    void displayNamesAreRequired() {
        assertThat(NameRules.displayNameProblem(null)).isEqualTo("Display name is required.");
        assertThat(NameRules.displayNameProblem("Amira Haddad")).isNull();
    }

    @Test
    void partyLabelShowsTheRoleOnceWhenTheNameIsTheRole() {
        Party named = new Party(1, 1, Seat.FIRST, "Amira Haddad", "CISO", "#000000", false);
        Party unnamed = new Party(2, 1, Seat.SECOND, "CTO", "CTO", "#000000", false);
        assertThat(named.label()).isEqualTo("Amira Haddad (CISO)");
        assertThat(unnamed.label()).isEqualTo("CTO");
        assertThat(Seat.FIRST.other()).isEqualTo(Seat.SECOND);
        assertThat(Seat.of(2)).isEqualTo(Seat.SECOND);
    }
}
