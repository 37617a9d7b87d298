package org.parley.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A proposed change the parties decide on. The cost is absent when nobody has estimated it yet. */
public record Initiative(
        long id,
        long workshopId,
        String title,
        String description,
        String category,
        String sponsor,
        BigDecimal estimatedCost,
        List<String> tags,
        Instant updatedAt) {

    public Initiative {
        Objects.requireNonNull(title, "title");
        description = Objects.requireNonNullElse(description, "");
        category = Objects.requireNonNullElse(category, "");
        sponsor = Objects.requireNonNullElse(sponsor, "");
        tags = List.copyOf(tags);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Optional<BigDecimal> cost() {
        return Optional.ofNullable(estimatedCost);
    }

    public InitiativeDraft toDraft() {
        return new InitiativeDraft(title, description, category, sponsor, estimatedCost, tags);
    }
}
