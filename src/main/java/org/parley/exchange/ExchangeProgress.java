package org.parley.exchange;

/** What an import or export reports while it runs, and how it learns that the person cancelled it. */
public interface ExchangeProgress {

    /** A progress nobody watches and nobody can cancel: for the command line and tests. */
    ExchangeProgress NONE = new ExchangeProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * @param done  rows written or read so far
     * @param total rows in all, or -1 while unknown (an import learns it only when it reaches the end)
     */
    void update(long done, long total);

    boolean cancelled();

    /** A progress that reports nothing but is cancelled with this one: for a second reading of a file. */
    default ExchangeProgress quiet() {
        ExchangeProgress outer = this;
        return new ExchangeProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return outer.cancelled();
            }
        };
    }
}
