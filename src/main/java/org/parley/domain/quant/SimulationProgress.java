package org.parley.domain.quant;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * What a loss simulation reports while it runs, and how it learns that the person cancelled it: two plain callbacks,
 * which a background task of any toolkit can take. Both are called from the simulation's threads; {@code fractionDone}
 * by one thread at a time, with a rising share.
 *
 * @param fractionDone told the share of the trials simulated, above 0 and up to 1, after each chunk of them
 * @param cancelled    asked between initiatives whether to stop
 */
public record SimulationProgress(DoubleConsumer fractionDone, BooleanSupplier cancelled) {

    /** A progress nobody watches and nobody can cancel: for the command line and tests. */
    public static final SimulationProgress NONE = new SimulationProgress(fraction -> { }, () -> false);

    public SimulationProgress {
        Objects.requireNonNull(fractionDone, "fractionDone");
        Objects.requireNonNull(cancelled, "cancelled");
    }
}
