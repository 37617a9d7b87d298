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
    void aWorkshopNameWithALineBreakOrAnEscapeCodeIsRefusedNamingTheCharacterAndWhereItIs() {
        assertThat(NameRules.workshopNameProblem("Q3\n  1  FY27 strategy offsite"))
                .isEqualTo("Workshop name holds a line break (U+000A) at character 3, which a name cannot hold. "
                        + "Remove it.");
        assertThat(NameRules.workshopNameProblem("\u001B[31mRed"))
                .isEqualTo("Workshop name holds an invisible character, U+001B ESCAPE at character 1, which a name "
                        + "cannot hold. Remove it.");
        assertThat(NameRules.workshopNameProblem("A\u0000B")).contains("U+0000 NULL at character 2");
        assertThat(NameRules.workshopNameProblem("A\tB")).contains("a tab (U+0009)");
    }

    @Test
    void zeroWidthAndDirectionCharactersAreRefusedInDisplayNames() {
        assertThat(NameRules.displayNameProblem("Amira\u200BHaddad"))
                .startsWith("Display name holds an invisible character, U+200B ZERO WIDTH SPACE at character 6");
        assertThat(NameRules.displayNameProblem("Amira \u202EdaddaH")).contains("U+202E");
        assertThat(NameRules.displayNameProblem("Amira\u2028Haddad")).contains("a line break (U+2028)");
        assertThat(NameRules.displayNameProblem("\uFEFFAmira")).contains("U+FEFF");
    }

    @Test
    void aJoinerBetweenTwoVisibleCharactersIsAllowedButNotBesideASpaceOrAtAnEdge() {
        assertThat(NameRules.workshopNameProblem("Family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 day"))
                .isNull();
        assertThat(NameRules.workshopNameProblem("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")).isNull();
        assertThat(NameRules.workshopNameProblem("CI \u200DSO")).contains("U+200D");
        assertThat(NameRules.workshopNameProblem("CISO\u200C")).contains("U+200C");
    }

    @Test
    void whiteSpaceAroundANameIsNotAProblemBecauseItIsStripped() {
        assertThat(NameRules.workshopNameProblem("\r\n FY27 \t")).isNull();
        assertThat(NameRules.invisibleCharacterProblem("Title", null)).isNull();
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
