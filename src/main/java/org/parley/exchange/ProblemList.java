package org.parley.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems an importer finds, kept up to {@link #LISTED}: a file with an error on each of a million lines
 * needs its first lines corrected, not a million messages (nor the memory for them). The rest are counted.
 */
final class ProblemList {

    static final int LISTED = 100;

    private final List<ImportProblem> listed = new ArrayList<>();
    private long count;

    void add(ImportProblem problem) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(problem);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    long count() {
        return count;
    }

    ImportFindings findings(List<ImportProblem> warnings) {
        return new ImportFindings(listed, count, warnings);
    }

    /** The problems, and the warnings the check found in the same file. */
    ImportFindings findings(OpenQuoteCheck openQuotes) {
        return new ImportFindings(listed, count, openQuotes.warnings(), openQuotes.count());
    }
}
