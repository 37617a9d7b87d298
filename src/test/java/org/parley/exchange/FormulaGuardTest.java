package org.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(1,1)", "\t=1", "\r=1", "\n=1", "'=1", "''-1"})
    void riskyTextGetsOneLeadingApostropheThatTheImporterTakesOffAgain(String text) {
        String written = FormulaGuard.neutralise(text);

        assertThat(written).isEqualTo("'" + text);
        assertThat(FormulaGuard.restore(written)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"it's fine", "'quoted'", "a=b", "x-1", "' =1", "'", ""})
    void anApostropheTheAuthorWroteIsKept(String cell) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo(cell);
        assertThat(FormulaGuard.restore(cell)).isEqualTo(cell);
    }

    @Property
    void restoringWhatWasNeutralisedGivesTheOriginalText(@ForAll("awkwardText") String text) {
        assertThat(FormulaGuard.restore(FormulaGuard.neutralise(text))).isEqualTo(text);
    }

    @Property
    void neutralisedTextNeverStartsWithAFormulaCharacter(@ForAll("awkwardText") String text) {
        assertThat(FormulaGuard.neutralise(text)).doesNotMatch("(?s)^[=+\\-@\t\r\n].*");
    }

    @Provide
    Arbitrary<String> awkwardText() {
        return Arbitraries.strings().withChars("'=+-@\t\r\n aZ1\"").ofMaxLength(6);
    }
}
