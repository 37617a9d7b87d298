package org.parley.domain.quant;

import java.util.Objects;

/** One initiative's loss estimate, as one party gave it: what the simulation of that party's portfolio reads. */
public record InitiativeEstimate(long initiativeId, LossEstimate estimate) {

    public InitiativeEstimate {
        Objects.requireNonNull(estimate, "estimate");
    }
}
