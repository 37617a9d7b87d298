package org.parley.ui.common;

import javafx.beans.value.ChangeListener;

/**
 * Whether a screen is in view, and so what its view model does when the data it shows changes (another workshop,
 * another party at the laptop, a change saved elsewhere). In view, it reloads at once. Hidden, it does no store work:
 * it forgets what it showed, so nothing of another workshop or party waits in it, and it reloads when next shown
 * (decision 0029). A view model that no screen holds, as in its own tests, stays in view.
 */
public final class InView {

    private final Runnable reload;
    private final Runnable forget;
    private boolean inView = true;
    private boolean stale;
    private boolean justLoaded;

    /**
     * @param reload brings the view model up to date with the store, in the background
     * @param forget empties what the view model shows, without store work
     */
    public InView(Runnable reload, Runnable forget) {
        this.reload = reload;
        this.forget = forget;
    }

    /** The data the view model shows changed: reloads now in view, or forgets and reloads on the next showing. */
    public void changed() {
        if (inView) {
            reload.run();
        } else if (!stale) {
            stale = true;
            forget.run();
        }
    }

    /** A listener that calls {@link #changed()}, for the properties whose change means new data. */
    public <T> ChangeListener<T> onChange() {
        return (obs, old, now) -> changed();
    }

    /**
     * The screen comes into view: reloads when something changed while it was hidden, and otherwise runs
     * {@code refresh}, what the screen does on every showing, unless the view model has just loaded.
     */
    public void show(Runnable refresh) {
        inView = true;
        if (stale) {
            stale = false;
            reload.run();
        } else if (!justLoaded) {
            refresh.run();
        }
        justLoaded = false;
    }

    /**
     * The view model has just loaded, as it is made: the showing that follows needs no refresh of its own. A view
     * model made for its screen's first showing so loads once, not twice.
     */
    public void justLoaded() {
        justLoaded = true;
    }

    /** The screen was left: from now on a change only marks the data stale. */
    public void hide() {
        inView = false;
        justLoaded = false;
    }

    public boolean isInView() {
        return inView;
    }
}
