package org.parley.ui.common;

/** What long work reports while it runs, and how it learns that the person cancelled it. */
public interface Progress {

    /** A progress that nobody watches, for work run where no one can cancel it. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(long done, long total);

    void message(String text);

    boolean cancelled();
}
