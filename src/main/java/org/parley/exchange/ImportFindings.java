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
 * @param warnings     the first cells to check before applying; they do not reject the file
 * @param warningCount every such cell, listed or not
 */
public record ImportFindings(List<ImportProblem> problems, long problemCount, List<ImportProblem> warnings,
                             long warningCount) {

    public static final ImportFindings NONE = new ImportFindings(List.of(), 0, List.of());

    public ImportFindings {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if (problemCount < problems.size()) {
            throw new IllegalArgumentException(problemCount + " problems cannot list " + problems.size());
        }
        if (warningCount < warnings.size()) {
            throw new IllegalArgumentException(warningCount + " warnings cannot list " + warnings.size());
        }
    }

    /** Findings that list every warning. */
    public ImportFindings(List<ImportProblem> problems, long problemCount, List<ImportProblem> warnings) {
        this(problems, problemCount, warnings, warnings.size());
    }

    /** Findings that list every problem, as a file with one problem that stops the reading has. */
    static ImportFindings of(List<ImportProblem> problems) {
        return new ImportFindings(problems, problems.size(), List.of());
    }

    public boolean rejected() {
        return problemCount > 0;
    }

    public boolean hasWarnings() {
        return warningCount > 0;
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

    /** Each listed warning as a line, then how many more there are, if any. */
    public List<String> warningLines() {
        List<String> lines = new ArrayList<>();
        warnings.forEach(warning -> lines.add(warning.describe()));
        long unlisted = warningCount - warnings.size();
        if (unlisted > 0) {
            lines.add("\u2026 and " + Plurals.count(unlisted, "more cell", "more cells") + " like these, not listed.");
        }
        return lines;
    }

    /** " 2 cells run over several lines: …", to end the summary of a file with warnings; empty without them. */
    String warningSummary() {
        if (warningCount == 0) {
            return "";
        }
        return " " + Plurals.count(warningCount, "cell runs", "cells run") + " over several lines as if a quote "
                + "had been left open: check " + Plurals.word(warningCount, "it", "them") + " first.";
    }

    /** "Nothing will be imported: the file has 3 problems. …", for a rejected file. */
    String rejection() {
        String count = problemCount == 1 ? "a problem" : Plurals.count(problemCount, "problem");
        return "Nothing will be imported: the file has " + count + ". Correct the file and import it again.";
    }
}
