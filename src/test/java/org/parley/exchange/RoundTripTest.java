package org.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeField;

/** Export then import gives back what was exported: the contract that lets people edit a file in Excel. */
class RoundTripTest {

    @TempDir
    Path folder;

    @Test
    void awkwardInitiativesComeBackAsTheyWereExported() throws IOException {
        List<Initiative> initiatives = AwkwardInitiatives.all();

        InitiativeImportPlan plan = roundTrip(folder.resolve("initiatives.csv"), initiatives, CsvOptions.DEFAULT);

        assertThat(plan.rejected()).as("%s", plan.problems()).isFalse();
        assertThat(plan.firstAdditions()).isEmpty();
        assertThat(plan.firstUpdates()).containsExactlyElementsOf(updatesOf(initiatives));
    }

    @Test
    void anExportWithoutBomComesBackTheSame() throws IOException {
        List<Initiative> initiatives = AwkwardInitiatives.all();

        InitiativeImportPlan plan = roundTrip(folder.resolve("initiatives.csv"), initiatives, CsvOptions.WITHOUT_BOM);

        assertThat(plan.firstUpdates()).containsExactlyElementsOf(updatesOf(initiatives));
    }

    @Property(tries = 200)
    void anyTextComesBackAsItWasExported(@ForAll("initiatives") List<Initiative> initiatives) throws IOException {
        Path file = Files.createTempFile("parley-roundtrip", ".csv");
        try {
            InitiativeImportPlan plan = roundTrip(file, initiatives, CsvOptions.DEFAULT);

            assertThat(plan.problems()).isEmpty();
            assertThat(plan.firstUpdates()).containsExactlyElementsOf(updatesOf(initiatives));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static InitiativeImportPlan roundTrip(Path file, List<Initiative> initiatives, CsvOptions options)
            throws IOException {
        InitiativeExporter.export(file, initiatives, options, ExchangeProgress.NONE);
        Set<Long> ids = initiatives.stream().map(Initiative::id).collect(Collectors.toSet());
        return InitiativeImporter.parse(file, ids, ExchangeProgress.NONE);
    }

    private static List<InitiativeImportPlan.Update> updatesOf(List<Initiative> initiatives) {
        return initiatives.stream().map(i -> new InitiativeImportPlan.Update(i.id(), i.toDraft(),
                EnumSet.allOf(InitiativeField.class))).toList();
    }

    @Provide
    Arbitrary<List<Initiative>> initiatives() {
        // Titles, categories and sponsors are one-line names: line breaks and tabs only at their ends, stripped.
        Arbitrary<String> title = name(12).filter(t -> !t.isBlank());
        Arbitrary<BigDecimal> cost = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000")).ofScale(0))
                .injectNull(0.2);
        // Tags never hold '|', ',' or ';': those separate tags, in the file and in the editor.
        Arbitrary<List<String>> tags = text(6).filter(t -> !t.matches("(?s).*[|,;].*")).list().ofMaxSize(4);
        Arbitrary<Initiative> initiative = Combinators.combine(title, text(30), name(8), name(8), cost, tags)
                .as((t, description, category, sponsor, c, tagList) ->
                        AwkwardInitiatives.initiative(0, t, description, category, sponsor, c, tagList));
        return initiative.list().ofMinSize(1).ofMaxSize(6).map(RoundTripTest::numbered);
    }

    /** Text made of the pieces that break CSV and spreadsheets, in any order. */
    private static Arbitrary<String> text(int maxPieces) {
        return Arbitraries.of("=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "'", "\"", ",", ";", "|", " ", "#",
                        "a", "Z", "7", "ü", "ß", "中", "🔐", "\u00A0")
                .list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
    }

    /** Text as in {@link #text}, with its line breaks and tabs inside moved to its ends. */
    private static Arbitrary<String> name(int maxPieces) {
        return text(maxPieces).map(t -> t.replaceAll("[\t\r\n]", "") + t.replaceAll("[^\t\r\n]", ""));
    }

    private static List<Initiative> numbered(List<Initiative> initiatives) {
        List<Initiative> numbered = new ArrayList<>();
        for (Initiative i : initiatives) {
            numbered.add(AwkwardInitiatives.initiative(numbered.size() + 1, i.title(), i.description(), i.category(),
                    i.sponsor(), i.estimatedCost(), i.tags()));
        }
        return numbered;
    }
}
