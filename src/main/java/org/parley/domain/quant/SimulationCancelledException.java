package org.parley.domain.quant;

import org.parley.domain.ParleyException;

/** The person cancelled a loss simulation; it kept no figures, and no worker of it is still running. */
public class SimulationCancelledException extends ParleyException {

    public SimulationCancelledException() {
        super("The loss simulation was cancelled. No figures were kept.");
    }
}
