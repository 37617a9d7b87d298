package org.parley.exchange;

import java.util.ArrayList;
import java.util.List;
import org.parley.domain.Plurals;

/**
 * What checking a file found, as the window's preview and the command line show it: the problems that reject
 * it (the first {@link ProblemList#LISTED} listed, all counted), and warnings about cells that are allowed but
 * look like a mistake, such as a cell that swallowed the lines after an unclosed quote.
 *
 * @param problems     the first problems, in line order
 * @param problemCount every problem, listed or not
 * @param warnings     cells to check before applying; they do not reject the file
 */
public record ImportFindings(List<ImportProblem> problems, long problemCount, List<ImportProblem> warnings) {

    public static final ImportFindings NONE = new ImportFindings(List.of(), 0, List.of());

    public ImportFindings {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if (problemCount < problems.size()) {
            throw new IllegalArgumentException(problemCount + " problems cannot list " + problems.size());
        }
    }

    /** Findings that list every problem, as a file with one problem that stops the reading has. */
    static ImportFindings of(List<ImportProblem> problems) {
        return new ImportFindings(problems, problems.size(), List.of());
    }

    public boolean rejected() {
        return problemCount > 0;
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** Each listed problem as a line, then how many more there are, if any. */
    public List<String> problemLines() {
        List<String> lines = new ArrayList<>();
        problems.forEach(problem -> lines.add(problem.describe()));
        long unlisted = problemCount - problems.size();
        if (unlisted > 0) {
            lines.add("\u2026 and " + Plurals.count(unlisted, "more problem", "more problems") + ", not listed: "
                    + "correct the first " + problems.size() + " and import the file again to see the rest.");
        }
        return lines;
    }

    public List<String> warningLines() {
        return warnings.stream().map(ImportProblem::describe).toList();
    }

    /** " 2 cells run over several lines: …", to end the summary of a file with warnings; empty without them. */
    String warningSummary() {
        if (warnings.isEmpty()) {
            return "";
        }
        return " " + Plurals.count(warnings.size(), "cell runs", "cells run") + " over several lines as if a quote "
                + "had been left open: check " + Plurals.word(warnings.size(), "it", "them") + " first.";
    }

    /** "Nothing will be imported: the file has 3 problems. …", for a rejected file. */
    String rejection() {
        String count = problemCount == 1 ? "a problem" : Plurals.count(problemCount, "problem");
        return "Nothing will be imported: the file has " + count + ". Correct the file and import it again.";
    }
}
