package org.parley.exchange;

import org.parley.domain.ParleyException;

/**
 * A file that cannot be read as CSV at all: not UTF-8 text, a binary file, a cell or a line far too large.
 * Its message places the problem like any other ("Line 7, description: …"), so the importers can list it
 * as the file's one problem.
 */
public final class UnreadableFileException extends ParleyException {

    private final transient ImportProblem problem;

    UnreadableFileException(ImportProblem problem, Throwable cause) {
        super(problem.describe(), cause);
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
