package org.parley.domain;

import java.util.Objects;

/**
 * One initiative as the register shows it: its current signed agreement, if any, and both parties' latest
 * revealed assessments, if any.
 *
 * @param first     seat one's assessment of the latest revealed round, or null before any reveal
 * @param second    seat two's assessment of that round, or null before any reveal
 * @param agreement the current agreement (signed, neither superseded nor revoked), or null
 */
public record RegisterRow(Initiative initiative, Assessment first, Assessment second, Agreement agreement) {

    public RegisterRow {
        Objects.requireNonNull(initiative, "initiative");
    }

    public boolean agreed() {
        return agreement != null;
    }
}
