package org.parley.domain;

import java.time.Instant;
import java.util.Objects;

/** One planning session: the container of parties, value criteria, initiatives and, later, agreements. */
public record Workshop(long id, String name, Instant createdAt) {

    public Workshop {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
