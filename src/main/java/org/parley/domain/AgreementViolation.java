package org.parley.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Terms that break one or more agreement rules; every problem is kept so a form can show each at its field. */
public final class AgreementViolation extends RuleViolation {

    private final transient List<AgreementProblem> problems;

    public AgreementViolation(List<AgreementProblem> problems) {
        super(problems.get(0).key(), problems.stream().map(AgreementProblem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<AgreementProblem> problems() {
        return problems;
    }
}
