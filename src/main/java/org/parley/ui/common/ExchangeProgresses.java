package org.parley.ui.common;

import org.parley.exchange.ExchangeProgress;

/** Hands the progress of a background task to the CSV layer, which knows nothing of JavaFX. */
public final class ExchangeProgresses {

    private ExchangeProgresses() {
    }

    public static ExchangeProgress of(Progress progress) {
        return new ExchangeProgress() {
            @Override
            public void update(long done, long total) {
                progress.update(done, total);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
    }
}
