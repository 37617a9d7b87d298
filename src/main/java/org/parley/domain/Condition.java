package org.parley.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A mitigation the decision depends on: what, who sees it done, and by when. Text is kept stripped. */
public record Condition(String description, String owner, LocalDate dueDate) {

    public Condition {
        description = Objects.requireNonNullElse(description, "").strip();
        owner = Objects.requireNonNullElse(owner, "").strip();
    }
}
