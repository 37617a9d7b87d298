package org.parley.ui.common;

import org.parley.exchange.ExchangeProgress;

/** Hands the progress of a background task to the CSV layer, which knows nothing of JavaFX. */
public final class ExchangeProgresses {

    /** The steps a part of a task is counted in: fine enough for any progress bar. */
    private static final long STEPS = 1000;

    private ExchangeProgresses() {
    }

    /**
     * As {@link #of(Progress)}, for an export that is only the part of the task from {@code from} to {@code to}, both
     * shares of the whole: its progress moves the task's across that part.
     */
    public static ExchangeProgress within(Progress progress, double from, double to) {
        if (!(0 <= from && from <= to && to <= 1)) {
            throw new IllegalArgumentException("A part of a task lies within 0 to 1, not " + from + " to " + to);
        }
        return new ExchangeProgress() {
            @Override
            public void update(long done, long total) {
                double share = total <= 0 ? 0 : Math.min(1, (double) done / total);
                progress.update(Math.round((from + (to - from) * share) * STEPS), STEPS);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
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
