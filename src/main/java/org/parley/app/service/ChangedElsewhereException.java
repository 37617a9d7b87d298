package org.parley.app.service;

import org.parley.domain.Initiative;
import org.parley.domain.RuleViolation;

/**
 * A save refused because the initiative changed after the form read it, as another session on a shared server may
 * change it (issue 17). It carries the initiative as it is now, so that the form can offer it without losing what was
 * typed: Revert shows it, and a second Save puts the typed version in its place on purpose.
 */
public final class ChangedElsewhereException extends RuleViolation {

    private final transient Initiative current;

    ChangedElsewhereException(Initiative current) {
        super("\u201C" + current.title() + "\u201D was changed elsewhere after you opened it. Nothing was saved, and "
                + "what you typed is still in the form: Revert shows the newer version; Save again puts yours in its "
                + "place.");
        this.current = current;
    }

    /** The initiative as stored now. */
    public Initiative current() {
        return current;
    }
}
