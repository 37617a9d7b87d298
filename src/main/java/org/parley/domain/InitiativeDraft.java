package org.parley.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The editable fields of an initiative, as entered in the editor or read from a CSV row. Build it through
 * {@link InitiativeRules#check} so that only valid drafts reach the store.
 */
public record InitiativeDraft(
        String title,
        String description,
        String category,
        String sponsor,
        BigDecimal estimatedCost,
        List<String> tags) {

    public InitiativeDraft {
        title = Objects.requireNonNullElse(title, "").strip();
        description = Objects.requireNonNullElse(description, "").strip();
        category = Objects.requireNonNullElse(category, "").strip();
        sponsor = Objects.requireNonNullElse(sponsor, "").strip();
        tags = ComplianceTags.normalise(tags);
    }
}
