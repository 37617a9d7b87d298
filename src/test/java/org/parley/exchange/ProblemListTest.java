package org.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A file with an error on every line lists the first hundred and counts the rest. */
class ProblemListTest {

    @Test
    void aFileWithThousandsOfBadLinesListsTheFirstHundredAndSaysHowManyMoreThereAre() throws IOException {
        StringBuilder csv = new StringBuilder("title,estimated_cost\r\n");
        for (int i = 0; i < 5000; i++) {
            csv.append("Initiative ").append(i).append(",lots\r\n");
        }

        InitiativeImportPlan plan = InitiativeImporter.parse(new StringReader(csv.toString()), Set.of(),
                ExchangeProgress.NONE);

        assertThat(plan.problems()).hasSize(100);
        assertThat(plan.findings().problemCount()).isEqualTo(5000);
        List<String> lines = plan.findings().problemLines();
        assertThat(lines).hasSize(101);
        assertThat(lines.get(0)).startsWith("Line 2, estimated_cost: \"lots\"");
        assertThat(lines.get(99)).startsWith("Line 101, estimated_cost:");
        assertThat(lines.get(100)).isEqualTo("\u2026 and 4,900 more problems, not listed: correct the first 100 and "
                + "import the file again to see the rest.");
        assertThat(plan.summary()).isEqualTo(
                "Nothing will be imported: the file has 5,000 problems. Correct the file and import it again.");
    }

    @Test
    void aHundredProblemsAreAllListedWithoutAFootnote() {
        ProblemList problems = new ProblemList();
        for (int i = 1; i <= 100; i++) {
            problems.add(new ImportProblem(i, null, "Bad."));
        }

        ImportFindings findings = problems.findings(List.of());

        assertThat(findings.problemLines()).hasSize(100).last().isEqualTo("Line 100: Bad.");
        assertThat(findings.problemCount()).isEqualTo(100);
    }

    @Test
    void oneMoreThanAHundredSaysOneMoreProblem() {
        ProblemList problems = new ProblemList();
        for (int i = 1; i <= 101; i++) {
            problems.add(new ImportProblem(i, null, "Bad."));
        }

        assertThat(problems.findings(List.of()).problemLines()).last().asString()
                .startsWith("\u2026 and 1 more problem, not listed");
    }
}
